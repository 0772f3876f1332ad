using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Word sequences two passages share: a separate opinion quotes the words of the claim it answers
/// ("a passably clever plaintiff"), and normalized text keeps the words though it drops the quotation marks.
/// Only sequences distinctive of one or two paragraphs count, so stock phrases of the field do not. Words are
/// interned once per decision and each paragraph's sequences are kept, so a passage is compared with many
/// paragraphs at the cost of one lookup per sequence.</summary>
internal sealed class SharedPhrases
{
    public const int Length = 4;

    /// <summary>A sequence found in more paragraphs than this is a stock phrase.</summary>
    private const int MaximumParagraphs = 2;

    private readonly Dictionary<string, int> words = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, int, int, int), int> paragraphCounts = [];
    private readonly Dictionary<int, HashSet<(int, int, int, int)>> byParagraph = [];

    public SharedPhrases(SourceDocument document, IEnumerable<Paragraph> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            var grams = Grams(document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length), intern: true);
            foreach (var gram in grams)
            {
                paragraphCounts[gram] = paragraphCounts.GetValueOrDefault(gram) + 1;
            }
            byParagraph.TryAdd(paragraph.Index, grams);
        }
    }

    /// <summary>The word sequences of a passage (sequences with a word no paragraph holds are left out: they
    /// can match none).</summary>
    public HashSet<(int, int, int, int)> Grams(string text) => Grams(text, intern: false);

    /// <summary>How many distinctive sequences the passage shares with the paragraph.</summary>
    public int Count(HashSet<(int, int, int, int)> passage, int paragraph)
    {
        if (!byParagraph.TryGetValue(paragraph, out var grams))
        {
            return 0;
        }
        var (small, large) = passage.Count <= grams.Count ? (passage, grams) : (grams, passage);
        var count = 0;
        foreach (var gram in small)
        {
            if (large.Contains(gram) && paragraphCounts.GetValueOrDefault(gram) <= MaximumParagraphs)
            {
                count++;
            }
        }
        return count;
    }

    private HashSet<(int, int, int, int)> Grams(ReadOnlySpan<char> text, bool intern)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var ids = new List<int>();
        Span<char> small = stackalloc char[64];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var length = i - start;
                if (length > 1)
                {
                    var word = length <= small.Length ? small[..length] : new char[length];
                    for (var k = 0; k < length; k++)
                    {
                        word[k] = char.ToLowerInvariant(text[start + k]);
                    }
                    if (!lookup.TryGetValue(word, out var id))
                    {
                        id = intern ? words.Count : -1;
                        if (intern)
                        {
                            words[word.ToString()] = id;
                        }
                    }
                    ids.Add(id);
                }
                start = -1;
            }
        }
        var grams = new HashSet<(int, int, int, int)>();
        for (var i = 0; i + Length <= ids.Count; i++)
        {
            if (ids[i] >= 0 && ids[i + 1] >= 0 && ids[i + 2] >= 0 && ids[i + 3] >= 0)
            {
                grams.Add((ids[i], ids[i + 1], ids[i + 2], ids[i + 3]));
            }
        }
        return grams;
    }
}
