using PrecedentGraph.Model;
using static PrecedentGraph.Citations.NormalizedNameReader;

namespace PrecedentGraph.Citations;

/// <summary>Third pass of the normalized finder: a party the document itself cites by a short form ("doe,supra",
/// "doe,at") is a case's name, so where a clause no mention covers ends with that party and a second one ("doe robert
/// poe,inc.", "united states doe,emphasis added") the run is the full citation, read as strongly as after a signal:
/// the short form, not the place, says "citation" (common-word and given-name parties pass).</summary>
internal static class NormalizedConfirmedNameFinder
{
    /// <summary>Words after the confirmed party that may make the other party.</summary>
    private const int MaxOtherWords = 6;

    public static void Find(NormalizedTokenizer tokens, List<CaseMention> mentions, int first, List<TextSpan> records, HashSet<string> actors)
    {
        var confirmed = ConfirmedParties(mentions, first);
        if (confirmed.Count == 0)
        {
            return;
        }
        var lookup = confirmed.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new List<string>(NormalizedNameEvaluator.MaxWords);
        var count = mentions.Count;
        foreach (var clause in UncoveredClauses.Of(tokens, mentions, first, records))
        {
            var end = clause.FirstWord + clause.WordCount;
            if (Start(tokens, clause, lookup, buffer, actors) is { } start)
            {
                mentions.Add(Full(tokens, start, end, string.Join(' ', buffer), null));
            }
        }
        UncoveredClauses.SortAdded(mentions, first, count);
    }

    /// <summary>Where the clause's closing name starts: a confirmed party with one to <see cref="MaxOtherWords"/> words
    /// after it, or a government before a confirmed party that ends the clause ("united states doe"); null otherwise.</summary>
    private static int? Start(NormalizedTokenizer tokens, NormalizedClause clause, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> confirmed, List<string> buffer, HashSet<string> actors)
    {
        var end = clause.FirstWord + clause.WordCount;
        for (var k = Math.Max(clause.FirstWord, end - 1 - MaxOtherWords); k < end; k++)
        {
            if (!confirmed.Contains(tokens.Word(k)) || k > clause.FirstWord && IsPersonBefore(tokens.Word(k - 1)))
            {
                continue;
            }
            if (k < end - 1)
            {
                if (Collect(tokens, k, end, buffer) && IsProperParty(buffer) && IsCaseName(buffer, CitationContext.Strong, true, actors))
                {
                    return k;
                }
                continue;
            }
            for (var g = Math.Max(clause.FirstWord, k - 3); g < k; g++)
            {
                if (Collect(tokens, g, end, buffer) && PartyVocabulary.GovernmentLengthAt(buffer, 0) == k - g
                    && (g == clause.FirstWord || !CitationVocabulary.NameConnectors.Contains(tokens.Word(g - 1))) && IsCaseName(buffer, CitationContext.Strong, true, actors))
                {
                    return g;
                }
            }
        }
        return null;
    }

    /// <summary>The words after the confirmed party (the first word of <paramref name="words"/>) are a party by
    /// themselves: a government ("doe south carolina coastal council") or names, connectors, suffixes and institutions
    /// only ("doe robert poe,inc."); English words there are prose about the case ("doe rights", "as doe makes clear",
    /// "the doe factor"), which the corpus shows far more often than a second party named by common words.</summary>
    private static bool IsProperParty(List<string> words)
    {
        if (PartyVocabulary.GovernmentLengthAt(words, 1) > 0)
        {
            return true;
        }
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            if (CommonWordLexicon.Contains(word) && !CitationVocabulary.NameConnectors.Contains(word) && !CitationVocabulary.CorporateSuffixes.Contains(word)
                && !CitationVocabulary.InstitutionWords.Contains(word) && !NormalizedNameEvaluator.IsContractionEnd(words, i))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"justice doe", "mr.doe", "of doe": a title or a connector before the word makes it a person or a
    /// longer name's inner word.</summary>
    private static bool IsPersonBefore(ReadOnlySpan<char> word) =>
        CitationVocabulary.Titles.Contains(word) || CitationVocabulary.NameConnectors.Contains(word) || CitationVocabulary.GivenNames.Contains(word);

    /// <summary>One-word names of this document's short forms and supras that are not English words, function words,
    /// reporters, titles or opinion words ("doe,supra", "doe,at"; never "dissenting,at", "cal.,supra").</summary>
    private static HashSet<string> ConfirmedParties(List<CaseMention> mentions, int first)
    {
        var parties = new HashSet<string>(StringComparer.Ordinal);
        for (var i = first; i < mentions.Count; i++)
        {
            if (mentions[i] is not { Form: CitationForm.Short or CitationForm.Supra, CaseName: { } name } || name.Contains(' '))
            {
                continue;
            }
            if (name.Length < 3 || CommonWordLexicon.Contains(name) || CitationVocabulary.StopWords.Contains(name) || CitationVocabulary.ReporterRemnants.Contains(name)
                || CitationVocabulary.Titles.Contains(name) || CitationVocabulary.GivenNames.Contains(name) || CitationVocabulary.CalendarWords.Contains(name)
                || NormalizedCitationVocabulary.NotShortNames.Contains(name) || PartyVocabulary.GovernmentLengthAt([name], 0) > 0 || CitationVocabulary.CodeWords.Contains(name))
            {
                continue;
            }
            parties.Add(name);
        }
        return parties;
    }
}
