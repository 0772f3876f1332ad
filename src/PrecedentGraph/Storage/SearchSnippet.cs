using System.Text;

namespace PrecedentGraph.Storage;

/// <summary>A short window of a paragraph around the first searched word, each searched word in [brackets].</summary>
internal static class SearchSnippet
{
    private const int Before = 80;
    private const int After = 160;

    public static string Make(string paragraph, IReadOnlyList<string> words)
    {
        var first = paragraph.Length;
        foreach (var word in words)
        {
            var at = Find(paragraph, word, 0);
            if (at >= 0 && at < first)
            {
                first = at;
            }
        }
        if (first == paragraph.Length)
        {
            first = 0;
        }
        var start = Math.Max(0, first - Before);
        var end = Math.Min(paragraph.Length, first + After);
        var builder = new StringBuilder();
        if (start > 0)
        {
            builder.Append("...");
        }
        var position = start;
        while (position < end)
        {
            var (at, length) = Next(paragraph, words, position, end);
            if (at < 0)
            {
                builder.Append(paragraph, position, end - position);
                break;
            }
            builder.Append(paragraph, position, at - position).Append('[').Append(paragraph, at, length).Append(']');
            position = at + length;
        }
        if (end < paragraph.Length)
        {
            builder.Append("...");
        }
        return Graph.GraphBuilder.Clean(builder.ToString());
    }

    private static (int At, int Length) Next(string text, IReadOnlyList<string> words, int from, int end)
    {
        var best = (-1, 0);
        foreach (var word in words)
        {
            var at = Find(text, word, from);
            if (at >= 0 && at + word.Length <= end && (best.Item1 < 0 || at < best.Item1))
            {
                best = (at, word.Length);
            }
        }
        return best;
    }

    /// <summary>The word as a whole word, ignoring case.</summary>
    private static int Find(string text, string word, int from)
    {
        while (from <= text.Length - word.Length)
        {
            var at = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (before && after)
            {
                return at;
            }
            from = at + 1;
        }
        return -1;
    }
}
