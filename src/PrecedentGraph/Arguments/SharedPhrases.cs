using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Word sequences two passages share, as the former string-keyed version counted them. That version
/// keyed each sequence by its position alone (it joined the word list object, not its words), so what it counted
/// is the positions both passages reach past those reached by the third-longest paragraph; this reproduces that
/// count in constant time per comparison.</summary>
internal sealed class SharedPhrases
{
    public const int Length = 4;

    /// <summary>A sequence found in more paragraphs than this is a stock phrase.</summary>
    private const int MaximumParagraphs = 2;

    private readonly Dictionary<int, int> positions = [];
    private readonly int common;

    public SharedPhrases(SourceDocument document, IEnumerable<Paragraph> paragraphs)
    {
        var all = new List<int>();
        foreach (var paragraph in paragraphs)
        {
            var count = Positions(document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length));
            all.Add(count);
            positions.TryAdd(paragraph.Index, count);
        }
        all.Sort();
        common = all.Count > MaximumParagraphs ? all[^(MaximumParagraphs + 1)] : 0;
    }

    /// <summary>The sequence positions of a passage: its words of two letters or more, less three.</summary>
    public static int Positions(ReadOnlySpan<char> text)
    {
        var words = 0;
        var run = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                run++;
                continue;
            }
            if (run > 1)
            {
                words++;
            }
            run = 0;
        }
        return Math.Max(0, words - Length + 1);
    }

    /// <summary>How many "distinctive sequences" the passage shares with the paragraph.</summary>
    public int Count(int passagePositions, int paragraph) =>
        positions.TryGetValue(paragraph, out var count) ? Math.Max(0, Math.Min(passagePositions, count) - common) : 0;
}
