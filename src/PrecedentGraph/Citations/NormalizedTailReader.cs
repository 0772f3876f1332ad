namespace PrecedentGraph.Citations;

/// <summary>Finds a case name that ends a clause of running text with no signal or preposition before it, where
/// normalization dropped the reporter after it ("...permits bennett spear,trafficante held", "...the text of the
/// statute illinois krull,a person"): only a run of proper names and a government party, every word of it outside
/// the common vocabulary, that the usual rules read as two parties. Two proper names alone are as often authors,
/// places or institutions ("lincoln memorial"), so a government party on one side is required.</summary>
internal static class NormalizedTailReader
{
    /// <summary>Abbreviations of books and bodies that follow a state's name ("ohio const.", "united states mint").</summary>
    private static readonly WordSet NotParties = new(["const", "vol", "fed", "mint", "abr", "utils", "servs", "gov", "govt", "reg", "regs", "admin", "legis"]);

    private static readonly WordSet GovernmentWords = new(
        CitationVocabulary.States.SelectMany(s => s.Split(' ')).Concat(["united", "states", "people", "commonwealth", "state"]));

    /// <summary>A government party opens or ends the words and the rest is not one ("illinois krull", "oliver united
    /// states", "owens state").</summary>
    public static bool IsGovernmentCase(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (CitationVocabulary.GovernmentOffices.Contains(word) || NotParties.Contains(word))
            {
                return false; // "united states navy", "ohio const.": an office or a book, not a party
            }
        }
        var lead = PartyVocabulary.GovernmentLengthAt(words, 0);
        if (lead > 0)
        {
            return lead < words.Count && !PartyVocabulary.IsGovernmentTail(words, lead);
        }
        for (var i = 1; i < words.Count; i++)
        {
            if (PartyVocabulary.IsGovernmentTail(words, i))
            {
                return true;
            }
        }
        return words[^1] == "state";
    }

    /// <summary>The start of the name run that ends the words [start, end), or -1.</summary>
    public static int ProperRunStart(NormalizedTokenizer tokens, int start, int end)
    {
        var from = -1;
        for (var k = end - 1; k >= start && end - k <= NormalizedNameEvaluator.MaxWords; k--)
        {
            var word = tokens.Word(k);
            var nameLike = !CommonWordLexicon.Contains(word) && !CitationVocabulary.StopWords.Contains(word)
                || GovernmentWords.Contains(word)
                || word.SequenceEqual("of") && k > start && GovernmentWords.Contains(tokens.Word(k - 1));
            if (!nameLike || CitationVocabulary.Titles.Contains(word) || CitationVocabulary.CalendarWords.Contains(word))
            {
                break;
            }
            from = k;
        }
        if (from < 0 || end - from < 2 || from == start)
        {
            return -1; // a whole clause is read by the usual rules; here the run follows prose
        }
        var before = tokens.Word(from - 1);
        return CitationVocabulary.Titles.Contains(before) || CitationVocabulary.GivenNames.Contains(before) || before.SequenceEqual("and") || before.SequenceEqual("or")
            ? -1
            : from;
    }
}
