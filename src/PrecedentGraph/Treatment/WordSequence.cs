using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>A stretch of text as canonical words, so that one cue matches raw text ("See, e. g., Smith v.
/// Jones") and normalized text ("see,smith jones"): letters are lowercased, digits, quotes and other
/// marks separate words, a possessive "'s" is dropped and other apostrophes are skipped ("O'Connor" is
/// "oconnor").</summary>
internal sealed class WordSequence
{
    private WordSequence(Word[] words, WordTable? table)
    {
        this.words = words;
        this.table = table;
    }

    /// <summary>The words, read by the searches below as an array (not through the list interface, which costs a
    /// call per word).</summary>
    private readonly Word[] words;

    private readonly WordTable? table;

    /// <summary>Counts one step of work on these words in the document's <see cref="WordTable.Steps"/>.</summary>
    public void Step() => table?.Step(1);

    // Ranges shorter than this are scanned; longer ones look up the positions of the phrase's first word.
    private const int IndexedRange = 8;

    private Dictionary<string, List<int>>? positions;

    public IReadOnlyList<Word> Words => words;

    public int Count => words.Length;

    public static WordSequence Of(string text, TextSpan span) => Of(text, span, null);

    /// <summary>The words of <paramref name="span"/>; with a <paramref name="table"/>, equal words share one string.</summary>
    public static WordSequence Of(string text, TextSpan span, WordTable? table)
    {
        var end = Math.Min(span.End, text.Length);
        var begin = Math.Max(0, span.Start);
        // a document's sentences are read one at a time: they share one growing list, copied out at the end
        var words = table?.Words ?? new List<Word>(Math.Max(4, (end - begin) / 6));
        words.Clear();
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        var start = -1;
        var afterBreak = true;
        for (var i = begin; i <= end; i++)
        {
            var c = i < end ? text[i] : ' ';
            if (IsLetter(c))
            {
                if (start < 0)
                {
                    start = i;
                }
                if (length == buffer.Length)
                {
                    var larger = new char[buffer.Length * 2];
                    buffer.CopyTo(larger);
                    buffer = larger;
                }
                buffer[length++] = c < 128 ? (char)(c | 0x20) : char.ToLowerInvariant(c);
                continue;
            }
            if (c is '\'' or '\u2019' && start >= 0 && i + 1 < end && IsLetter(text[i + 1]))
            {
                // "court's" -> "court"; "o'connor" -> "oconnor"
                var possessive = (text[i + 1] is 's' or 'S') && (i + 2 >= end || !IsLetter(text[i + 2]));
                if (possessive)
                {
                    i++;
                }
                continue;
            }
            if (start >= 0)
            {
                var word = buffer[..length];
                words.Add(new Word(table is null ? word.ToString() : table.Intern(word), start, i, afterBreak));
                length = 0;
                start = -1;
                afterBreak = false;
            }
            if (c is '.' or ';' or ':' or ',' or '(' or ')' or '[' or ']' or '\n' or '\r' or '"' or '\u201c' or '\u201d')
            {
                afterBreak = true;
            }
        }
        table?.Step(end - begin);
        var sequence = new WordSequence(words.ToArray(), table);
        words.Clear();
        return sequence;
    }

    private static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    /// <summary>Phrases of a word list of <see cref="TreatmentCueTable"/>, split into words.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Phrases(IEnumerable<string> phrases) =>
        phrases.Select(p => (IReadOnlyList<string>)p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

    /// <summary>Index of the first word starting at or after <paramref name="position"/> (Count if none).</summary>
    public int IndexAt(int position)
    {
        var low = 0;
        var high = words.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (words[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>Whether <paramref name="phrase"/> stands at word <paramref name="index"/>.</summary>
    public bool MatchesAt(IReadOnlyList<string> phrase, int index)
    {
        Step();
        if (index < 0 || index + phrase.Count > words.Length)
        {
            return false;
        }
        for (var k = 0; k < phrase.Count; k++)
        {
            if (!string.Equals(words[index + k].Text, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The first start index at or after <paramref name="from"/> of <paramref name="phrase"/> lying
    /// wholly within words [from, to), or -1. Long ranges go through an index of each word's positions.</summary>
    public int NextMatch(IReadOnlyList<string> phrase, int from, int to)
    {
        from = Math.Max(0, from);
        var limit = Math.Min(to, words.Length) - phrase.Count;
        if (phrase.Count == 0 || limit - from < IndexedRange)
        {
            for (var i = from; i <= limit; i++)
            {
                if (MatchesAt(phrase, i))
                {
                    return i;
                }
            }
            return -1;
        }
        positions ??= IndexPositions();
        if (!positions.TryGetValue(phrase[0], out var starts))
        {
            return -1;
        }
        var k = starts.BinarySearch(from);
        for (k = k < 0 ? ~k : k; k < starts.Count && starts[k] <= limit; k++)
        {
            if (MatchesAt(phrase, starts[k]))
            {
                return starts[k];
            }
        }
        return -1;
    }

    private Dictionary<string, List<int>> IndexPositions()
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            if (!index.TryGetValue(words[i].Text, out var list))
            {
                list = [];
                index[words[i].Text] = list;
            }
            list.Add(i);
        }
        return index;
    }

    /// <summary>Where the phrases of <paramref name="set"/> stand, found in one pass over the words, then kept.</summary>
    public PhraseHits Hits(PhraseSet set)
    {
        if (hits is not null)
        {
            foreach (var (known, found) in hits)
            {
                if (ReferenceEquals(known, set))
                {
                    return found;
                }
            }
        }
        List<(int Phrase, int Start)>? pairs = null;
        table?.Step(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var k in set.StartingWith(words[i].Text))
            {
                if (MatchesAt(set.Phrases[k], i))
                {
                    (pairs ??= []).Add((k, i));
                }
            }
        }
        var result = pairs is null ? Empty : Group(pairs);
        (hits ??= []).Add((set, result));
        return result;
    }

    private static readonly PhraseHits Empty = new([], []);

    private List<(PhraseSet Set, int[] Longest)>? longest;

    /// <summary>The index in <paramref name="set"/> of the longest of its phrases standing at word <paramref name="index"/>
    /// (the first of equals), or -1. Kept for each word, so that the citations of a string citation, each looking back
    /// over the same words, try a word's phrases once.</summary>
    public int LongestAt(PhraseSet set, int index)
    {
        int[]? known = null;
        if (longest is not null)
        {
            foreach (var (kept, found) in longest)
            {
                if (ReferenceEquals(kept, set))
                {
                    known = found;
                    break;
                }
            }
        }
        if (known is null)
        {
            known = new int[words.Length];
            Array.Fill(known, NotRead);
            (longest ??= []).Add((set, known));
        }
        if (known[index] == NotRead)
        {
            var best = -1;
            foreach (var k in set.StartingWith(words[index].Text))
            {
                if ((best < 0 || set.Phrases[k].Count > set.Phrases[best].Count) && MatchesAt(set.Phrases[k], index))
                {
                    best = k;
                }
            }
            known[index] = best;
        }
        return known[index];
    }

    private const int NotRead = -2;

    private static PhraseHits Group(List<(int Phrase, int Start)> pairs)
    {
        // a few pairs among hundreds of phrases: sorted by phrase, then start (as found, a phrase's starts ascend),
        // rather than counted in arrays as long as the set
        pairs.Sort();
        var found = 1;
        for (var i = 1; i < pairs.Count; i++)
        {
            found += pairs[i].Phrase != pairs[i - 1].Phrase ? 1 : 0;
        }
        var phrases = new int[found];
        var starts = new int[found][];
        for (int i = 0, k = 0; i < pairs.Count; k++)
        {
            var run = i + 1;
            while (run < pairs.Count && pairs[run].Phrase == pairs[i].Phrase)
            {
                run++;
            }
            phrases[k] = pairs[i].Phrase;
            starts[k] = new int[run - i];
            for (var j = i; j < run; j++)
            {
                starts[k][j - i] = pairs[j].Start;
            }
            i = run;
        }
        return new PhraseHits(phrases, starts);
    }

    private List<(PhraseSet Set, PhraseHits Hits)>? hits;

    private HashSet<string>? distinct;

    /// <summary>The first of <paramref name="starts"/> (ascending) at or after <paramref name="from"/>, or -1.</summary>
    public static int FirstAtOrAfter(int[] starts, int from)
    {
        var k = Array.BinarySearch(starts, from);
        k = k < 0 ? ~k : k;
        return k < starts.Length ? starts[k] : -1;
    }

    /// <summary>Whether any word of the sequence is one of <paramref name="words"/>.</summary>
    public bool ContainsAny(IReadOnlySet<string> wanted)
    {
        if (wanted.Count == 0)
        {
            return false;
        }
        table?.Step(words.Length < IndexedRange * 4 ? words.Length : wanted.Count);
        if (words.Length < IndexedRange * 4)
        {
            foreach (var word in words)
            {
                if (wanted.Contains(word.Text))
                {
                    return true;
                }
            }
            return false;
        }
        if (distinct is null)
        {
            table?.Step(words.Length);
            distinct = words.Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        }
        foreach (var word in wanted)
        {
            if (distinct.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Start indexes of <paramref name="phrase"/> within words [from, to).</summary>
    public IEnumerable<int> Find(IReadOnlyList<string> phrase, int from, int to)
    {
        for (var i = Math.Max(0, from); i + phrase.Count <= Math.Min(to, words.Length); i++)
        {
            if (MatchesAt(phrase, i))
            {
                yield return i;
            }
        }
    }
}
