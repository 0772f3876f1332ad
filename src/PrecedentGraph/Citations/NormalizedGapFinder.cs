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
        var count = mentions.Count;
        foreach (var clause in UncoveredClauses.Of(tokens, mentions, first, records))
        {
            var end = clause.FirstWord + clause.WordCount;
            if (read.MatchTail(tokens, clause.FirstWord, end) is { } match && !(match.Start > clause.FirstWord && CitationVocabulary.Titles.Contains(tokens.Word(match.Start - 1))))
            {
                mentions.Add(Full(tokens, match.Start, end, match.Name, null));
            }
        }
        UncoveredClauses.SortAdded(mentions, first, count);
    }

    /// <summary>A clause that a string cite surrounds (".see doe roe,marcus search warrant,poe ohio,") or opens
    /// (".texas white,doe roe,poe ohio,") is a citation even where its words alone say little: a second pass over
    /// the clauses no mention covers, once the first pass has found the cites around them.</summary>
    public static void FindStringCiteGaps(NormalizedTokenizer tokens, List<CaseMention> mentions, int first, List<TextSpan> records, HashSet<string> actors)
    {
        var clauses = tokens.Clauses;
        if (mentions.Count == first || clauses.Count < 3)
        {
            return;
        }
        // Per clause: 0 nothing, 1 a record or a mention overlaps it, 2 a case citation starts in it.
        var marks = new byte[clauses.Count];
        Mark(tokens, clauses, marks, mentions, first, records);
        var buffer = new List<string>(NormalizedNameEvaluator.MaxWords);
        var count = mentions.Count;
        for (var ci = 1; ci + 1 < clauses.Count; ci++)
        {
            var clause = clauses[ci];
            var next = clauses[ci + 1];
            if (marks[ci] != 0 || marks[ci + 1] != 2 || clause.After != ClauseBreak.Comma || next.Before != ClauseBreak.Comma
                || clause.WordCount < 2 || clause.WordCount > NormalizedNameEvaluator.MaxWords)
            {
                continue;
            }
            var between = clause.Before == ClauseBreak.Comma && (marks[ci - 1] == 2 || IsRemnant(tokens, clauses[ci - 1]) && ci >= 2 && marks[ci - 2] == 2);
            var opens = clause.Before != ClauseBreak.Comma && ci + 2 < clauses.Count && clauses[ci + 2].Before == ClauseBreak.Comma && marks[ci + 2] == 2;
            if (!between && !opens)
            {
                continue;
            }
            var start = clause.FirstWord;
            var end = clause.FirstWord + clause.WordCount;
            while (start < end - 2 && (NormalizedCitationVocabulary.LeadingRemnants.Contains(tokens.Word(start)) || CitationVocabulary.LeadingSignals.Contains(tokens.Word(start))))
            {
                start++;
            }
            if (Collect(tokens, start, end, buffer) && !buffer.Any(OpinionWords.Contains) && IsCaseName(buffer, CitationContext.Strong, true, actors))
            {
                mentions.Add(Full(tokens, start, end, string.Join(' ', buffer), null));
            }
        }
        UncoveredClauses.SortAdded(mentions, first, count);
    }

    /// <summary>Words of a reference to a separate opinion (",separate opinion of doe,"), not a case.</summary>
    private static readonly WordSet OpinionWords = new(["opinion", "opinions", "separate", "dissenting", "concurring", "dissent", "concurrence"]);

    private static void Mark(NormalizedTokenizer tokens, List<NormalizedClause> clauses, byte[] marks, List<CaseMention> mentions, int first, List<TextSpan> records)
    {
        var spans = new List<(TextSpan Span, bool Case)>(mentions.Count - first + records.Count);
        for (var i = first; i < mentions.Count; i++)
        {
            // A short form's "supra" or "at" opens the next clause (",supra doe roe,"): only its name marks its own.
            spans.Add((mentions[i].NameSpan ?? mentions[i].Span, mentions[i].Form is CitationForm.Full or CitationForm.Short or CitationForm.Supra && mentions[i].CaseName is not null));
        }
        foreach (var record in records)
        {
            spans.Add((record, false));
        }
        spans.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var next = 0;
        for (var ci = 0; ci < clauses.Count; ci++)
        {
            var from = tokens.Words[clauses[ci].FirstWord].Start;
            var to = tokens.Words[clauses[ci].FirstWord + clauses[ci].WordCount - 1].End;
            while (next < spans.Count && spans[next].Span.End < from)
            {
                next++;
            }
            for (var k = next; k < spans.Count && spans[k].Span.Start <= to; k++)
            {
                if (spans[k].Span.End >= from)
                {
                    marks[ci] = Math.Max(marks[ci], spans[k].Case && spans[k].Span.Start >= from ? (byte)2 : (byte)1);
                }
            }
        }
    }

    /// <summary>What a pin or short form leaves between two cites of a string (",at", ",supra", ",mass.").</summary>
    private static bool IsRemnant(NormalizedTokenizer tokens, NormalizedClause clause)
    {
        for (var k = clause.FirstWord; k < clause.FirstWord + clause.WordCount; k++)
        {
            var word = tokens.Word(k);
            if (!CitationVocabulary.ReporterRemnants.Contains(word) && !NormalizedCitationVocabulary.LeadingRemnants.Contains(word))
            {
                return false;
            }
        }
        return true;
    }
}
