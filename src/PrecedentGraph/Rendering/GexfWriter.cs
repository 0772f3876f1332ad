using System.Globalization;
using System.Text;
using System.Xml;
using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>Writes GEXF 1.3 (Gephi): nodes with kind, citation and year attributes, viz colour and position;
/// edges labelled with their relation, weighted by their count. Deterministic: no timestamps.</summary>
public static class GexfWriter
{
    private const string Namespace = "http://gexf.net/1.3";
    private const string VizNamespace = "http://gexf.net/1.3/viz";

    public static string Write(DecisionGraph graph)
    {
        var positions = NodePlacer.Place(graph);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("gexf", Namespace);
            xml.WriteAttributeString("xmlns", "viz", null, VizNamespace);
            xml.WriteAttributeString("version", "1.3");
            xml.WriteStartElement("meta", Namespace);
            xml.WriteElementString("creator", Namespace, "PrecedentGraph");
            xml.WriteElementString("description", Namespace, LabelText.Clean(graph.Label));
            xml.WriteEndElement();
            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("defaultedgetype", "directed");
            xml.WriteAttributeString("mode", "static");
            Attributes(xml, "node", [("0", "kind", "string"), ("1", "citation", "string"), ("2", "year", "integer"), ("3", "opinion", "string")]);
            Attributes(xml, "edge", [("0", "relation", "string"), ("1", "quoted", "boolean")]);

            xml.WriteStartElement("nodes", Namespace);
            foreach (var node in graph.Nodes)
            {
                xml.WriteStartElement("node", Namespace);
                xml.WriteAttributeString("id", LabelText.Clean(node.Id));
                xml.WriteAttributeString("label", LabelText.Clean(node.Label));
                xml.WriteStartElement("attvalues", Namespace);
                Value(xml, "0", Relations.Name(node.Kind));
                Value(xml, "1", node.Citation);
                Value(xml, "2", node.Year is { } year ? InvariantNumber.Format(year) : null);
                Value(xml, "3", node.Opinion);
                xml.WriteEndElement();
                var color = NodePlacer.Color(node);
                xml.WriteStartElement("viz", "color", VizNamespace);
                xml.WriteAttributeString("r", Channel(color, 1));
                xml.WriteAttributeString("g", Channel(color, 3));
                xml.WriteAttributeString("b", Channel(color, 5));
                xml.WriteEndElement();
                if (positions.TryGetValue(node.Id, out var position))
                {
                    xml.WriteStartElement("viz", "position", VizNamespace);
                    xml.WriteAttributeString("x", InvariantNumber.Format(position.X));
                    xml.WriteAttributeString("y", InvariantNumber.Format(-position.Y));
                    xml.WriteAttributeString("z", "0");
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();

            xml.WriteStartElement("edges", Namespace);
            for (var i = 0; i < graph.Edges.Count; i++)
            {
                var edge = graph.Edges[i];
                xml.WriteStartElement("edge", Namespace);
                xml.WriteAttributeString("id", InvariantNumber.Format(i));
                xml.WriteAttributeString("source", LabelText.Clean(edge.Source));
                xml.WriteAttributeString("target", LabelText.Clean(edge.Target));
                xml.WriteAttributeString("label", LabelText.Clean(edge.Relation));
                xml.WriteAttributeString("weight", InvariantNumber.Format(Math.Max(1, edge.Count ?? 1)));
                xml.WriteStartElement("attvalues", Namespace);
                Value(xml, "0", edge.Relation);
                Value(xml, "1", edge.Quoted is { } quoted ? (quoted ? "true" : "false") : null);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Attributes(XmlWriter xml, string target, (string Id, string Title, string Type)[] attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", target);
        foreach (var (id, title, type) in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", title);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }
        xml.WriteStartElement("attvalue", Namespace);
        xml.WriteAttributeString("for", key);
        xml.WriteAttributeString("value", LabelText.Clean(value));
        xml.WriteEndElement();
    }

    private static string Channel(string color, int offset) =>
        int.Parse(color.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
