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
        var router = new EdgeRouter(plan, geometry, options);
        svg.WriteStartElement("g");
        svg.WriteAttributeString("class", "edges");
        svg.WriteAttributeString("fill", "none");
        foreach (var edge in plan.Edges)
        {
            if (edge.From == edge.To)
            {
                continue;
            }
            var (path, middleX, middleY) = router.Route(edge);
            var style = RelationStyles.For(edge.Edge.Relation);
            var width = edge.Quoted ? style.Width * RelationStyles.QuotedWidthFactor : style.Width;
            svg.WriteStartElement("g");
            svg.WriteAttributeString("class", "edge");
            BuiltinSvgRenderer.Element(svg, "title", edge.Edge.Relation + (edge.Quoted ? " (quoted)" : ""));
            Path(svg, path, style, width, options);
            if (edge.Quoted)
            {
                BuiltinSvgRenderer.Element(svg, "text", RelationStyles.QuotedMark, ("x", BuiltinSvgRenderer.N(middleX)),
                    ("y", BuiltinSvgRenderer.N(middleY - 3)), ("font-size", "11"), ("fill", style.Color(options.Style)),
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

    private static void Line(XmlWriter svg, double x1, double y1, double x2, double y2, RelationStyle style, double width, DiagramOptions options) =>
        Path(svg, $"M{BuiltinSvgRenderer.N(x1)},{BuiltinSvgRenderer.N(y1)} L{BuiltinSvgRenderer.N(x2)},{BuiltinSvgRenderer.N(y2)}", style, width, options);

    private static void Path(XmlWriter svg, string data, RelationStyle style, double width, DiagramOptions options)
    {
        var color = style.Color(options.Style);
        svg.WriteStartElement("path");
        BuiltinSvgRenderer.Attributes(svg, ("d", data), ("stroke", color), ("stroke-width", BuiltinSvgRenderer.N(width)), ("fill", "none"));
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
}
