using System.Text;
using System.Xml;
using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>Draws a diagram as SVG without Graphviz, on <see cref="LayeredLayoutBuilder"/>'s layout: boxes sized
/// to their text, opinion clusters, styled edges with arrowheads, a legend, a title and a description.
/// Safe to publish: no script, event attributes, foreignObject or external references; all text escaped
/// by the XML writer; invariant numbers; a viewBox so it scales.</summary>
public static class BuiltinSvgRenderer
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    /// <summary>Plans, lays out and draws the graph; in the paper style the layer direction and line width may
    /// change so that text prints at 8 pt or more, on one page where it can (<see cref="PaperLayoutChooser"/>).</summary>
    public static string Render(DecisionGraph graph, DiagramOptions? options = null)
    {
        options ??= DiagramOptions.Default;
        var (plan, chosen, geometry) = PaperLayoutChooser.Choose(graph, options);
        return Render(plan, geometry, chosen);
    }

    public static string Render(DiagramPlan plan, DiagramGeometry geometry, DiagramOptions options)
    {
        var paper = options.Style == DiagramStyle.Paper;
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = " ", NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var svg = XmlWriter.Create(stream, settings))
        {
            svg.WriteStartDocument();
            svg.WriteStartElement("svg", SvgNamespace);
            svg.WriteAttributeString("version", "1.1");
            svg.WriteAttributeString("viewBox", $"0 0 {N(geometry.Width)} {N(geometry.Height)}");
            if (paper)
            {
                // Printed at the width of an A4 text column; the viewBox keeps the drawing's own units.
                var width = PaperLayoutChooser.ColumnWidthMillimetres;
                svg.WriteAttributeString("width", N(width) + "mm");
                svg.WriteAttributeString("height", N(geometry.Height * width / geometry.Width) + "mm");
            }
            else
            {
                svg.WriteAttributeString("width", N(geometry.Width));
                svg.WriteAttributeString("height", N(geometry.Height));
            }
            svg.WriteAttributeString("role", "img");
            svg.WriteAttributeString("aria-labelledby", "title desc");
            // Metric-compatible free fonts (Liberation, Nimbus) keep the text inside its box where the classics are missing.
            svg.WriteAttributeString("font-family", paper
                ? "'Times New Roman', Times, 'Liberation Serif', 'Nimbus Roman', serif"
                : "Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', sans-serif");
            svg.WriteAttributeString("font-size", N(LayeredLayoutBuilder.FontSize(options)));
            Element(svg, "title", plan.Title.Length == 0 ? "Precedent graph" : plan.Title, ("id", "title"));
            Element(svg, "desc", plan.Description, ("id", "desc"));
            WriteMarkers(svg, plan, options);
            svg.WriteStartElement("rect");
            Attributes(svg, ("x", "0"), ("y", "0"), ("width", N(geometry.Width)), ("height", N(geometry.Height)), ("fill", "#ffffff"));
            svg.WriteEndElement();

            var titleLines = GeometryFinisher.TitleLines(plan);
            for (var i = 0; i < titleLines.Count; i++)
            {
                Element(svg, "text", titleLines[i], ("x", N(LayeredLayoutBuilder.Margin)), ("y", N(LayeredLayoutBuilder.Margin + (i + 1) * GeometryFinisher.TitleFontSize * 1.3 - 4)),
                    ("font-size", N(GeometryFinisher.TitleFontSize)), ("font-weight", "bold"));
            }
            WriteClusters(svg, plan, geometry, options);
            SvgEdgePainter.Write(svg, plan, geometry, options);
            WriteNodes(svg, plan, geometry, options);
            SvgEdgePainter.WriteLegend(svg, plan, geometry, options);
            svg.WriteEndElement();
            svg.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteMarkers(XmlWriter svg, DiagramPlan plan, DiagramOptions options)
    {
        var markers = plan.Edges.Select(e => RelationStyles.For(e.Edge.Relation))
            .Concat(plan.LegendRelations.Select(RelationStyles.For))
            .Append(RelationStyles.For(Relations.ReliesOn))
            .Select(s => (s.Arrow, Color: s.Color(options.Style)))
            .Distinct()
            .OrderBy(m => SvgEdgePainter.MarkerId(m.Arrow, m.Color), StringComparer.Ordinal)
            .ToList();
        svg.WriteStartElement("defs");
        foreach (var (arrow, color) in markers)
        {
            svg.WriteStartElement("marker");
            Attributes(svg, ("id", SvgEdgePainter.MarkerId(arrow, color)), ("viewBox", "0 0 10 10"), ("refX", "10"), ("refY", "5"),
                ("markerWidth", "9"), ("markerHeight", "9"), ("markerUnits", "userSpaceOnUse"), ("orient", "auto"));
            svg.WriteStartElement("path");
            switch (arrow)
            {
                case ArrowStyle.Tee:
                    Attributes(svg, ("d", "M0,0 L10,5 L0,10 z M7,0 L10,0 L10,10 L7,10 z"), ("fill", color));
                    break;
                case ArrowStyle.Empty:
                    Attributes(svg, ("d", "M1,1 L10,5 L1,9 z"), ("fill", "#ffffff"), ("stroke", color), ("stroke-width", "1.2"));
                    break;
                default:
                    Attributes(svg, ("d", "M0,0 L10,5 L0,10 z"), ("fill", color));
                    break;
            }
            svg.WriteEndElement();
            svg.WriteEndElement();
        }
        svg.WriteEndElement();
    }

    private static void WriteClusters(XmlWriter svg, DiagramPlan plan, DiagramGeometry geometry, DiagramOptions options)
    {
        var paper = options.Style == DiagramStyle.Paper;
        var font = LayeredLayoutBuilder.FontSize(options) - 1;
        svg.WriteStartElement("g");
        svg.WriteAttributeString("class", "clusters");
        for (var i = 0; i < plan.Clusters.Count; i++)
        {
            var box = geometry.Clusters[i];
            if (box.Width <= 0)
            {
                continue;
            }
            svg.WriteStartElement("rect");
            Attributes(svg, ("x", N(box.X)), ("y", N(box.Y)), ("width", N(box.Width)), ("height", N(box.Height)), ("rx", "6"),
                ("fill", paper ? "#ffffff" : "#f4f8fd"), ("stroke", paper ? "#000000" : "#9db4d6"), ("stroke-width", "1"));
            svg.WriteEndElement();
            var lines = plan.Clusters[i].Lines;
            for (var j = 0; j < lines.Count; j++)
            {
                Element(svg, "text", lines[j], ("x", N(box.X + LayeredLayoutBuilder.ClusterPad)), ("y", N(box.Y + (j + 1) * font * 1.25)),
                    ("font-size", N(font)), ("font-style", "italic"));
            }
        }
        svg.WriteEndElement();
    }

    private static void WriteNodes(XmlWriter svg, DiagramPlan plan, DiagramGeometry geometry, DiagramOptions options)
    {
        var font = LayeredLayoutBuilder.FontSize(options);
        var lineHeight = LayeredLayoutBuilder.LineHeight(options);
        svg.WriteStartElement("g");
        svg.WriteAttributeString("class", "nodes");
        foreach (var node in plan.Nodes)
        {
            var box = geometry.Nodes[node.Id];
            var style = NodeStyles.For(node.Node.Kind);
            svg.WriteStartElement("g");
            Attributes(svg, ("id", node.Id), ("class", Relations.Name(node.Node.Kind)));
            Element(svg, "title", node.FullLabel);
            svg.WriteStartElement("rect");
            Attributes(svg, ("x", N(box.X)), ("y", N(box.Y)), ("width", N(box.Width)), ("height", N(box.Height)),
                ("rx", style.Rounded ? "5" : "0"), ("fill", style.Fill(options.Style)), ("stroke", style.Border(options.Style)),
                ("stroke-width", N(style.BorderWidth)));
            svg.WriteEndElement();
            for (var i = 0; i < node.Lines.Count; i++)
            {
                Element(svg, "text", node.Lines[i], ("x", N(box.CenterX)), ("y", N(box.Y + LayeredLayoutBuilder.PadY + i * lineHeight + font * 0.95)),
                    ("text-anchor", "middle"), ("fill", "#000000"));
            }
            svg.WriteEndElement();
        }
        svg.WriteEndElement();
    }

    internal static void Element(XmlWriter svg, string name, string text, params (string Name, string Value)[] attributes)
    {
        svg.WriteStartElement(name);
        Attributes(svg, attributes);
        svg.WriteString(LabelText.Clean(text));
        svg.WriteEndElement();
    }

    internal static void Attributes(XmlWriter svg, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            svg.WriteAttributeString(name, LabelText.Clean(value));
        }
    }

    internal static string N(double value) => InvariantNumber.Format(value);
}
