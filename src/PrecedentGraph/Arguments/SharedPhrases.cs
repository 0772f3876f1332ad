using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Word sequences two passages share: a separate opinion quotes the words of the claim it answers
/// ("a passably clever plaintiff"), and normalized text keeps the words though it drops the quotation marks.
/// Only sequences distinctive of one or two paragraphs count, so stock phrases of the field do not. Only the
/// sequences of the passages that will be compared (the references' windows) are tracked through the decision's
/// paragraphs, each sequence keyed by a 64-bit hash of its lowercase words, so one pass reads the decision.</summary>
internal sealed class SharedPhrases
{
    public const int Length = 4;

    /// <summary>A sequence found in more paragraphs than this is a stock phrase.</summary>
    private const int MaximumParagraphs = 2;

    private readonly Dictionary<long, int> paragraphCounts = [];

    private readonly Dictionary<int, HashSet<long>> byParagraph = [];

    /// <param name="passages">The passages whose sequences will be looked for (others are never counted).</param>
    public SharedPhrases(SourceDocument document, IEnumerable<Paragraph> paragraphs, IEnumerable<string> passages)
    {
        foreach (var passage in passages)
        {
            foreach (var key in Keys(passage, []))
            {
                paragraphCounts.TryAdd(key, 0);
            }
        }
        if (paragraphCounts.Count == 0)
        {
            return;
        }
        // a bit per hash bucket of the passages' sequences (about 32 bits per sequence): most sequences of the
        // decision are in no passage, and one bit test tells so without a dictionary lookup
        var filter = new ulong[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, paragraphCounts.Count / 2))];
        var mask = filter.Length - 1;
        foreach (var key in paragraphCounts.Keys)
        {
            filter[(int)((ulong)key >> 6) & mask] |= 1UL << (int)(key & 63);
        }
        var keys = new List<long>();
        foreach (var paragraph in paragraphs)
        {
            HashSet<long>? found = null;
            keys.Clear();
            Keys(document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length), keys);
            foreach (var key in keys)
            {
                if ((filter[(int)((ulong)key >> 6) & mask] & (1UL << (int)(key & 63))) != 0
                    && paragraphCounts.ContainsKey(key) && (found ??= []).Add(key))
                {
                    paragraphCounts[key]++;
                }
            }
            if (found is not null)
            {
                byParagraph.TryAdd(paragraph.Index, found);
            }
        }
    }

    /// <summary>The word sequences of a passage.</summary>
    public HashSet<long> Grams(string text) => [.. Keys(text, [])];

    /// <summary>How many distinctive sequences the passage shares with the paragraph.</summary>
    public int Count(HashSet<long> passage, int paragraph)
    {
        if (passage.Count == 0 || !byParagraph.TryGetValue(paragraph, out var grams))
        {
            return 0;
        }
        var count = 0;
        foreach (var gram in passage)
        {
            if (grams.Contains(gram) && paragraphCounts.GetValueOrDefault(gram) <= MaximumParagraphs)
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The key of each run of four words (letters only, lowercased, of two letters or more). The last four
    /// word hashes are kept in registers, oldest first, and mixed in that order.</summary>
    private static List<long> Keys(ReadOnlySpan<char> text, List<long> keys)
    {
        const ulong Seed = 14695981039346656037UL;
        ulong first = 0, second = 0, third = 0, fourth = 0;
        var words = 0;
        var hash = Seed;
        var letters = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length)
            {
                var c = text[i];
                if (c < 128)
                {
                    if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                    {
                        hash = (hash ^ (uint)(c | 0x20)) * 1099511628211UL;
                        letters++;
                        continue;
                    }
                }
                else if (char.IsLetter(c))
                {
                    hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                    letters++;
                    continue;
                }
            }
            if (letters > 1)
            {
                first = second;
                second = third;
                third = fourth;
                fourth = hash;
                words++;
                if (words >= Length)
                {
                    var key = Mix(Mix(Mix(Mix(0, first), second), third), fourth);
                    keys.Add((long)key);
                }
            }
            hash = Seed;
            letters = 0;
        }
        return keys;
    }

    private static ulong Mix(ulong key, ulong word)
    {
        key = (key ^ word) * 0x9E3779B97F4A7C15UL;
        return key ^ (key >> 29);
    }
}
