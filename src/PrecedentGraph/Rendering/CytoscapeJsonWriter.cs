using System.Text;
using System.Text.Json;
using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>Writes Cytoscape.js elements JSON: opinions are compound parents of their arguments; nodes carry
/// label, kind, colour and a preset position; edges carry relation, count and quoted.</summary>
public static class CytoscapeJsonWriter
{
    public static string Write(DecisionGraph graph)
    {
        var positions = NodePlacer.Place(graph);
        var ids = new HashSet<string>(graph.Nodes.Select(n => n.Id), StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("name", LabelText.Clean(graph.Label));
            json.WriteEndObject();
            json.WriteStartObject("elements");
            json.WriteStartArray("nodes");
            foreach (var node in graph.Nodes)
            {
                json.WriteStartObject();
                json.WriteString("group", "nodes");
                json.WriteStartObject("data");
                json.WriteString("id", LabelText.Clean(node.Id));
                json.WriteString("label", LabelText.Clean(node.Label));
                json.WriteString("kind", Relations.Name(node.Kind));
                json.WriteString("color", NodePlacer.Color(node));
                if (node.Kind == NodeKind.Argument && node.Opinion is not null && ids.Contains(node.Opinion))
                {
                    json.WriteString("parent", LabelText.Clean(node.Opinion));
                }
                if (node.Citation is not null)
                {
                    json.WriteString("citation", LabelText.Clean(node.Citation));
                }
                if (node.Year is { } year)
                {
                    json.WriteNumber("year", year);
                }
                json.WriteEndObject();
                if (positions.TryGetValue(node.Id, out var position))
                {
                    json.WriteStartObject("position");
                    json.WriteNumber("x", position.X);
                    json.WriteNumber("y", position.Y);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("edges");
            for (var i = 0; i < graph.Edges.Count; i++)
            {
                var edge = graph.Edges[i];
                json.WriteStartObject();
                json.WriteString("group", "edges");
                json.WriteStartObject("data");
                json.WriteString("id", "e" + InvariantNumber.Format(i));
                json.WriteString("source", LabelText.Clean(edge.Source));
                json.WriteString("target", LabelText.Clean(edge.Target));
                json.WriteString("relation", LabelText.Clean(edge.Relation));
                json.WriteString("color", RelationStyles.For(edge.Relation).ScreenColor);
                if (edge.Count is { } count)
                {
                    json.WriteNumber("count", count);
                }
                if (edge.Quoted is { } quoted)
                {
                    json.WriteBoolean("quoted", quoted);
                }
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
