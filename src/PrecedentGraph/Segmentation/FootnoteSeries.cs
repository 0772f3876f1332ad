using System.Text.RegularExpressions;

namespace PrecedentGraph.Segmentation;

/// <summary>One run of footnotes in a footnote block: paragraphs <see cref="First"/>..<see cref="Last"/>, numbered
/// 1..<see cref="Count"/> (0 when the numbers are unknown, as in normalized text), or a "*" series.</summary>
internal sealed partial record FootnoteSeries(int First, int Last, int Count, bool Starred)
{
    /// <summary>Splits the footnote paragraphs <paramref name="first"/>..<paramref name="last"/> into series: a
    /// "Footnotes" heading starts one, and so does a "[ Footnote 1 ]" after a numbered footnote or a "*" footnote after
    /// numbered ones. Numbers that break the run ("[ Footnote 395 ] U. S., at 790", a cite the crawl took for a marker)
    /// stay inside the series.</summary>
    public static List<FootnoteSeries> Split(IReadOnlyList<string> texts, int first, int last)
    {
        var series = new List<FootnoteSeries>();
        var start = first;
        var count = 0;
        var numbered = false;
        var starred = false;
        var marked = false;
        for (var i = first; i <= last; i++)
        {
            var text = texts[i];
            var heading = FootnoteFinder.IsHeading(text);
            var label = heading ? null : Label.Match(text) is { Success: true } m ? m.Groups["label"].Value : null;
            var star = label is not null && !char.IsDigit(label[0]);
            var restart = marked && (heading
                || label == "1" && (numbered || starred)
                || star && (numbered || starred && label!.Length == 1));
            if (restart)
            {
                series.Add(new FootnoteSeries(start, i - 1, count, starred && !numbered));
                start = i;
                count = 0;
                numbered = starred = marked = false;
            }
            if (heading)
            {
                continue;
            }
            marked |= FootnoteFinder.IsMarker(text);
            if (label is null)
            {
                continue;
            }
            if (star)
            {
                starred = true;
            }
            else
            {
                numbered = true;
                count = int.Parse(label, System.Globalization.CultureInfo.InvariantCulture) == count + 1 ? count + 1 : count;
            }
        }
        if (marked)
        {
            series.Add(new FootnoteSeries(start, last, count, starred && !numbered));
        }
        return series;
    }

    [GeneratedRegex(@"^\s*\[?\s*footnote\s+(?<label>[0-9]{1,3}\b|\*{1,4}|\u2020{1,4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    private static readonly Regex Label = LabelPattern();
}
