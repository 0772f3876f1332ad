using System.Collections.Frozen;

namespace PrecedentGraph.Treatment;

/// <summary>Phrases (split into words) grouped by their first word, so that a <see cref="WordSequence"/> finds every
/// place any of them stands in one pass over its words (<see cref="WordSequence.Hits"/>).</summary>
internal sealed class PhraseSet
{
    /// <summary>Frozen: read for every word of every sentence a set is searched in, never changed.</summary>
    private readonly FrozenDictionary<string, int[]> byFirstWord;

    public PhraseSet(IEnumerable<IReadOnlyList<string>> phrases)
    {
        Phrases = phrases.ToList();
        byFirstWord = Enumerable.Range(0, Phrases.Count)
            .Where(i => Phrases[i].Count > 0)
            .GroupBy(i => Phrases[i][0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The rows of <see cref="TreatmentCueTable.Cues"/>, a row's index being its index there.</summary>
    public static PhraseSet Cues { get; } = new(TreatmentCueTable.Cues.Select(c => c.Words));

    public IReadOnlyList<IReadOnlyList<string>> Phrases { get; }

    public int Count => Phrases.Count;

    /// <summary>Indexes (ascending) of the phrases starting with <paramref name="word"/>.</summary>
    public ReadOnlySpan<int> StartingWith(string word) => byFirstWord.TryGetValue(word, out var indexes) ? indexes : [];
}
