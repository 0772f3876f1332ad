using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>What a later pass of the normalized finder reads: the clauses of two or more words that no mention found so
/// far (from <c>first</c> on) and no record citation overlaps, in text order; and the re-sort of the mentions a pass adds.</summary>
internal static class UncoveredClauses
{
    public static List<NormalizedClause> Of(NormalizedTokenizer tokens, List<CaseMention> mentions, int first, List<TextSpan> records)
    {
        var covered = new List<TextSpan>(mentions.Count - first + records.Count);
        for (var i = first; i < mentions.Count; i++)
        {
            covered.Add(mentions[i].Span);
        }
        covered.AddRange(records);
        covered.Sort((a, b) => a.End.CompareTo(b.End));
        var uncovered = new List<NormalizedClause>();
        var next = 0;
        foreach (var clause in tokens.Clauses)
        {
            var from = tokens.Words[clause.FirstWord].Start;
            var to = tokens.Words[clause.FirstWord + clause.WordCount - 1].End;
            while (next < covered.Count && covered[next].End < from)
            {
                next++;
            }
            if (!(next < covered.Count && covered[next].Start <= to || clause.WordCount < 2))
            {
                uncovered.Add(clause);
            }
        }
        return uncovered;
    }

    /// <summary>Puts the mentions from <paramref name="first"/> on back in text order when a pass added any after
    /// <paramref name="countBefore"/>.</summary>
    public static void SortAdded(List<CaseMention> mentions, int first, int countBefore)
    {
        if (mentions.Count > countBefore)
        {
            mentions.Sort(first, mentions.Count - first, Comparer<CaseMention>.Create((a, b) => a.Span.Start.CompareTo(b.Span.Start)));
        }
    }
}
