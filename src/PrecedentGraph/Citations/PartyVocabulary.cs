namespace PrecedentGraph.Citations;

/// <summary>Recognizes government parties in a lowercase word sequence: "united states", a state
/// ("new york", "district of columbia"), "people", "commonwealth", and "city of X"-shaped places.</summary>
internal static class PartyVocabulary
{
    private static readonly string[][] Multi = CitationVocabulary.States
        .Concat(["united states", "people of the state of", "people of state of", "state of"])
        .Select(s => s.Split(' '))
        .OrderByDescending(s => s.Length)
        .ToArray();

    /// <summary><see cref="Multi"/> by first word, each group in the same order (longest first), so a lookup tries only
    /// the parties that can start at a word instead of all of them.</summary>
    private static readonly Dictionary<string, string[][]> MultiByFirstWord = Multi
        .GroupBy(s => s[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly WordSet Single = new(["people", "commonwealth"]);

    /// <summary>Federal agencies that are parties under their initials ("nlrb", "ftc", "ins").</summary>
    private static readonly WordSet Agencies = new([
        "nlrb", "ftc", "fcc", "fpc", "icc", "ins", "irs", "epa", "eeoc", "ferc", "fda", "sec", "cab", "fdic", "fec",
        "hhs", "hud", "osha", "faa", "fbi", "dea", "fmc", "nrc", "ntsb", "usda",
    ]);

    public static bool IsAgency(string word) => Agencies.Contains(word);

    /// <summary>How many words from <paramref name="index"/> form a government party (0 if none).</summary>
    public static int GovernmentLengthAt(IReadOnlyList<string> words, int index)
    {
        var candidates = MultiByFirstWord.TryGetValue(words[index], out var group) ? group : [];
        foreach (var candidate in candidates)
        {
            if (Matches(words, index, candidate))
            {
                if (candidate[^1] == "of")
                {
                    // "state of X": the place follows
                    return index + candidate.Length < words.Count ? candidate.Length + 1 : 0;
                }
                return candidate.Length;
            }
        }
        if (Single.Contains(words[index]) || Agencies.Contains(words[index]) && words.Count > 1)
        {
            return 1;
        }
        if (CitationVocabulary.PlacePrefixes.Contains(words[index]) && index + 2 < words.Count && words[index + 1] == "of")
        {
            return 3;
        }
        return 0;
    }

    /// <summary>True when the words from <paramref name="index"/> to the end are one government party.</summary>
    public static bool IsGovernmentTail(IReadOnlyList<string> words, int index) =>
        index < words.Count && GovernmentLengthAt(words, index) == words.Count - index;

    /// <summary>True when any government party occurs in the words.</summary>
    public static bool ContainsGovernment(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (GovernmentLengthAt(words, i) > 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Matches(IReadOnlyList<string> words, int index, string[] candidate)
    {
        if (index + candidate.Length > words.Count)
        {
            return false;
        }
        for (var k = 0; k < candidate.Length; k++)
        {
            if (words[index + k] != candidate[k])
            {
                return false;
            }
        }
        return true;
    }
}
