using PrecedentGraph.Model;
using static PrecedentGraph.Citations.NormalizedNameReader;

namespace PrecedentGraph.Citations;

/// <summary>Second pass of the normalized finder over the clauses no mention covers, where position alone said too
/// little the first time: names the document cites elsewhere, and clauses that a string cite surrounds.</summary>
internal static class NormalizedGapFinder
{
    /// <summary>Names this document cites in citation position elsewhere ("see doe roe,") are citations where the
    /// position says little (",the rule of doe roe,"): a second pass over the clauses no mention covers.</summary>
    public static void FindNamesReadBefore(NormalizedTokenizer tokens, List<CaseMention> mentions, int first, List<TextSpan> records)
    {
        var names = new List<string>();
        for (var i = first; i < mentions.Count; i++)
        {
            if (mentions[i].Form == CitationForm.Full && mentions[i].CaseName is { } name)
            {
                names.Add(name);
            }
        }
        if (names.Count == 0)
        {
            return;
        }
        var read = new KnownCaseNames(names);
        if (read.Count == 0)
        {
            return;
        }
        var covered = new List<TextSpan>(mentions.Count - first + records.Count);
        for (var i = first; i < mentions.Count; i++)
        {
            covered.Add(mentions[i].Span);
        }
        covered.AddRange(records);
        covered.Sort((a, b) => a.End.CompareTo(b.End));
        var next = 0;
        var count = mentions.Count;
        foreach (var clause in tokens.Clauses)
        {
            var end = clause.FirstWord + clause.WordCount;
            var from = tokens.Words[clause.FirstWord].Start;
            var to = tokens.Words[end - 1].End;
            while (next < covered.Count && covered[next].End < from)
            {
                next++;
            }
            if (next < covered.Count && covered[next].Start <= to || clause.WordCount < 2)
            {
                continue; // a mention overlaps this clause
            }
            if (read.MatchTail(tokens, clause.FirstWord, end) is { } match && !(match.Start > clause.FirstWord && CitationVocabulary.Titles.Contains(tokens.Word(match.Start - 1))))
            {
                mentions.Add(Full(tokens, match.Start, end, match.Name, null));
            }
        }
        if (mentions.Count > count)
        {
            mentions.Sort(first, mentions.Count - first, Comparer<CaseMention>.Create((a, b) => a.Span.Start.CompareTo(b.Span.Start)));
        }
    }
}
