namespace PrecedentGraph.Citations;

/// <summary>How strongly the place of a word run says "citation".</summary>
internal enum CitationContext
{
    /// <summary>The tail of a longer clause, after a preposition ("the standard of harlow fitzgerald,").</summary>
    Weak,
    /// <summary>A whole clause between separators (".imbler pachtman,our initial inquiry").</summary>
    Medium,
    /// <summary>After a signal ("see", "quoting") or before a reporter remnant (",how.").</summary>
    Strong,
}

/// <summary>Decides whether lowercase words (no "v.") are a two-party case name, from general vocabulary:
/// function words, titles, given names, dates, common English words (a name needs a proper word or a
/// government party) and the strength of the citation context.</summary>
internal static class NormalizedNameEvaluator
{
    public const int MaxWords = 10;

    public static bool IsCaseName(IReadOnlyList<string> words, CitationContext context)
    {
        var n = words.Count;
        if (n < 2 || n > MaxWords)
        {
            return false;
        }
        var first = words[0];
        if (CitationVocabulary.NameConnectors.Contains(first) && !(first is "ex" or "in" && words[1] is "parte" or "re")
            || CitationVocabulary.NameConnectors.Contains(words[^1]) || CitationVocabulary.CorporateSuffixes.Contains(first))
        {
            return false;
        }
        if (CitationVocabulary.GivenNames.Contains(first) && context != CitationContext.Strong)
        {
            return false;
        }
        var proper = 0;
        for (var i = 0; i < n; i++)
        {
            var word = words[i];
            if (word.Length == 1 && word is not ("o" or "d") || CitationVocabulary.Titles.Contains(word)
                || CitationVocabulary.CalendarWords.Contains(word)
                || CitationVocabulary.StopWords.Contains(word) && !CitationVocabulary.NameConnectors.Contains(word) && !(i == 0 && word == "in" && words[1] == "re"))
            {
                return false;
            }
            if (!CommonWordLexicon.Contains(word) && !CitationVocabulary.NameConnectors.Contains(word)
                && !CitationVocabulary.CorporateSuffixes.Contains(word) && !CitationVocabulary.States.Contains(word))
            {
                proper++;
            }
        }
        var split = CaseLabelFormatter.SplitIndex(words);
        if (split == 0 || split >= n)
        {
            return false;
        }
        var government = PartyVocabulary.ContainsGovernment(words);
        if (split > 0 && proper == 0 && PartyVocabulary.IsGovernmentTail(Slice(words, 0, split), 0)
            && !PartyVocabulary.ContainsGovernment(Slice(words, split, n - split)))
        {
            // "united states district court": a court, not a second party
            return false;
        }
        return context switch
        {
            CitationContext.Strong => proper >= 1 || government,
            CitationContext.Medium => proper >= 2 || proper == 1 && (n == 2 || government || HasSuffix(words)) || proper == 0 && government && n >= 3 && !PartyVocabulary.IsGovernmentTail(words, 0),
            _ => proper >= 2 || proper == 1 && government || proper == 0 && government && split > 0 && PartyVocabulary.ContainsGovernment(Slice(words, split, n - split)) && PartyVocabulary.ContainsGovernment(Slice(words, 0, split)),
        };
    }

    private static bool HasSuffix(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (CitationVocabulary.CorporateSuffixes.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    private static IReadOnlyList<string> Slice(IReadOnlyList<string> words, int start, int count)
    {
        var slice = new string[count];
        for (var i = 0; i < count; i++)
        {
            slice[i] = words[start + i];
        }
        return slice;
    }
}
