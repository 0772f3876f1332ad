using System.Xml;

namespace PrecedentGraph.Rendering;

/// <summary>Draws the edges (box border to box border, arrowhead at the target, dash pattern and colour per
/// relation, a quote mark on quoted edges) and the legend of the built-in SVG.</summary>
internal static class SvgEdgePainter
{
    public static string MarkerId(ArrowStyle arrow, string color) =>
        "arrow-" + arrow.ToString().ToLowerInvariant() + "-" + color.TrimStart('#');

    public static void Write(XmlWriter svg, DiagramPlan plan, DiagramGeometry geometry, DiagramOptions options)
    {
        svg.WriteStartElement("g");
        svg.WriteAttributeString("class", "edges");
        svg.WriteAttributeString("fill", "none");
        foreach (var edge in plan.Edges)
        {
            if (edge.From == edge.To)
            {
                continue;
            }
            var from = geometry.Nodes[edge.From];
            var to = geometry.Nodes[edge.To];
            var horizontal = options.Layout == DiagramLayout.LeftToRight;
            var sameLayer = horizontal ? Math.Abs(from.CenterX - to.CenterX) < 0.5 : Math.Abs(from.CenterY - to.CenterY) < 0.5;
            var start = sameLayer ? Side(from, horizontal) : Clip(from, to.CenterX, to.CenterY);
            var end = sameLayer ? Side(to, horizontal) : Clip(to, from.CenterX, from.CenterY);
            if (edge.Reversed)
            {
                (start, end) = (end, start);
            }
            var style = RelationStyles.For(edge.Edge.Relation);
            var width = edge.Quoted ? style.Width * RelationStyles.QuotedWidthFactor : style.Width;
            svg.WriteStartElement("g");
            svg.WriteAttributeString("class", "edge");
            BuiltinSvgRenderer.Element(svg, "title", edge.Edge.Relation + (edge.Quoted ? " (quoted)" : ""));
            (double X, double Y)? control = null;
            if (sameLayer)
            {
                // Within a layer the edge bows out beside the boxes instead of crossing the ones between them.
                var bow = 24 + 0.15 * (horizontal ? Math.Abs(end.Y - start.Y) : Math.Abs(end.X - start.X));
                bow = Math.Min(bow, LayeredLayoutBuilder.LayerGap(options) * 1.6);
                control = horizontal
                    ? (Math.Max(start.X, end.X) + bow, (start.Y + end.Y) / 2)
                    : ((start.X + end.X) / 2, Math.Max(start.Y, end.Y) + bow);
            }
            Line(svg, start.X, start.Y, end.X, end.Y, style, width, options, control);
            if (edge.Quoted)
            {
                BuiltinSvgRenderer.Element(svg, "text", RelationStyles.QuotedMark, ("x", BuiltinSvgRenderer.N((start.X + end.X) / 2)),
                    ("y", BuiltinSvgRenderer.N((start.Y + end.Y) / 2 - 3)), ("font-size", "11"), ("fill", style.Color(options.Style)),
                    ("stroke", "none"), ("text-anchor", "middle"));
            }
            svg.WriteEndElement();
        }
        svg.WriteEndElement();
    }

    public static void WriteLegend(XmlWriter svg, DiagramPlan plan, DiagramGeometry geometry, DiagramOptions options)
    {
        var labels = GeometryFinisher.LegendLabels(plan);
        if (labels.Count == 0)
        {
            return;
        }
        var box = geometry.Legend;
        var font = LayeredLayoutBuilder.FontSize(options) - 1;
        svg.WriteStartElement("g");
        svg.WriteAttributeString("class", "legend");
        svg.WriteStartElement("rect");
        BuiltinSvgRenderer.Attributes(svg, ("x", BuiltinSvgRenderer.N(box.X)), ("y", BuiltinSvgRenderer.N(box.Y)), ("width", BuiltinSvgRenderer.N(box.Width)),
            ("height", BuiltinSvgRenderer.N(box.Height)), ("fill", "#ffffff"), ("stroke", "#808080"), ("stroke-width", "0.8"));
        svg.WriteEndElement();
        BuiltinSvgRenderer.Element(svg, "text", "Legend", ("x", BuiltinSvgRenderer.N(box.X + 8)), ("y", BuiltinSvgRenderer.N(box.Y + GeometryFinisher.LegendRowHeight)),
            ("font-size", BuiltinSvgRenderer.N(font + 1)), ("font-weight", "bold"));
        for (var i = 0; i < labels.Count; i++)
        {
            var quoted = plan.LegendQuoted && i == labels.Count - 1;
            var style = quoted ? RelationStyles.For(Graph.Relations.ReliesOn) : RelationStyles.For(labels[i]);
            var y = box.Y + (i + 2) * GeometryFinisher.LegendRowHeight - 4;
            var width = quoted ? style.Width * RelationStyles.QuotedWidthFactor : style.Width;
            Line(svg, box.X + 10, y, box.X + 10 + GeometryFinisher.LegendSampleWidth, y, style, width, options);
            BuiltinSvgRenderer.Element(svg, "text", labels[i], ("x", BuiltinSvgRenderer.N(box.X + GeometryFinisher.LegendSampleWidth + 20)),
                ("y", BuiltinSvgRenderer.N(y + font * 0.35)), ("font-size", BuiltinSvgRenderer.N(font)));
        }
        svg.WriteEndElement();
    }

    private static void Line(XmlWriter svg, double x1, double y1, double x2, double y2, RelationStyle style, double width, DiagramOptions options,
        (double X, double Y)? control = null)
    {
        var color = style.Color(options.Style);
        var middle = control is { } c ? $"Q{BuiltinSvgRenderer.N(c.X)},{BuiltinSvgRenderer.N(c.Y)} " : "L";
        svg.WriteStartElement("path");
        BuiltinSvgRenderer.Attributes(svg,
            ("d", $"M{BuiltinSvgRenderer.N(x1)},{BuiltinSvgRenderer.N(y1)} {middle}{BuiltinSvgRenderer.N(x2)},{BuiltinSvgRenderer.N(y2)}"),
            ("stroke", color), ("stroke-width", BuiltinSvgRenderer.N(width)), ("fill", "none"));
        switch (style.Line)
        {
            case LineStyle.Dashed:
                svg.WriteAttributeString("stroke-dasharray", "6 4");
                break;
            case LineStyle.Dotted:
                svg.WriteAttributeString("stroke-dasharray", "1.5 3");
                svg.WriteAttributeString("stroke-linecap", "round");
                break;
        }
        svg.WriteAttributeString("marker-end", "url(#" + MarkerId(style.Arrow, color) + ")");
        svg.WriteEndElement();
    }

    /// <summary>The middle of a box's far side across the layers (right in LR, bottom in TB).</summary>
    private static (double X, double Y) Side(LayoutBox box, bool horizontal) =>
        horizontal ? (box.Right, box.CenterY) : (box.CenterX, box.Bottom);

    /// <summary>Where the segment from the box's centre towards (x, y) leaves the box.</summary>
    private static (double X, double Y) Clip(LayoutBox box, double x, double y)
    {
        var dx = x - box.CenterX;
        var dy = y - box.CenterY;
        if (Math.Abs(dx) < 1e-9 && Math.Abs(dy) < 1e-9)
        {
            return (box.CenterX, box.CenterY);
        }
        var scale = Math.Min(
            Math.Abs(dx) < 1e-9 ? double.MaxValue : box.Width / 2 / Math.Abs(dx),
            Math.Abs(dy) < 1e-9 ? double.MaxValue : box.Height / 2 / Math.Abs(dy));
        scale = Math.Min(scale, 1);
        return (box.CenterX + dx * scale, box.CenterY + dy * scale);
    }
}
