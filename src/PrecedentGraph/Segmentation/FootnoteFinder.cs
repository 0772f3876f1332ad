using System.Text.RegularExpressions;

namespace PrecedentGraph.Segmentation;

/// <summary>Finds the footnotes of an opinion in the FindLaw layout: a "Footnotes" heading and "Footnote N" /
/// "[ Footnote N ] ..." lines after the opinion's body (normalized: "footnotes", "footnote ...").</summary>
internal static partial class FootnoteFinder
{
    [GeneratedRegex(@"^\s*(?:\[\s*footnote\b|footnotes?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkerPattern();

    private static readonly Regex Marker = MarkerPattern();

    [GeneratedRegex(@"^\s*footnotes\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPattern();

    private static readonly Regex Heading = HeadingPattern();

    public static bool IsMarker(string paragraph) => Marker.IsMatch(paragraph);

    /// <summary>The "Footnotes" heading over a block of footnotes.</summary>
    public static bool IsHeading(string paragraph) => Heading.IsMatch(paragraph);

    /// <summary>For the paragraphs <paramref name="first"/>..<paramref name="last"/> of one opinion, which are footnotes:
    /// the marked lines, and everything from the "Footnotes" heading (or from the first marker after which marked lines
    /// are at least 40% of what follows: a footnote's second paragraph carries no marker) to the end.</summary>
    public static bool[] Flag(IReadOnlyList<string> texts, int first, int last)
    {
        var count = last - first + 1;
        var flags = new bool[Math.Max(count, 0)];
        if (count <= 0)
        {
            return flags;
        }
        var markers = new bool[count];
        var suffix = new int[count + 1];
        for (var i = count - 1; i >= 0; i--)
        {
            markers[i] = IsMarker(texts[first + i]);
            suffix[i] = suffix[i + 1] + (markers[i] ? 1 : 0);
        }
        var regionStart = count;
        for (var i = 0; i < count; i++)
        {
            if (markers[i] && (Heading.IsMatch(texts[first + i]) || suffix[i] * 10 >= (count - i) * 4) && i > 0)
            {
                regionStart = i;
                break;
            }
        }
        for (var i = 0; i < count; i++)
        {
            flags[i] = markers[i] || i >= regionStart;
        }
        return flags;
    }
}
