using System.Buffers;

namespace PrecedentGraph.Arguments;

/// <summary>Words one of which every match of a cue pattern holds (any case): a text holding none of them cannot
/// match, so the pattern is not run over it. One vectorized search replaces a regex scan that would find nothing,
/// which is what most sentences give most cue patterns.</summary>
internal sealed class CueGate
{
    /// <summary>KELVIN SIGN, which a case-insensitive regex takes for "k" and an ordinal case-insensitive search does not.</summary>
    private const char Kelvin = '\u212A';

    private readonly SearchValues<string> words;
    private readonly bool hasK;

    public CueGate(params string[] words)
    {
        this.words = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
        hasK = words.Any(w => w.Contains('k', StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether <paramref name="text"/> holds one of the words, so that the pattern may match it.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) =>
        text.IndexOfAny(words) >= 0 || hasK && text.Contains(Kelvin);
}
