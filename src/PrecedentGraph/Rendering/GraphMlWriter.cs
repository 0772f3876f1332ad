using System.Text;
using System.Xml;
using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>Writes GraphML for Gephi, yEd and Cytoscape: node keys label, kind, x, y, color (and citation,
/// year, opinion); edge keys relation, label, color, count, quoted. Text escaped by the XML writer.</summary>
public static class GraphMlWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"),
        ("kind", "node", "kind", "string"),
        ("x", "node", "x", "double"),
        ("y", "node", "y", "double"),
        ("color", "node", "color", "string"),
        ("citation", "node", "citation", "string"),
        ("year", "node", "year", "int"),
        ("opinion", "node", "opinion", "string"),
        ("relation", "edge", "relation", "string"),
        ("edgelabel", "edge", "label", "string"),
        ("edgecolor", "edge", "color", "string"),
        ("count", "edge", "count", "int"),
        ("quoted", "edge", "quoted", "boolean"),
    ];

    public static string Write(DecisionGraph graph)
    {
        var positions = NodePlacer.Place(graph);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", Namespace);
            foreach (var (id, target, name, type) in Keys)
            {
                xml.WriteStartElement("key");
                xml.WriteAttributeString("id", id);
                xml.WriteAttributeString("for", target);
                xml.WriteAttributeString("attr.name", name);
                xml.WriteAttributeString("attr.type", type);
                xml.WriteEndElement();
            }
            xml.WriteStartElement("graph");
            xml.WriteAttributeString("id", "G");
            xml.WriteAttributeString("edgedefault", "directed");
            Data(xml, "label", graph.Label);
            foreach (var node in graph.Nodes)
            {
                xml.WriteStartElement("node");
                xml.WriteAttributeString("id", LabelText.Clean(node.Id));
                Data(xml, "label", node.Label);
                Data(xml, "kind", Relations.Name(node.Kind));
                if (positions.TryGetValue(node.Id, out var position))
                {
                    Data(xml, "x", InvariantNumber.Format(position.X));
                    Data(xml, "y", InvariantNumber.Format(position.Y));
                }
                Data(xml, "color", NodePlacer.Color(node));
                Data(xml, "citation", node.Citation);
                Data(xml, "year", node.Year is { } year ? InvariantNumber.Format(year) : null);
                Data(xml, "opinion", node.Opinion);
                xml.WriteEndElement();
            }
            for (var i = 0; i < graph.Edges.Count; i++)
            {
                var edge = graph.Edges[i];
                xml.WriteStartElement("edge");
                xml.WriteAttributeString("id", "e" + InvariantNumber.Format(i));
                xml.WriteAttributeString("source", LabelText.Clean(edge.Source));
                xml.WriteAttributeString("target", LabelText.Clean(edge.Target));
                Data(xml, "relation", edge.Relation);
                Data(xml, "edgelabel", edge.Relation);
                Data(xml, "edgecolor", RelationStyles.For(edge.Relation).ScreenColor);
                Data(xml, "count", edge.Count is { } count ? InvariantNumber.Format(count) : null);
                Data(xml, "quoted", edge.Quoted is { } quoted ? (quoted ? "true" : "false") : null);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(LabelText.Clean(value));
        xml.WriteEndElement();
    }
}
