namespace PrecedentGraph.Citations;

/// <summary>How strongly the place of a word run says "citation".</summary>
internal enum CitationContext
{
    /// <summary>The tail of a longer clause, after a preposition ("the standard of marbury madison,").</summary>
    Weak,
    /// <summary>A whole clause between separators (".gideon wainwright,our initial inquiry").</summary>
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

    /// <param name="personIntroducer">True where a person's name is as likely as a case ("to", "by", "with").</param>
    public static bool IsCaseName(IReadOnlyList<string> words, CitationContext context, bool personIntroducer = true)
    {
        var n = words.Count;
        if (n < 2 || n > MaxWords)
        {
            return false;
        }
        var first = words[0];
        var strong = context == CitationContext.Strong;
        if (first is "ex" or "in" && words[1] is "parte" or "re")
        {
            // "ex parte young", "in re gault": the phrase itself says citation; "ex parte affidavits" is a thing
            return n is >= 3 and <= 6 && !CitationVocabulary.StopWords.Contains(words[2])
                && (strong || n > 3 || !(words[2].EndsWith('s') && CommonWordLexicon.Contains(words[2])));
        }
        if (CitationVocabulary.NameConnectors.Contains(first) && !(first is "ex" or "in" && words[1] is "parte" or "re")
                && !(NameParticles.Contains(first) && n >= 3 && !CitationVocabulary.NameConnectors.Contains(words[1]))
            || CitationVocabulary.NameConnectors.Contains(words[^1]) || CitationVocabulary.CorporateSuffixes.Contains(first)
            || NormalizedTokenizer.NameAbbreviations.Contains(first) && !PartyVocabulary.IsAgency(first)
            || CitationVocabulary.Signals.Contains(first) && first != "in" || PartyVocabulary.IsGovernmentTail(words, 0)
            || CitationVocabulary.Introducers.Contains(first) && first != "in"
            || first is "law" or "laws" or "code" or "codes" or "statutes" or "acts")
        {
            // "law mckinney": a statute book and its publisher
            return false; // "like doe,": a preposition opens the run, the name is its tail
        }
        if (!strong && first.Length > 5 && first.EndsWith("ing", StringComparison.Ordinal) && CommonWordLexicon.Contains(first))
        {
            return false; // "discussing calder bull": a participle, not a party
        }
        if (CitationVocabulary.GivenNames.Contains(first) && !strong && (context == CitationContext.Medium || personIntroducer)
            && !PartyVocabulary.IsGovernmentTail(words, 1))
        {
            return false;
        }
        var government = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var length = PartyVocabulary.GovernmentLengthAt(words, i);
            for (var k = i; k < i + length && k < n; k++)
            {
                government[k] = true;
            }
        }
        var proper = 0;
        var content = 0;
        for (var i = 0; i < n; i++)
        {
            var word = words[i];
            var title = CitationVocabulary.Titles.Contains(word) && (i == 0 || i + 1 < n && !CommonWordLexicon.Contains(words[i + 1]) && !CitationVocabulary.NameConnectors.Contains(words[i + 1]))
                && !(strong && i == 0 && n == 2 && PartyTitles.Contains(word));
            if (IsContractionEnd(words, i))
            {
                continue; // "comm n": the rest of "Comm'n", part of the word before
            }
            var institution = CitationVocabulary.InstitutionWords.Contains(word) && (i > 0 || word == "committee" && words[1] is "for" or "of");
            if (strong && (IsInnerAnd(words, i) || IsNationalityParty(words, i, government) || IsPartyNumeral(words, i))
                || context == CitationContext.Medium && i > 0 && IsNationalityParty(words, i, government))
            {
                content++; // "state school and hospital", "french doe": a name's own "and", a nationality as a whole party
                continue;
            }
            if (IsBodyNumber(words, i))
            {
                continue; // "moose lodge no irvis": the number of a lodge, a district or a local
            }
            if (strong && IsSurnameWord(words, i))
            {
                content++;
                proper++; // "see doe may,", "see,will united states,": after a signal a modal or a month is a surname
                continue;
            }
            if (word.Length <= 2 && word is not ("o" or "d" or "co") && !CitationVocabulary.NameConnectors.Contains(word) && !(i > 0 && i < n - 1 && IsShortName(word))
                    && !(i > 1 && word is "bd" or "ry") || title
                || CitationVocabulary.CalendarWords.Contains(word) && !institution && !(strong && i == n - 1 && i > 0 && IsWeekday(word))
                || CitationVocabulary.StopWords.Contains(word) && !CitationVocabulary.NameConnectors.Contains(word) && !(i == 0 && word == "in" && words[1] == "re")
                    && !(word == "post" && i > 0 && i + 1 < n && words[i + 1] == "office"))
            {
                return false;
            }
            if (i > 0 && !strong && CitationVocabulary.GivenNames.Contains(word) && i + 1 < n && !CitationVocabulary.NameConnectors.Contains(words[i + 1])
                && words[i - 1] != "st")
            {
                return false; // "... paul driscoll": a person inside the run ("st louis", "st paul": a saint's name is a place)
            }
            var connector = CitationVocabulary.NameConnectors.Contains(word) || CitationVocabulary.CorporateSuffixes.Contains(word);
            if (!connector && !(word is "o" or "d"))
            {
                content++;
            }
            if (connector || government[i])
            {
                continue;
            }
            if (!CommonWordLexicon.Contains(word) && !institution)
            {
                proper++;
            }
            else if (!strong && word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal) && !LyNouns.Contains(word)))
            {
                return false; // "smith solicited jones": a verb, so prose
            }
        }
        if (content < 2)
        {
            return false;
        }
        if (CitationVocabulary.NotPartyNouns.Contains(words[^1]) && !CitationVocabulary.NameConnectors.Contains(words[^2])
            || n == 2 && (CitationVocabulary.PlaceOpeners.Contains(first) || words[1] is "county" or "parish" or "township" or "street" or "avenue" or "square" or "plaza" or "boulevard")
            || n == 3 && CitationVocabulary.PlaceOpeners.Contains(first) && words[2] is "county" or "parish" or "township" or "city")
        {
            return false; // "the doe standard", "hamilton county", "los angeles", "los angeles county"
        }
        for (var i = 0; i < n; i++)
        {
            if (CitationVocabulary.CodeWords.Contains(words[i]) || words[i] is "code" or "restatement"
                || IsSourceWord(words, i)
                || words[i] is "standards" or "canons" or "rules" && i + 1 < n && words[i + 1] is "for" or "of"
                || words[i] == "district" && i > 0 && CitationVocabulary.CourtDirections.Contains(words[i - 1]))
            {
                return false; // "deering cal.code civ.proc.": a statute book; "southern district of ohio": a court
            }
        }
        if (HasSuffix(words))
        {
            proper++; // "records,inc.": a company is a named party
        }
        var split = CaseLabelFormatter.SplitIndex(words);
        if (split == 0 || split >= n || split > 0 && (CitationVocabulary.NameConnectors.Contains(words[split]) && !(NameParticles.Contains(words[split]) && words[split] is not ("st" or "la") && split + 1 < n)
            || CitationVocabulary.NameConnectors.Contains(words[split - 1])))
        {
            return false;
        }
        // "state doe", "doe state": a bare "state" as a whole party is a government beside a named one
        // ("see doe state,", "poe state,ga."; after a signal or before a reporter the named party may be a common word: "see
        // young state,")
        var anyGovernment = Array.IndexOf(government, true) >= 0 || proper == n - 1 && n <= 3 && (words[0] == "state" || words[^1] == "state")
            || strong && n == 2 && words[1] == "state";
        if (split > 0 && proper == 0 && PartyVocabulary.IsGovernmentTail(Slice(words, 0, split), 0)
            && !PartyVocabulary.ContainsGovernment(Slice(words, split, n - split))
            && (!strong || n - split > 1 || CitationVocabulary.GovernmentOffices.Contains(words[split])))
        {
            // "united states district court": a court, not a second party; after a signal, "see united states
            // place," is the government against a party named by a common word
            return false;
        }
        var firstGovernment = FirstGovernment(government);
        if (proper == 0 && !strong && firstGovernment > 0 && CitationVocabulary.NameConnectors.Contains(words[firstGovernment - 1])
            && PartyVocabulary.IsGovernmentTail(words, firstGovernment))
        {
            return false; // "supreme court of the united states": an institution
        }
        return context switch
        {
            CitationContext.Strong => proper >= 1 || anyGovernment,
            // ".powers ohio,": a whole clause of one common word against a state is a party named by an English word
            // (not a region: "northern ohio")
            CitationContext.Medium => proper >= 2 || proper == 1 && (content == 2 || anyGovernment || HasSuffix(words)) || proper == 0 && anyGovernment && n >= 3
                || proper == 0 && n == 2 && government[1] && !government[0] && CitationVocabulary.States.Contains(words[1]) && !CitationVocabulary.CourtDirections.Contains(first),
            _ => proper >= 2 || proper == 1 && anyGovernment || proper == 0 && anyGovernment && split > 0 && PartyVocabulary.ContainsGovernment(Slice(words, split, n - split)) && PartyVocabulary.ContainsGovernment(Slice(words, 0, split)),
        };
    }

    /// <summary>Function words, months and nationality words that the corpus's raw text most often shows as a whole
    /// party ("Will v. United States", "Karcher v. May", "House v. Mayo", "English v. General Electric": over 250
    /// occurrences in about 150 of its decisions).</summary>
    private static readonly WordSet SurnameWords = new(["will", "may", "august", "house", "english", "roman", "french"]);

    /// <summary>A surname word as a whole party in a strong context: first, before a named or government party ("will
    /// united states"), or last, after a proper word in a run of two or three ("doe may"); never two of them, never beside a function word.</summary>
    private static bool IsSurnameWord(IReadOnlyList<string> words, int i)
    {
        var n = words.Count;
        if (!SurnameWords.Contains(words[i]) || n < 2)
        {
            return false;
        }
        if (i == 0)
        {
            var other = words[1];
            return !SurnameWords.Contains(other) && !CitationVocabulary.StopWords.Contains(other) && !CitationVocabulary.NameConnectors.Contains(other)
                && (PartyVocabulary.GovernmentLengthAt(words, 1) > 0 || !CommonWordLexicon.Contains(other) && !CitationVocabulary.CalendarWords.Contains(other));
        }
        if (i != n - 1 || n > 3)
        {
            return false; // "see consent form of the tribes may,": a month closing a longer run is a date
        }
        var before = words[i - 1];
        return !SurnameWords.Contains(before) && !CitationVocabulary.StopWords.Contains(before) && !CitationVocabulary.NameConnectors.Contains(before)
            && !CommonWordLexicon.Contains(before) && !CitationVocabulary.CalendarWords.Contains(before) && PartyVocabulary.GovernmentLengthAt(words, i - 1) == 0
            && !CitationVocabulary.Titles.Contains(before) && !CitationVocabulary.GivenNames.Contains(before);
    }

    /// <summary>Titles that are a whole party in a citation ("Warden v. Doe", "Commissioner v. Doe"): after a signal or
    /// before a reporter remnant, "warden doe," is the case, not a person.</summary>
    private static readonly WordSet PartyTitles = new(["warden", "commissioner", "secretary", "director", "sheriff", "administrator", "governor", "mayor", "superintendent"]);

    /// <summary>"and" between two words of one party ("state school and hospital"), never at either end, beside another
    /// function word, or where the two sides would each be a whole name.</summary>
    private static bool IsInnerAnd(IReadOnlyList<string> words, int i) =>
        words[i] == "and" && i > 1 && i < words.Count - 1
        && !CitationVocabulary.StopWords.Contains(words[i - 1]) && !CitationVocabulary.StopWords.Contains(words[i + 1])
        && !CitationVocabulary.CorporateSuffixes.Contains(words[i - 1])
        && !CitationVocabulary.NameConnectors.Contains(words[i + 1]) && IndexOfAnd(words, i + 1) < 0;

    /// <summary>A nationality word that is a whole party ("french doe", "united states french"), not the first word of a
    /// longer party ("american trucking assns") or of a book ("english law").</summary>
    private static bool IsNationalityParty(IReadOnlyList<string> words, int i, bool[] government) =>
        words[i] is "french" or "english" or "german" or "british" && words.Count >= 2
        && (i == 0 && words.Count == 2 && !CommonWordLexicon.Contains(words[1]) || i == words.Count - 1 && i > 0 && government[i - 1]);

    /// <summary>Words ending in "ly" that are nouns or adjectives of names ("the evening daily", "general assembly"), not adverbs.</summary>
    private static readonly WordSet LyNouns = new(["daily", "weekly", "monthly", "quarterly", "assembly", "supply", "italy", "sicily", "ally", "rally", "valley", "jolly"]);

    /// <summary>"no" after a numbered body inside the run ("moose lodge no irvis"): what normalization left of "No. 107".</summary>
    public static bool IsBodyNumber(IReadOnlyList<string> words, int i) =>
        words[i] == "no" && i > 0 && i < words.Count - 1 && NormalizedTokenizer.NumberedBodies.Contains(words[i - 1]);

    /// <summary>A roman numeral numbering a party ("adult theatre i doe"): inside the name, after a word of it.</summary>
    private static bool IsPartyNumeral(IReadOnlyList<string> words, int i) =>
        words[i] is "i" or "ii" or "iii" && i > 1 && i < words.Count - 1 && !CitationVocabulary.StopWords.Contains(words[i - 1])
        && !CitationVocabulary.NameConnectors.Contains(words[i - 1]) && !CitationVocabulary.StopWords.Contains(words[i + 1]);

    private static int IndexOfAnd(IReadOnlyList<string> words, int from)
    {
        for (var k = from; k < words.Count; k++)
        {
            if (words[k] == "and")
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>Particles that open a surname ("de canas", "van raab"): a name may start with one.</summary>
    private static readonly WordSet NameParticles = new(["de", "la", "van", "von", "du", "del", "da", "le", "st"]);

    /// <summary>Two letters that are a name inside a party ("yick wo hopkins"), not a function word, reporter or suffix;
    /// at either end of a run they are more often a broken word ("capricious ly") or a database ("wl").</summary>
    private static bool IsShortName(string word) =>
        word.Length == 2 && !CommonWordLexicon.Contains(word) && !CitationVocabulary.StopWords.Contains(word)
        && !CitationVocabulary.ReporterRemnants.Contains(word) && !CitationVocabulary.Titles.Contains(word) && word is not ("jr" or "sr" or "wl" or "dc" or "nw" or "ne" or "sw" or "se" or "pl" or "nd" or "sd" or "ed" or "wd" or "cd" or "md" or "va" or "am" or "pm" or "ll" or "ii");

    /// <summary>True for the letters left after an abbreviation's apostrophe ("n" after "comm").</summary>
    public static bool IsContractionEnd(IReadOnlyList<string> words, int i) =>
        i > 0 && CitationVocabulary.ContractionEnds.Contains(words[i]) && CitationVocabulary.ContractionStems.Contains(words[i - 1]);

    private static int FirstGovernment(bool[] government) => Array.IndexOf(government, true);

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

    /// <summary>"see doe friday,": after a signal a day's name ending the words is a surname, never a date.</summary>
    private static bool IsWeekday(string word) => word is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday";

    /// <summary>A constitution's or an annotation's word ("iowa const.art.", "const.amdt.", "annotation,double
    /// jeopardy"): a provision or a secondary source, never a party, but for a company's "Burke Const. Co.".</summary>
    private static bool IsSourceWord(IReadOnlyList<string> words, int i) =>
        words[i] is "const" or "amdt" or "annotation" or "annotations"
        && !(i + 1 < words.Count && CitationVocabulary.CorporateSuffixes.Contains(words[i + 1]));
}
