using System.Text.RegularExpressions;

namespace PrecedentGraph.Segmentation;

/// <summary>Finds the header the crawl cut down to its first word: a line "MR." (normalized "mr.") directly followed
/// by an opinion's opening prose ("I join the opinion of the Court. A crucial factor ..."). The corpus has 312 lone
/// "MR." lines; 78 stand before prose (a separate opinion whose name was lost), the others before "Footnotes", a
/// footnote, a "took no part" line or the next header (a lost body, or debris) and open nothing.</summary>
internal static partial class LostHeaderFinder
{
    /// <summary>The shortest opening paragraph taken as prose (shorter lines are headings, captions or debris).</summary>
    private const int MinimumProse = 60;

    [GeneratedRegex(@"^mr\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoneTitle();

    // a quotation after "MR." is the rest of a name broken off a quoted passage, not an opinion's opening
    [GeneratedRegex(@"^\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex ProseStart();

    [GeneratedRegex(@"^(?:appendix|footnotes?\b|\[|(?:mr\.?\s*)?(?:the\s+)?(?:chief\s+)?justice\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotOpening();

    /// <summary>The headers without the lost ones that no line-up entry can name: a lost header takes its author from
    /// the next line-up entry no header names; without one it opens nothing (its text stays with the opinion before,
    /// whose citations an opinion without author would only lose).</summary>
    public static List<(int Paragraph, OpinionHeader Header)> KeepNameable(List<(int Paragraph, OpinionHeader Header)> headers, Lineup lineup)
    {
        if (!headers.Any(h => h.Header.AuthorLost))
        {
            return headers;
        }
        var named = new HashSet<string>(headers.Where(h => h.Header.Author is not null).Select(h => JusticeNames.Letters(h.Header.Author!)), StringComparer.Ordinal);
        var room = lineup.Entries.Count(e => e.Author is not null && !named.Contains(JusticeNames.Letters(e.Author)));
        var kept = new List<(int Paragraph, OpinionHeader Header)>(headers.Count);
        foreach (var header in headers)
        {
            if (header.Header.AuthorLost)
            {
                if (room == 0)
                {
                    continue;
                }
                room--;
            }
            kept.Add(header);
        }
        return kept;
    }

    /// <summary>True when paragraph <paramref name="index"/> is a lone "MR." before prose that opens an opinion.</summary>
    public static bool IsLostHeader(IReadOnlyList<string> texts, int index)
    {
        if (texts[index].Length > 3 || index + 1 >= texts.Count || !LoneTitle().IsMatch(texts[index]))
        {
            return false;
        }
        var next = texts[index + 1];
        return next.Length >= MinimumProse && ProseStart().IsMatch(next) && !NotOpening().IsMatch(next)
            && !FootnoteFinder.IsMarker(next);
    }
}
