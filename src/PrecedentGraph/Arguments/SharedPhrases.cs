using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Word sequences two passages share: a separate opinion quotes the words of the claim it answers
/// ("a passably clever plaintiff"), and normalized text keeps the words though it drops the quotation marks.
/// Only sequences distinctive of one or two paragraphs count, so stock phrases of the field do not. Only the
/// sequences of the passages that will be compared (the references' windows) are tracked through the decision's
/// paragraphs, each sequence keyed by a 64-bit hash of its lowercase words. The paragraphs are read word by word
/// (<see cref="Word"/>) by whoever reads them already: the <see cref="TermVectorizer"/> feeds its own reading
/// here, so the decision is read once for both.</summary>
internal sealed class SharedPhrases
{
    public const int Length = 4;

    /// <summary>A sequence found in more paragraphs than this is a stock phrase.</summary>
    private const int MaximumParagraphs = 2;

    /// <summary>Each of the passages' sequences: in how many paragraphs it was found, and the first two of them.</summary>
    private readonly Dictionary<long, Tally> paragraphCounts;

    /// <summary>In how many paragraphs a sequence was found, and the first two (<see cref="None"/> where fewer):
    /// a sequence that can count is in one or two paragraphs, so these are all the paragraphs it counts in.</summary>
    private struct Tally
    {
        public int Paragraphs;
        public int First;
        public int Second;
    }

    private const int None = int.MinValue;

    /// <summary>The paragraphs read so far (a paragraph's sequences are kept from its first reading only).</summary>
    private readonly HashSet<int> paragraphsRead = [];

    /// <summary>For each passage asked about (<see cref="Grams"/>), how many of its sequences each paragraph holds:
    /// built once per passage from the sequences' paragraphs, so <see cref="Count"/> is one look-up per pair.</summary>
    private readonly Dictionary<HashSet<long>, Dictionary<int, int>> counts = new(ReferenceEqualityComparer.Instance);

    /// <summary>A bit per hash bucket of the passages' sequences (about 32 bits per sequence): most sequences of
    /// the decision are in no passage, and one bit test tells so without a dictionary lookup.</summary>
    private readonly ulong[] filter = [];
    private readonly int mask;

    /// <summary>The paragraph being read: the hashes of its last four words (oldest first), how many words it has
    /// had, and the passages' sequences found in it.</summary>
    private ulong first, second, third, fourth;
    private int words;
    private readonly List<long> found = [];

    /// <param name="passages">The passages whose sequences will be looked for (others are never counted).</param>
    public SharedPhrases(IEnumerable<string> passages)
    {
        var keys = new List<long>();
        foreach (var passage in passages)
        {
            Keys(passage, keys);
        }
        paragraphCounts = new Dictionary<long, Tally>(keys.Count);
        foreach (var key in keys)
        {
            paragraphCounts.TryAdd(key, new Tally { First = None, Second = None });
        }
        if (paragraphCounts.Count == 0)
        {
            return;
        }
        filter = new ulong[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, paragraphCounts.Count / 2))];
        mask = filter.Length - 1;
        foreach (var key in paragraphCounts.Keys)
        {
            filter[(int)((ulong)key >> 6) & mask] |= 1UL << (int)(key & 63);
        }
    }

    /// <summary>The passages' sequences counted through the paragraphs given, read here.</summary>
    public SharedPhrases(SourceDocument document, IEnumerable<Paragraph> paragraphs, IEnumerable<string> passages)
        : this(passages)
    {
        if (!Tracking)
        {
            return;
        }
        foreach (var paragraph in paragraphs)
        {
            Begin();
            ReadWords(document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length));
            End(paragraph.Index);
        }
    }

    /// <summary>Whether any sequence is looked for: with none, the paragraphs need not be fed.</summary>
    public bool Tracking => filter.Length > 0;

    /// <summary>Starts reading a paragraph.</summary>
    public void Begin()
    {
        words = 0;
        found.Clear();
    }

    /// <summary>Reads the next word (two letters or more) of the paragraph, given as the 64-bit FNV-1a hash of its
    /// lowercase letters (<see cref="WordIdTable.Step"/>).</summary>
    public void Word(ulong hash)
    {
        first = second;
        second = third;
        third = fourth;
        fourth = hash;
        if (++words >= Length)
        {
            var key = (long)Mix(Mix(Mix(Mix(0, first), second), third), fourth);
            if ((filter[(int)((ulong)key >> 6) & mask] & (1UL << (int)(key & 63))) != 0 && paragraphCounts.ContainsKey(key))
            {
                found.Add(key);
            }
        }
    }

    /// <summary>Ends the paragraph read, whose index is <paramref name="paragraph"/>.</summary>
    public void End(int paragraph)
    {
        if (found.Count == 0)
        {
            return;
        }
        // each sequence counts once per paragraph; a paragraph read twice keeps the sequences of its first reading
        found.Sort();
        var first = paragraphsRead.Add(paragraph);
        for (var i = 0; i < found.Count; i++)
        {
            if (i == 0 || found[i] != found[i - 1])
            {
                ref var tally = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(paragraphCounts, found[i]);
                tally.Paragraphs++;
                if (first && tally.First == None)
                {
                    tally.First = paragraph;
                }
                else if (first && tally.Second == None)
                {
                    tally.Second = paragraph;
                }
            }
        }
        found.Clear();
    }

    /// <summary>The word sequences of a passage that can count (<see cref="Count"/>): those found in one or two
    /// paragraphs. Read once per passage, after the paragraphs.</summary>
    public HashSet<long> Grams(string text)
    {
        if (!grams.TryGetValue(text, out var found))
        {
            var keys = Keys(text, []);
            found = new HashSet<long>(keys.Count);
            foreach (var key in keys)
            {
                // a sequence of no paragraph, or a stock phrase, is shared with no paragraph as a distinctive one
                if (paragraphCounts.TryGetValue(key, out var tally) && tally.Paragraphs is > 0 and <= MaximumParagraphs)
                {
                    found.Add(key);
                }
            }
            grams[text] = found;
        }
        return found;
    }

    private readonly Dictionary<string, HashSet<long>> grams = new(StringComparer.Ordinal);

    /// <summary>How many distinctive sequences the passage shares with the paragraph.</summary>
    public int Count(HashSet<long> passage, int paragraph)
    {
        if (passage.Count == 0)
        {
            return 0;
        }
        if (!counts.TryGetValue(passage, out var byParagraph))
        {
            // each sequence that can count is in one or two paragraphs: the passage's counts are read off them
            byParagraph = [];
            foreach (var gram in passage)
            {
                if (paragraphCounts.TryGetValue(gram, out var tally) && tally.Paragraphs <= MaximumParagraphs)
                {
                    if (tally.First != None)
                    {
                        byParagraph[tally.First] = byParagraph.GetValueOrDefault(tally.First) + 1;
                    }
                    if (tally.Second != None)
                    {
                        byParagraph[tally.Second] = byParagraph.GetValueOrDefault(tally.Second) + 1;
                    }
                }
            }
            counts[passage] = byParagraph;
        }
        return byParagraph.GetValueOrDefault(paragraph);
    }

    /// <summary>Feeds each word of two letters or more of <paramref name="text"/> to <see cref="Word"/>.</summary>
    private void ReadWords(ReadOnlySpan<char> text)
    {
        var reader = new WordHashReader(text);
        while (reader.Next(out var hash))
        {
            Word(hash);
        }
    }

    /// <summary>The key of each run of four words (letters only, lowercased, of two letters or more). The last four
    /// word hashes are kept in registers, oldest first, and mixed in that order.</summary>
    private static List<long> Keys(ReadOnlySpan<char> text, List<long> keys)
    {
        ulong first = 0, second = 0, third = 0, fourth = 0;
        var words = 0;
        var reader = new WordHashReader(text);
        while (reader.Next(out var hash))
        {
            first = second;
            second = third;
            third = fourth;
            fourth = hash;
            words++;
            if (words >= Length)
            {
                keys.Add((long)Mix(Mix(Mix(Mix(0, first), second), third), fourth));
            }
        }
        return keys;
    }

    /// <summary>Reads the words of two letters or more of a text, one hash each (letters only, lowercased, hashed as
    /// <see cref="WordIdTable"/> hashes them), without copying the text.</summary>
    private ref struct WordHashReader(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> text = text;
        private int position;

        public bool Next(out ulong hash)
        {
            hash = WordIdTable.Seed;
            var letters = 0;
            for (; position <= text.Length; position++)
            {
                if (position < text.Length && Lower(text[position]) is var lower and not '\0')
                {
                    hash = WordIdTable.Step(hash, lower);
                    letters++;
                    continue;
                }
                if (letters > 1)
                {
                    position++;
                    return true;
                }
                hash = WordIdTable.Seed;
                letters = 0;
            }
            return false;
        }
    }

    /// <summary>The lowercase of a letter (ASCII, or any letter by Unicode), or '\0' for a character of no word.</summary>
    internal static char Lower(char c)
    {
        if (c < 128)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? (char)(c | 0x20) : '\0';
        }
        return char.IsLetter(c) ? char.ToLowerInvariant(c) : '\0';
    }

    private static ulong Mix(ulong key, ulong word)
    {
        key = (key ^ word) * 0x9E3779B97F4A7C15UL;
        return key ^ (key >> 29);
    }
}
