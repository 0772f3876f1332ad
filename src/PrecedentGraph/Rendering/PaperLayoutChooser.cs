using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>Keeps the paper style readable in print. A paper diagram is drawn 160 mm wide (the text column of
/// an A4 page with 25 mm margins), so its text shrinks as the drawing widens and its height follows its shape.
/// The chooser tries, in order, the requested direction with the options' line width, the same direction with
/// wider lines (<see cref="WideWrapWidth"/>: fewer lines per box, a shorter figure) when the figure is at most
/// half a page too tall, and then the other direction (unless the requested one is readable but
/// pages long); it takes the first that prints text of
/// <see cref="MinimumTextPoints"/> or more on one text block (160 × 247 mm), else the first that prints such
/// text at all, else the one with the largest text.</summary>
public static class PaperLayoutChooser
{
    /// <summary>The printed width of a paper diagram.</summary>
    public const double ColumnWidthMillimetres = 160;

    /// <summary>The height of an A4 page's text block (297 mm less 25 mm margins).</summary>
    public const double PageHeightMillimetres = 247;

    public const double MinimumTextPoints = 8;

    public const int WideWrapWidth = 24;

    private const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>The smallest printed text size, in points, of a paper drawing this wide (in SVG units).</summary>
    public static double SmallestTextPoints(DiagramGeometry geometry, DiagramOptions options) =>
        SmallestFontSize(options) * ColumnWidthMillimetres * PointsPerMillimetre / Math.Max(1, geometry.Width);

    /// <summary>The printed height of a paper drawing at the column width.</summary>
    public static double HeightMillimetres(DiagramGeometry geometry) => geometry.Height * ColumnWidthMillimetres / Math.Max(1, geometry.Width);

    /// <summary>The smallest font size the built-in renderer uses (cluster labels and the legend).</summary>
    public static double SmallestFontSize(DiagramOptions options) => LayeredLayoutBuilder.FontSize(options) - 1;

    /// <summary>The plan, options and layout to draw with: as given for the screen style; for paper, the first
    /// candidate that is readable on one page (see the type's summary).</summary>
    public static (DiagramPlan Plan, DiagramOptions Options, DiagramGeometry Geometry) Choose(DecisionGraph graph, DiagramOptions options)
    {
        var first = Lay(graph, options);
        if (options.Style != DiagramStyle.Paper || Fits(first))
        {
            return first;
        }
        var tried = new List<(DiagramPlan Plan, DiagramOptions Options, DiagramGeometry Geometry)> { first };
        var other = options with { Layout = options.Layout == DiagramLayout.LeftToRight ? DiagramLayout.TopToBottom : DiagramLayout.LeftToRight };
        foreach (var candidate in new[] { options, other })
        {
            if (candidate == other && Readable(first) && HeightMillimetres(first.Geometry) > 1.5 * PageHeightMillimetres)
            {
                break; // readable but pages long: turning it would not bring it onto one page
            }
            var narrow = candidate == options ? first : Lay(graph, candidate);
            if (!ReferenceEquals(narrow.Plan, first.Plan))
            {
                tried.Add(narrow);
            }
            if (Fits(narrow))
            {
                return narrow;
            }
            if (candidate.PaperWrapWidth < WideWrapWidth && HeightMillimetres(narrow.Geometry) <= 1.5 * PageHeightMillimetres)
            {
                var wide = Lay(graph, candidate with { PaperWrapWidth = WideWrapWidth });
                tried.Add(wide);
                if (Fits(wide))
                {
                    return wide;
                }
            }
        }
        var readable = tried.FirstOrDefault(Readable);
        return readable.Plan is not null ? readable : tried.MaxBy(t => SmallestTextPoints(t.Geometry, t.Options));
    }

    private static (DiagramPlan Plan, DiagramOptions Options, DiagramGeometry Geometry) Lay(DecisionGraph graph, DiagramOptions options)
    {
        var plan = DiagramPlanner.Plan(graph, options);
        return (plan, options, LayeredLayoutBuilder.Build(plan, options));
    }

    private static bool Readable((DiagramPlan Plan, DiagramOptions Options, DiagramGeometry Geometry) candidate) =>
        SmallestTextPoints(candidate.Geometry, candidate.Options) >= MinimumTextPoints;

    private static bool Fits((DiagramPlan Plan, DiagramOptions Options, DiagramGeometry Geometry) candidate) =>
        Readable(candidate) && HeightMillimetres(candidate.Geometry) <= PageHeightMillimetres;
}
