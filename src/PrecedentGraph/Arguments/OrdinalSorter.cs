namespace PrecedentGraph.Arguments;

/// <summary>Sorts distinct terms into ordinal order, carrying an array along. Most comparisons are settled by the
/// terms' first four characters packed into one number, sorted as plain numbers; only terms sharing those four are
/// compared as strings. (Terms hold letters only, so no character is 0 and a shorter term packs below a longer one
/// it begins, as ordinal order has it.)</summary>
internal static class OrdinalSorter
{
    /// <summary>Sorts <paramref name="terms"/> (distinct) into ordinal order and <paramref name="items"/> with them.</summary>
    public static void Sort(string[] terms, int[] items)
    {
        var keys = new ulong[terms.Length];
        var at = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            keys[i] = Prefix(terms[i]);
            at[i] = i;
        }
        Array.Sort(keys, at);
        var sortedTerms = new string[terms.Length];
        var sortedItems = new int[items.Length];
        for (var i = 0; i < at.Length; i++)
        {
            sortedTerms[i] = terms[at[i]];
            sortedItems[i] = items[at[i]];
        }
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }
            if (end - start > 1)
            {
                sortedTerms.AsSpan(start, end - start).Sort(sortedItems.AsSpan(start, end - start), new OrdinalOrder());
            }
            start = end;
        }
        sortedTerms.CopyTo(terms, 0);
        sortedItems.CopyTo(items, 0);
    }

    /// <summary>The first four characters, the first in the highest bits; 0 where the term is shorter.</summary>
    private static ulong Prefix(string term)
    {
        ulong key = 0;
        for (var i = 0; i < 4; i++)
        {
            key = (key << 16) | (i < term.Length ? term[i] : 0u);
        }
        return key;
    }

    private readonly struct OrdinalOrder : IComparer<string>
    {
        public int Compare(string? x, string? y) => string.CompareOrdinal(x, y);
    }
}
