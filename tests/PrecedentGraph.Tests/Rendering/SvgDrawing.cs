using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Rendering;

/// <summary>What a built-in SVG draws, read back from its markup: node boxes (with their text lines), edge
/// paths flattened to polylines, the text sizes and the physical size, for tests of print size and routing.</summary>
internal sealed class SvgDrawing
{
    private const double PointsPerMillimetre = 72 / 25.4;

    private SvgDrawing(XDocument document)
    {
        Document = document;
        var root = document.Root!;
        var viewBox = root.Attribute("viewBox")!.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Number).ToArray();
        ViewBoxWidth = viewBox[2];
        ViewBoxHeight = viewBox[3];
        WidthAttribute = root.Attribute("width")?.Value ?? "";
        HeightAttribute = root.Attribute("height")?.Value ?? "";
        foreach (var group in document.Descendants().Where(e => e.Name.LocalName == "g" && e.Attribute("id") is not null))
        {
            var rect = group.Elements().First(e => e.Name.LocalName == "rect");
            var box = new LayoutBox(Number(rect, "x"), Number(rect, "y"), Number(rect, "width"), Number(rect, "height"));
            var lines = group.Elements().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
            Nodes.Add((group.Attribute("id")!.Value, box, lines));
        }
        foreach (var edge in document.Descendants().Where(e => e.Attribute("class")?.Value == "edge"))
        {
            Edges.Add(Flatten(edge.Elements().First(e => e.Name.LocalName == "path").Attribute("d")!.Value));
        }
    }

    public XDocument Document { get; }

    public double ViewBoxWidth { get; }

    public double ViewBoxHeight { get; }

    public string WidthAttribute { get; }

    public string HeightAttribute { get; }

    public List<(string Id, LayoutBox Box, List<string> Lines)> Nodes { get; } = [];

    public List<List<(double X, double Y)>> Edges { get; } = [];

    public bool HasLegend => Document.Descendants().Any(e => e.Attribute("class")?.Value == "legend" && e.Descendants().Any(t => t.Name.LocalName == "text"));

    public static SvgDrawing Parse(string svg) => new(XDocument.Parse(svg));

    /// <summary>Printed points per SVG unit: from a width in mm, or (no unit, CSS px at 100 %) 0.75 pt per px.</summary>
    public double PointsPerUnit => WidthAttribute.EndsWith("mm", StringComparison.Ordinal)
        ? Number(WidthAttribute[..^2]) * PointsPerMillimetre / ViewBoxWidth
        : Number(WidthAttribute.Length == 0 ? ViewBoxWidth.ToString(CultureInfo.InvariantCulture) : WidthAttribute) * 0.75 / ViewBoxWidth;

    public double WidthMillimetres => ViewBoxWidth * PointsPerUnit / PointsPerMillimetre;

    public double HeightMillimetres => ViewBoxHeight * PointsPerUnit / PointsPerMillimetre;

    /// <summary>The smallest font size of any drawn text, in SVG units (inherited from the nearest ancestor).</summary>
    public double SmallestFontSize => Document.Descendants().Where(e => e.Name.LocalName == "text" && e.Value.Trim().Length > 0)
        .Min(e => Number(e.AncestorsAndSelf().Select(a => a.Attribute("font-size")?.Value).First(v => v is not null)!));

    public double SmallestTextPoints => SmallestFontSize * PointsPerUnit;

    /// <summary>Edges that pass through the inside of a node box other than the boxes they start and end at.</summary>
    public List<(int Edge, string Node)> EdgesThroughBoxes()
    {
        var result = new List<(int, string)>();
        for (var i = 0; i < Edges.Count; i++)
        {
            var points = Edges[i];
            var ends = new[] { points[0], points[^1] };
            foreach (var (id, box, _) in Nodes)
            {
                var inner = box.Inflate(-1.5);
                if (ends.Any(p => box.Inflate(3).Contains(p)))
                {
                    continue; // an endpoint's own box (the arrowhead's tip stops at its border)
                }
                if (points.Zip(points.Skip(1)).Any(s => Crosses(s.First, s.Second, inner)))
                {
                    result.Add((i, id));
                }
            }
        }
        return result;
    }

    private static bool Crosses((double X, double Y) a, (double X, double Y) b, LayoutBox box)
    {
        for (var t = 0; t <= 8; t++)
        {
            var p = (a.X + (b.X - a.X) * t / 8, a.Y + (b.Y - a.Y) * t / 8);
            if (box.Contains(p))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The path as a polyline: M, L, C and Q commands with absolute coordinates, curves sampled.</summary>
    private static List<(double X, double Y)> Flatten(string path)
    {
        var points = new List<(double X, double Y)>();
        foreach (Match command in Regex.Matches(path, @"([MLCQ])([^MLCQ]*)"))
        {
            var numbers = Regex.Matches(command.Groups[2].Value, @"-?[0-9]+(?:\.[0-9]+)?").Select(m => Number(m.Value)).ToList();
            var given = Enumerable.Range(0, numbers.Count / 2).Select(i => (X: numbers[2 * i], Y: numbers[2 * i + 1])).ToList();
            switch (command.Groups[1].Value)
            {
                case "M":
                case "L":
                    points.AddRange(given);
                    break;
                case "C":
                    var p0 = points[^1];
                    for (var s = 1; s <= 16; s++)
                    {
                        var t = s / 16.0;
                        var u = 1 - t;
                        points.Add((u * u * u * p0.X + 3 * u * u * t * given[0].X + 3 * u * t * t * given[1].X + t * t * t * given[2].X,
                            u * u * u * p0.Y + 3 * u * u * t * given[0].Y + 3 * u * t * t * given[1].Y + t * t * t * given[2].Y));
                    }
                    break;
                case "Q":
                    var q0 = points[^1];
                    for (var s = 1; s <= 16; s++)
                    {
                        var t = s / 16.0;
                        var u = 1 - t;
                        points.Add((u * u * q0.X + 2 * u * t * given[0].X + t * t * given[1].X, u * u * q0.Y + 2 * u * t * given[0].Y + t * t * given[1].Y));
                    }
                    break;
            }
        }
        return points;
    }

    private static double Number(XElement element, string attribute) => Number(element.Attribute(attribute)!.Value);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
