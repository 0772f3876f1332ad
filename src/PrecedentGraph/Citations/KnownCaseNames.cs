namespace PrecedentGraph.Citations;

/// <summary>Case names learned from documents read before (<see cref="CitationFinderOptions.KnownCaseNames"/>),
/// indexed by their last word so that a clause's tail is matched in constant time. A name given with "v."
/// ("Terry v. Ohio") keeps its party split; one without ("terry ohio") is split by the usual rules.
/// Single-word names are ignored: they would turn every use of a common surname into a citation.</summary>
internal sealed class KnownCaseNames
{
    private readonly Dictionary<string, List<LearnedName>> byLastWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LearnedName>>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>A name's content words (no "v") and, per word, whether the raw name has a "," or "." after it
    /// ("Burstyn, Inc." marks "burstyn" and "inc"): where normalized text may break the name without a space.</summary>
    private sealed record LearnedName(string[] Content, bool[] Marked, string Name);

    public KnownCaseNames(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var (words, marks) = MarkedWords(name);
            var content = words.Count(w => w != "v");
            // a name cut after a company's suffix ("Inc. v. United States" of "Riss & Co., Inc. v. United States") is no name
            if (content < 2 || !IsDistinctive(words) && !HasCorporateSuffix(name) || CitationVocabulary.CorporateSuffixes.Contains(words[0]))
            {
                continue;
            }
            Add(words, marks);
            var keep = words.Select(w => !CitationVocabulary.CorporateSuffixes.Contains(w)).ToArray();
            var bare = words.Where((_, i) => keep[i]).ToArray();
            if (bare.Length < words.Length && bare.Count(w => w != "v") >= 2 && bare[^1] != "v" && bare[0] != "v")
            {
                // "american press co." is as often cited "american press,"; a dropped suffix's mark goes to the word before
                var bareMarks = new List<bool>(bare.Length);
                for (var i = 0; i < words.Length; i++)
                {
                    if (keep[i])
                    {
                        bareMarks.Add(marks[i]);
                    }
                    else if (bareMarks.Count > 0)
                    {
                        bareMarks[^1] |= marks[i];
                    }
                }
                Add(bare, [.. bareMarks]);
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

    private void Add(string[] words, bool[] marks)
    {
        var last = words[^1];
        if (!byLastWord.TryGetValue(last, out var list))
        {
            byLastWord[last] = list = [];
        }
        var joined = string.Join(' ', words);
        if (!list.Any(w => w.Name == joined))
        {
            // the "v." of the raw name is no mark of the word before it ("Terry v. Ohio": "terry,ohio" is no name)
            var content = words.Where(w => w != "v").ToArray();
            var marked = marks.Where((_, i) => words[i] != "v").ToArray();
            list.Add(new LearnedName(content, marked, joined));
        }
    }

    /// <summary><see cref="NormalizedWords"/> of a name with, per word, whether a "," or "." follows it in the name
    /// (before the next word kept: "Chicago, B. & Q. R. Co." marks "chicago").</summary>
    internal static (string[] Words, bool[] Marks) MarkedWords(string name)
    {
        var words = new List<string>();
        var marks = new List<bool>();
        foreach (var token in name.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var before = words.Count;
            words.AddRange(NormalizedWords(token));
            marks.AddRange(Enumerable.Repeat(false, words.Count - before));
            var lastLetter = token.Length - 1;
            while (lastLetter >= 0 && !char.IsLetter(token[lastLetter]))
            {
                lastLetter--;
            }
            var tail = words.Count == before ? token : token[(lastLetter + 1)..];
            if (words.Count > 0 && (tail.Contains('.') || tail.Contains(',')))
            {
                marks[^1] = true;
            }
        }
        return ([.. words], [.. marks]);
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

    /// <summary>The longest known name that ends the words [start, end) but begins before <paramref name="start"/>,
    /// across breaks that normalization leaves inside a name: a "," or "." with no space, where the raw name has one
    /// ("joseph burstyn,inc.wilson", "moose lodge no.irvis", "harper row,publishers,inc."). A break the raw name
    /// lacks ("wright,miller" for "Wright v. Miller", "united states,stevens,dissenting") or any other break (a space
    /// after the mark, ";", a line) ends the search.</summary>
    public (int Start, string Name)? MatchAcross(NormalizedTokenizer tokens, int start, int end)
    {
        if (end <= start || start == 0 || !IsInnerBreak(tokens, start) || !lookup.TryGetValue(tokens.Word(end - 1), out var candidates))
        {
            return null;
        }
        foreach (var (content, marked, name) in candidates)
        {
            var from = end - content.Length;
            if (from >= start || from < 0)
            {
                continue;
            }
            var same = true;
            for (var k = 0; k < content.Length && same; k++)
            {
                same = tokens.Word(from + k).SequenceEqual(content[k])
                    && (k == 0 || !HasBreak(tokens, from + k) || marked[k - 1] && IsInnerBreak(tokens, from + k));
            }
            if (same)
            {
                return (from, name);
            }
        }
        return null;
    }

    /// <summary>The gap before word <paramref name="index"/> is a lone "," or ".": it may sit inside a name.</summary>
    private static bool IsInnerBreak(NormalizedTokenizer tokens, int index)
    {
        var gapStart = tokens.Words[index - 1].End;
        return tokens.Words[index].Start - gapStart == 1 && tokens.Text[gapStart] is ',' or '.';
    }

    /// <summary>The gap before word <paramref name="index"/> holds a mark that can end a clause.</summary>
    private static bool HasBreak(NormalizedTokenizer tokens, int index) =>
        tokens.Text.AsSpan(tokens.Words[index - 1].End, tokens.Words[index].Start - tokens.Words[index - 1].End).IndexOfAny(",;:.?!\n") >= 0;

    /// <summary>The longest known name that ends the words [start, end), as (first word index, name with "v").</summary>
    public (int Start, string Name)? MatchTail(NormalizedTokenizer tokens, int start, int end)
    {
        if (end <= start || !lookup.TryGetValue(tokens.Word(end - 1), out var candidates))
        {
            return null;
        }
        foreach (var (content, _, name) in candidates)
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
