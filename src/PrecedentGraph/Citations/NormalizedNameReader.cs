using PrecedentGraph.Model;
using static PrecedentGraph.Citations.NormalizedCitationVocabulary;

namespace PrecedentGraph.Citations;

/// <summary>Reads case names out of clauses of normalized text for the finders: the name run ending a clause, the
/// longest tail that is a two-party name, whether a clause sits in a string cite, and the mentions built from them.</summary>
internal static class NormalizedNameReader
{
    /// <summary>The first word after <paramref name="from"/> that opens a two-party name running to the end, when a
    /// common word opens the run.</summary>
    public static int? TwoPartyStart(NormalizedTokenizer tokens, int from, int end, List<string> buffer, HashSet<string> actors)
    {
        for (var k = from + 1; k <= end - 2; k++)
        {
            if (Collect(tokens, k, end, buffer) && (!CommonWordLexicon.Contains(tokens.Word(k)) || PartyVocabulary.GovernmentLengthAt(buffer, 0) > 0) && IsCaseName(buffer, CitationContext.Weak, true, actors))
            {
                return k;
            }
        }
        return null;
    }

    public static bool NoStopWord(NormalizedTokenizer tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (CitationVocabulary.StopWords.Contains(tokens.Word(k)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The clause follows a citation in the same sentence, directly or after its reporter remnant or pin
    /// (".doe roe,mo.and state smith,"): a string cite, where a name needs less to be read as a case.</summary>
    public static bool InStringCite(NormalizedTokenizer tokens, List<NormalizedClause> clauses, int ci, int lastCited)
    {
        if (clauses[ci].Before == ClauseBreak.Line || lastCited < ci - 2 || lastCited < 0)
        {
            return false;
        }
        if (lastCited == ci - 1)
        {
            return true;
        }
        var between = clauses[ci - 1];
        for (var k = between.FirstWord; k < between.FirstWord + between.WordCount; k++)
        {
            var word = tokens.Word(k);
            if (!CitationVocabulary.ReporterRemnants.Contains(word) && !LeadingRemnants.Contains(word) && !word.SequenceEqual("supra"))
            {
                return false;
            }
        }
        return between.Before != ClauseBreak.Line;
    }

    /// <summary>Start of the run of name-like words that ends the clause (at most <paramref name="max"/>), or -1.</summary>
    public static int TrailingNameStart(NormalizedTokenizer tokens, NormalizedClause clause, int skip, int max)
    {
        var from = -1;
        var end = clause.FirstWord + clause.WordCount;
        for (var k = end - 1; k >= clause.FirstWord + skip && end - k <= max; k--)
        {
            var word = tokens.Word(k);
            if (k > clause.FirstWord + skip && CitationVocabulary.ContractionEnds.Contains(word) && CitationVocabulary.ContractionStems.Contains(tokens.Word(k - 1)))
            {
                continue; // "comm n": the rest of "Comm'n"
            }
            if (CitationVocabulary.StopWords.Contains(word) && !CitationVocabulary.NameConnectors.Contains(word)
                || CitationVocabulary.Titles.Contains(word) || CitationVocabulary.CalendarWords.Contains(word) && !CitationVocabulary.InstitutionWords.Contains(word))
            {
                break;
            }
            if (!CitationVocabulary.NameConnectors.Contains(word))
            {
                from = k;
            }
        }
        return from;
    }

    public static bool IsCaseName(List<string> words, CitationContext context, bool personIntroducer, HashSet<string> actors)
    {
        if (context != CitationContext.Strong && words.Any(actors.Contains))
        {
            return false; // a person of the story ("smith gang ties")
        }
        return NormalizedNameEvaluator.IsCaseName(words, context, personIntroducer);
    }

    /// <summary>The start of the longest tail of the clause that is a case name in a strong context, or null.</summary>
    public static int? TrailingFullName(NormalizedTokenizer tokens, NormalizedClause clause, int skip, List<string> buffer, HashSet<string> actors, CitationContext context)
    {
        var end = clause.FirstWord + clause.WordCount;
        for (var j = Math.Max(clause.FirstWord + skip, end - NormalizedNameEvaluator.MaxWords); j <= end - 2; j++)
        {
            if (j > clause.FirstWord + skip && CommonWordLexicon.Contains(tokens.Word(j)) && !CitationVocabulary.Introducers.Contains(tokens.Word(j - 1)) && !tokens.Word(j - 1).SequenceEqual("at"))
            {
                continue; // a tail starts with a proper word or after a preposition
            }
            if (Collect(tokens, j, end, buffer) && IsCaseName(buffer, context, true, actors))
            {
                return j;
            }
        }
        return null;
    }

    public static bool Collect(NormalizedTokenizer tokens, int start, int end, List<string> buffer)
    {
        buffer.Clear();
        for (var k = start; k < end; k++)
        {
            buffer.Add(tokens.WordString(k));
        }
        return buffer.Count > 0;
    }

    public static CaseMention Full(NormalizedTokenizer tokens, int start, int end, string name, string? signal)
    {
        var span = TextSpan.FromBounds(tokens.Words[start].Start, tokens.Words[end - 1].End);
        return Mention(CitationForm.Full, span, span, name, signal, null);
    }

    public static CaseMention Mention(CitationForm form, TextSpan span, TextSpan? nameSpan, string? name, string? signal, string? pin) =>
        new(0, form, span, nameSpan, name, [], pin, null, null, signal);

    /// <summary>Where a name that a corporate suffix's period runs into the next clause starts ("doe co.roe,"): the
    /// whole clause, else the tail after an introducer ("writing in doe corp.utah,"); null when neither reads as a
    /// name, or when the next clause is itself a name against a government (",inc.doe maryland,": the next cite).</summary>
    public static int? CorporateNameStart(NormalizedTokenizer tokens, NormalizedClause clause, int skip, NormalizedClause joined, CitationContext context, List<string> buffer, HashSet<string> actors)
    {
        var start = clause.FirstWord + skip;
        var end = clause.FirstWord + clause.WordCount;
        var joinedEnd = joined.FirstWord + joined.WordCount;
        // "doe acme airways,inc.ohio roe,": a government case after the suffix is the next cite of a string.
        if (end - 1 - start >= 3 && (Collect(tokens, joined.FirstWord, joinedEnd, buffer)
            && NormalizedTailReader.IsGovernmentCase(buffer) && IsCaseName(buffer, CitationContext.Medium, true, actors) || IsCaseAfterCompany(tokens, joined, buffer, actors)))
        {
            return null;
        }
        if (joinedEnd - start <= NormalizedNameEvaluator.MaxWords && Collect(tokens, start, joinedEnd, buffer) && IsCaseName(buffer, context, true, actors))
        {
            return start;
        }
        for (var j = Math.Max(start + 1, joinedEnd - NormalizedNameEvaluator.MaxWords); j < end - 1; j++)
        {
            var introducer = tokens.Word(j - 1);
            if (CitationVocabulary.Introducers.Contains(introducer) && !CitationVocabulary.StopWords.Contains(tokens.Word(j))
                && Collect(tokens, j, joinedEnd, buffer) && IsCaseName(buffer, CitationContext.Weak, true, actors))
            {
                return j;
            }
        }
        return null;
    }

    /// <summary>"doe acme airways,inc.poe general electric,": three or more words after a company's suffix, opening
    /// with a proper name, that read as a case by themselves are the next cite of a string (the party after ",inc."
    /// is most often one name).</summary>
    public static bool IsCaseAfterCompany(NormalizedTokenizer tokens, NormalizedClause joined, List<string> buffer, HashSet<string> actors) =>
        joined.WordCount >= 3 && !CommonWordLexicon.Contains(tokens.Word(joined.FirstWord))
        && Collect(tokens, joined.FirstWord, joined.FirstWord + joined.WordCount, buffer) && IsCaseName(buffer, CitationContext.Strong, true, actors);

    /// <summary>Where the second of two names starts when a name abbreviation's period sits inside the words
    /// ("doe post office dept.roe ohio"): both sides must read as names, the second against a government or with two
    /// proper words; null otherwise.</summary>
    /// <summary>Abbreviations that end a party ("Dept.", "Bd.", "Comm."), unlike those inside one ("Nat.", "Ins.").</summary>
    private static readonly WordSet PartyEndings = new(["dept", "bd", "comm", "dist", "auth", "univ", "org", "ry", "hosp", "sch", "admin", "serv"]);

    public static int? AbbreviationSplit(NormalizedTokenizer tokens, int start, int end, CitationContext context, List<string> buffer, HashSet<string> actors)
    {
        for (var k = Math.Max(start + 1, end - 1 - NormalizedNameEvaluator.MaxWords); k < end - 2 && k - start < NormalizedNameEvaluator.MaxWords; k++)
        {
            var word = tokens.Words[k];
            if (word.End >= tokens.Text.Length || tokens.Text[word.End] != '.' || !PartyEndings.Contains(tokens.Word(k)) || k - start < 2
                || CitationVocabulary.NameConnectors.Contains(tokens.Word(k + 1)))
            {
                continue;
            }
            if (Collect(tokens, k + 1, end, buffer) && IsCaseName(buffer, CitationContext.Medium, true, actors)
                && Collect(tokens, start, k + 1, buffer) && IsCaseName(buffer, context, true, actors))
            {
                return k + 1;
            }
        }
        return null;
    }
}
