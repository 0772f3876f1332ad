namespace PrecedentGraph.Rendering;

/// <summary>Keeps the paper style readable in print. A paper diagram is drawn 160 mm wide (the text column of
/// an A4 page with 25 mm margins), so its text shrinks as the drawing widens; when the requested layer
/// direction would print text under <see cref="MinimumTextPoints"/> and the other direction prints it larger,
/// the other direction is used (a top-to-bottom drawing of many cited cases is a wide row; left to right it is
/// a tall column, read at full size).</summary>
public static class PaperLayoutChooser
{
    /// <summary>The printed width of a paper diagram.</summary>
    public const double ColumnWidthMillimetres = 160;

    public const double MinimumTextPoints = 8;

    private const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>The smallest printed text size, in points, of a paper drawing this wide (in SVG units).</summary>
    public static double SmallestTextPoints(DiagramGeometry geometry, DiagramOptions options) =>
        SmallestFontSize(options) * ColumnWidthMillimetres * PointsPerMillimetre / Math.Max(1, geometry.Width);

    /// <summary>The smallest font size the built-in renderer uses (cluster labels and the legend).</summary>
    public static double SmallestFontSize(DiagramOptions options) => LayeredLayoutBuilder.FontSize(options) - 1;

    /// <summary>The options and layout to draw with: as given for the screen style, or for paper when the text
    /// prints at 8 pt or more; else the direction that prints the larger text.</summary>
    public static (DiagramOptions Options, DiagramGeometry Geometry) Choose(DiagramPlan plan, DiagramOptions options)
    {
        var geometry = LayeredLayoutBuilder.Build(plan, options);
        if (options.Style != DiagramStyle.Paper || SmallestTextPoints(geometry, options) >= MinimumTextPoints)
        {
            return (options, geometry);
        }
        var other = options with
        {
            Layout = options.Layout == DiagramLayout.LeftToRight ? DiagramLayout.TopToBottom : DiagramLayout.LeftToRight,
        };
        var otherGeometry = LayeredLayoutBuilder.Build(plan, other);
        return SmallestTextPoints(otherGeometry, other) > SmallestTextPoints(geometry, options) ? (other, otherGeometry) : (options, geometry);
    }
}
