namespace PrecedentGraph.Treatment;

/// <summary>Where the phrases of a <see cref="PhraseSet"/> stand in one <see cref="WordSequence"/>: only the phrases
/// found, in ascending order of their index in the set, each with its start indexes in ascending order.</summary>
internal sealed class PhraseHits
{
    private readonly int[] phrases;
    private readonly int[][] starts;
    private (int[] Of, int[] Starts)? union;

    public PhraseHits(int[] phrases, int[][] starts)
    {
        this.phrases = phrases;
        this.starts = starts;
    }

    /// <summary>How many phrases were found.</summary>
    public int Count => phrases.Length;

    /// <summary>The index in the set of the <paramref name="k"/>-th phrase found.</summary>
    public int PhraseAt(int k) => phrases[k];

    /// <summary>The start indexes of the <paramref name="k"/>-th phrase found.</summary>
    public int[] StartsAt(int k) => starts[k];

    /// <summary>The start indexes of phrase <paramref name="phrase"/> of the set (empty when it is not found).</summary>
    public int[] StartsOf(int phrase)
    {
        var k = Array.BinarySearch(phrases, phrase);
        return k >= 0 ? starts[k] : [];
    }

    private int[]? allStarts;

    /// <summary>The start indexes (ascending, each once) where any phrase of the set stands; kept.</summary>
    public int[] AllStarts()
    {
        if (allStarts is null)
        {
            var all = new List<int>();
            foreach (var found in starts)
            {
                all.AddRange(found);
            }
            all.Sort();
            allStarts = all.Distinct().ToArray();
        }
        return allStarts;
    }

    /// <summary>The start indexes (ascending, each once) where any of the phrases <paramref name="of"/> (indexes in the
    /// set, ascending) stands; kept for the next call with the same array.</summary>
    public int[] StartsOfAny(int[] of)
    {
        if (union is { } known && ReferenceEquals(known.Of, of))
        {
            return known.Starts;
        }
        var all = new List<int>();
        for (var k = 0; k < phrases.Length; k++)
        {
            if (Array.BinarySearch(of, phrases[k]) >= 0)
            {
                all.AddRange(starts[k]);
            }
        }
        all.Sort();
        var distinct = all.Distinct().ToArray();
        union = (of, distinct);
        return distinct;
    }
}
