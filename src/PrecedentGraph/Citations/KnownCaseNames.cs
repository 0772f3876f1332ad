namespace PrecedentGraph.Citations;

/// <summary>Case names learned from documents read before (<see cref="CitationFinderOptions.KnownCaseNames"/>),
/// indexed by their last word so that a clause's tail is matched in constant time. A name given with "v."
/// ("Terry v. Ohio") keeps its party split; one without ("terry ohio") is split by the usual rules.
/// Single-word names are ignored: they would turn every use of a common surname into a citation.</summary>
internal sealed class KnownCaseNames
{
    private readonly Dictionary<string, List<(string[] Content, string Name)>> byLastWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Content, string Name)>>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public KnownCaseNames(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var words = NormalizedWords(name);
            var content = words.Count(w => w != "v");
            if (content < 2 || !IsDistinctive(words) && !HasCorporateSuffix(name))
            {
                continue;
            }
            Add(words);
            var bare = words.Where(w => !CitationVocabulary.CorporateSuffixes.Contains(w)).ToArray();
            if (bare.Length < words.Length && bare.Count(w => w != "v") >= 2 && bare[^1] != "v" && bare[0] != "v")
            {
                Add(bare); // "american press co." is as often cited "american press,"
            }
        }
        foreach (var list in byLastWord.Values)
        {
            list.Sort((a, b) => b.Content.Length != a.Content.Length ? b.Content.Length.CompareTo(a.Content.Length) : string.CompareOrdinal(a.Name, b.Name));
        }
        lookup = byLastWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = byLastWord.Count;
    }

    public int Count { get; }

    private void Add(string[] words)
    {
        var last = words[^1];
        if (!byLastWord.TryGetValue(last, out var list))
        {
            byLastWord[last] = list = [];
        }
        var joined = string.Join(' ', words);
        if (!list.Any(w => w.Name == joined))
        {
            list.Add((words.Where(w => w != "v").ToArray(), joined));
        }
    }

    /// <summary>The words of a name as normalization leaves them in running text: "Comm'n" gives "comm n", "O'Brien"
    /// gives "o brien", "Co." stays; hyphenated words, digits, initials ("N. Y.") and a possessive "s" go.</summary>
    internal static string[] NormalizedWords(string name)
    {
        var words = new List<string>();
        foreach (var raw in name.Split((char[])[' ', '\t', ',', ';', '&', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Replace('\u2019', '\'');
            if (token.Contains('-') || token.Any(char.IsDigit))
            {
                continue;
            }
            if (token.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || token.EndsWith("'S", StringComparison.Ordinal))
            {
                token = token[..^2];
            }
            var initial = token.Length == 2 && token[1] == '.';
            if (initial && !(token[0] is 'v' or 'V'))
            {
                continue; // "N." of "N. Y.": normalization drops a letter and its period
            }
            var parts = token.Split('\'');
            for (var p = 0; p < parts.Length; p++)
            {
                var letters = new string(parts[p].Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
                // a lone letter without a period stays, as normalization keeps it ("Paris Adult Theatre I v. Slaton")
                if (letters.Length > 1 || letters == "v" || letters.Length == 1 && (parts.Length > 1 || !token.Contains('.')))
                {
                    words.Add(letters);
                }
            }
        }
        return [.. words];
    }

    private static bool HasCorporateSuffix(string name)
    {
        foreach (var word in name.Split((char[])[' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (CitationVocabulary.CorporateSuffixes.Contains(word.ToLowerInvariant()))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Both parties present (where "v" splits them) and a word that is neither common English nor part of a
    /// government party: "state law" or "young people" would turn prose into citations.</summary>
    private static bool IsDistinctive(string[] words)
    {
        var split = Array.IndexOf(words, "v");
        if (split == 0 || split == words.Length - 1)
        {
            return false;
        }
        var content = words.Where(w => w != "v").ToArray();
        var government = new bool[content.Length];
        for (var i = 0; i < content.Length; i++)
        {
            var length = PartyVocabulary.GovernmentLengthAt(content, i);
            for (var k = i; k < i + length && k < content.Length; k++)
            {
                government[k] = true;
            }
        }
        for (var i = 0; i < content.Length; i++)
        {
            var word = content[i];
            if (CitationVocabulary.CorporateSuffixes.Contains(word))
            {
                return true; // a company is a named party
            }
            if (!government[i] && word.Length > 2 && !CommonWordLexicon.Contains(word) && !CitationVocabulary.NameConnectors.Contains(word)
                && !CitationVocabulary.StopWords.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The longest known name that ends the words [start, end), as (first word index, name with "v").</summary>
    public (int Start, string Name)? MatchTail(NormalizedTokenizer tokens, int start, int end)
    {
        if (end <= start || !lookup.TryGetValue(tokens.Word(end - 1), out var candidates))
        {
            return null;
        }
        foreach (var (content, name) in candidates)
        {
            if (content.Length > end - start)
            {
                continue;
            }
            var from = end - content.Length;
            var same = true;
            for (var k = 0; k < content.Length && same; k++)
            {
                same = tokens.Word(from + k).SequenceEqual(content[k]);
            }
            if (same)
            {
                return (from, name);
            }
        }
        return null;
    }
}
