using PrecedentGraph.Model;
using static PrecedentGraph.Citations.NormalizedCitationVocabulary;
using static PrecedentGraph.Citations.NormalizedNameReader;

namespace PrecedentGraph.Citations;

/// <summary>What the finder asks of a clause and its neighbours: record citations, statute books, a compare ... with
/// pair, a page marker splitting a name, a separate opinion or a citation following.</summary>
internal sealed partial class NormalizedCitationFinder
{
    /// <summary>The clause opens a "compare ... with ..." signal ("compare doe ohio", "see compare", "footnote compare").</summary>
    private static bool OpensCompare(NormalizedTokenizer tokens, NormalizedClause clause)
    {
        for (var k = clause.FirstWord; k < clause.FirstWord + clause.WordCount && k < clause.FirstWord + 3; k++)
        {
            var word = tokens.Word(k);
            if (word.SequenceEqual("compare"))
            {
                return true;
            }
            if (!(word.SequenceEqual("footnote") || word.SequenceEqual("see") || word.SequenceEqual("but") || word.SequenceEqual("cf")))
            {
                return false;
            }
        }
        return false;
    }

    private static bool AllStatuteBookWords(NormalizedTokenizer tokens, NormalizedClause clause)
    {
        for (var k = clause.FirstWord; k < clause.FirstWord + clause.WordCount; k++)
        {
            if (!StatuteBookWords.Contains(tokens.Word(k)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"doe corp.roe gulf council,quoting poe ohio,": what follows a company's adversary after its comma (a
    /// quotation's or citation's parenthetical, a reporter remnant, a separate opinion, the next signal) puts the joined
    /// name in citation position, as it does for a clause of its own.</summary>
    private static bool CitationFollows(NormalizedTokenizer tokens, List<NormalizedClause> clauses, int ci)
    {
        if (clauses[ci].After != ClauseBreak.Comma || ci + 1 >= clauses.Count)
        {
            return false;
        }
        var next = clauses[ci + 1];
        var word = tokens.Word(next.FirstWord);
        return next.WordCount > 1 && (word.SequenceEqual("quoting") || word.SequenceEqual("citing"))
            || NormalizedContextReader.IsReporterRemnant(tokens, clauses, ci + 1) || SeparateOpinionFollows(tokens, clauses, ci) || SignalAfter(tokens, next);
    }

    /// <summary>",inc.doe,": one proper word alone between a company's suffix and a comma is the second party of a
    /// citation (a sentence never opens with a lone name and a comma).</summary>
    private static bool OneNameClause(NormalizedTokenizer tokens, NormalizedClause joined) =>
        joined is { WordCount: 1, After: ClauseBreak.Comma or ClauseBreak.Period } && !CommonWordLexicon.Contains(tokens.Word(joined.FirstWord))
        && !CitationVocabulary.StopWords.Contains(tokens.Word(joined.FirstWord));

    /// <summary>"doe roe,see poe ohio": a cite's semicolon before the next signal became a comma, so a clause followed
    /// by a signal and a name ends with a citation.</summary>
    private static bool SignalAfter(NormalizedTokenizer tokens, NormalizedClause? next)
    {
        if (next is not { WordCount: >= 3 } clause)
        {
            return false;
        }
        var word = tokens.Word(clause.FirstWord);
        return (word.SequenceEqual("see") || word.SequenceEqual("cf") || word.SequenceEqual("accord"))
            && (!CitationVocabulary.StopWords.Contains(tokens.Word(clause.FirstWord + 1)) || tokens.Word(clause.FirstWord + 1).SequenceEqual("also"));
    }

    /// <summary>One proper word, a comma, then a second party of one proper word or a government, in citation position:
    /// after a signal, or before the next cite's signal (".doe,ohio,see poe ohio,"); never two authors before a title
    /// ("see doe,roe,federal practice").</summary>
    private static bool IsPageMarkerSplit(NormalizedTokenizer tokens, List<NormalizedClause> clauses, int ci, int skip, string? signal, List<string> buffer, HashSet<string> actors)
    {
        var clause = clauses[ci];
        var party = clauses[ci + 1];
        var word = tokens.Word(clause.FirstWord + clause.WordCount - 1);
        if (CommonWordLexicon.Contains(word) || CitationVocabulary.StopWords.Contains(word) || CitationVocabulary.GivenNames.Contains(word) || CitationVocabulary.Titles.Contains(word)
            || party.Before != ClauseBreak.Comma || party.After != ClauseBreak.Comma || party.WordCount > 3
            || !(signal is not null && skip > 0 || clause.Before != ClauseBreak.Comma && ci + 2 < clauses.Count && SignalAfter(tokens, clauses[ci + 2]))
            || ci + 2 < clauses.Count && (NormalizedSourceReader.IsBookTitle(tokens, clauses[ci + 2]) || NormalizedSourceReader.IsArticleAuthor(tokens, clauses, ci + 1)))
        {
            return false;
        }
        // A one-word second party also ends author lists ("see doe,roe,cooper,federal practice"): only a pin or the next
        // signal after it says citation.
        Collect(tokens, party.FirstWord, party.FirstWord + party.WordCount, buffer);
        var pinAfter = ci + 2 < clauses.Count && (tokens.Word(clauses[ci + 2].FirstWord).SequenceEqual("at") || SignalAfter(tokens, clauses[ci + 2]));
        if (!(PartyVocabulary.GovernmentLengthAt(buffer, 0) == buffer.Count
            || pinAfter && buffer.Count == 1 && !CommonWordLexicon.Contains(buffer[0]) && !CitationVocabulary.StopWords.Contains(buffer[0])))
        {
            return false;
        }
        buffer.Insert(0, word.ToString());
        return IsCaseName(buffer, CitationContext.Strong, true, actors);
    }

    /// <summary>"doe roe,frankfurter,concurring": a separate opinion's parenthetical follows the clause's citation.</summary>
    private static bool SeparateOpinionFollows(NormalizedTokenizer tokens, List<NormalizedClause> clauses, int ci)
    {
        if (ci + 2 >= clauses.Count || clauses[ci + 1].WordCount != 1 || CommonWordLexicon.Contains(tokens.Word(clauses[ci + 1].FirstWord)))
        {
            return false;
        }
        var stance = tokens.Word(clauses[ci + 2].FirstWord);
        return stance.SequenceEqual("concurring") || stance.SequenceEqual("dissenting");
    }

    private static bool IsRecordCitation(NormalizedTokenizer tokens, NormalizedClause clause, ReadOnlySpan<char> first) =>
        first.SequenceEqual("app") && clause.WordCount <= 5
        || first.SequenceEqual("brief") && clause.WordCount > 1 && tokens.Word(clause.FirstWord + 1).SequenceEqual("for")
        || first.SequenceEqual("tr") && clause.WordCount == 1;
}
