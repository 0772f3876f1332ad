using PrecedentGraph.Model;
using static PrecedentGraph.Citations.NormalizedCitationVocabulary;
using static PrecedentGraph.Citations.NormalizedNameReader;

namespace PrecedentGraph.Citations;

/// <summary>Finds a case name that ends a clause of running text: after an introducer ("the rule of doe roe,"), after
/// "ex parte" or "in re", or with no signal or preposition before it, where
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

    /// <summary>A case name at the tail of a clause of prose [start, end) that is no name as a whole: after "ex parte" or
    /// "in re" ("since ex parte young,"), after an introducer ("the rule of doe roe,", "see doe roe,"), or a government
    /// and a named party with nothing before them ("...the statute illinois krull,").</summary>
    public static void FindInProse(NormalizedTokenizer tokens, int start, int end, bool strongAfter, List<string> buffer, HashSet<string> actors, List<CaseMention> mentions,
        bool afterCite = false)
    {
        var before = mentions.Count;
        for (var j = Math.Max(start + 1, end - NormalizedNameEvaluator.MaxWords); j <= end - 2; j++)
        {
            var introducer = tokens.Word(j - 1);
            var phrase = tokens.Word(j).SequenceEqual("ex") && tokens.Word(j + 1).SequenceEqual("parte")
                || tokens.Word(j).SequenceEqual("in") && tokens.Word(j + 1).SequenceEqual("re") && !introducer.SequenceEqual("in");
            if (phrase && end - j <= 5 && !Determiners.Contains(introducer) && NoStopWord(tokens, j + 2, end)
                && Collect(tokens, j, end, buffer) && IsCaseName(buffer, CitationContext.Weak, true, actors))
            {
                mentions.Add(Full(tokens, j, end, string.Join(' ', buffer), null));
                break; // "since ex parte young,": the phrase itself opens a case name
            }
            if (!CitationVocabulary.Introducers.Contains(introducer)
                || introducer.SequenceEqual("of") && j >= 2 && CitationVocabulary.PlacePrefixes.Contains(tokens.Word(j - 2)))
            {
                continue; // "the county of los angeles": a place
            }
            var tailContext = strongAfter || introducer is "see" or "quoting" or "citing" or "cf" or "accord" or "compare" or "also" ? CitationContext.Strong : CitationContext.Weak;
            var personIntroducer = !(introducer is "in" or "see" or "quoting" or "citing" or "cf" or "compare" or "accord" or "also");
            if (Collect(tokens, j, end, buffer) && IsCaseName(buffer, tailContext, personIntroducer, actors))
            {
                mentions.Add(Full(tokens, j, end, string.Join(' ', buffer), tailContext == CitationContext.Strong ? introducer.ToString() : null));
                break;
            }
        }

        // "...the statute illinois krull,": a government and a named party ending a clause of prose.
        // ",doe roe,the rule of the case poe moe,": in a string cite the parenthetical that closed one cite runs into the
        // next name (its closing parenthesis and semicolon became one comma), so the tail needs no government there.
        if (mentions.Count == before && ProperRunStart(tokens, start, end) is var run and >= 0
            && Collect(tokens, run, end, buffer) && (IsGovernmentCase(buffer) && IsCaseName(buffer, CitationContext.Weak, true, actors)
                || afterCite && !CitationVocabulary.GivenNames.Contains(buffer[0]) && IsCaseName(buffer, CitationContext.Medium, true, actors)))
        {
            mentions.Add(Full(tokens, run, end, string.Join(' ', buffer), null));
        }
    }
}
