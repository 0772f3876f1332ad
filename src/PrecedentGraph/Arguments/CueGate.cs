using System.Buffers;

namespace PrecedentGraph.Arguments;

/// <summary>Words one of which every match of a cue pattern holds (any case): a text holding none of them cannot
/// match, so the pattern is not run over it. One vectorized search replaces a regex scan that would find nothing,
/// which is what most sentences give most cue patterns.</summary>
internal sealed class CueGate
{
    /// <summary>KELVIN SIGN, which a case-insensitive regex takes for "k" and an ordinal case-insensitive search does not.</summary>
    public const char Kelvin = '\u212A';

    private readonly SearchValues<string> words;

    public CueGate(params string[] words)
    {
        Words = words;
        this.words = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
        HasK = words.Any(w => w.Contains('k', StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The words, as given.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Whether a word holds a "k", so that a KELVIN SIGN in the text may stand for it.</summary>
    public bool HasK { get; }

    /// <summary>Whether <paramref name="text"/> holds one of the words, so that the pattern may match it.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) =>
        text.IndexOfAny(words) >= 0 || HasK && text.Contains(Kelvin);
}
