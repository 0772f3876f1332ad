using System.Text;
using System.Text.Json;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;

namespace PrecedentGraph.Rendering;

/// <summary>Writes the graph JSON of ../shared/contracts/graph-json.md (JSON Graph Format v2).
/// Deterministic: the same graph gives the same bytes.</summary>
public static class GraphJsonWriter
{
    public static string Write(DecisionGraph graph)
    {
        using var stream = new MemoryStream();
        Write(graph, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(DecisionGraph graph, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartObject("graph");
        json.WriteBoolean("directed", true);
        json.WriteString("type", "precedent-graph");
        json.WriteString("label", graph.Label);
        json.WriteStartObject("metadata");
        json.WriteString("source", graph.Source);
        json.WriteString("inputForm", graph.Form == InputForm.Raw ? "raw" : "normalized");
        json.WriteEndObject();

        json.WriteStartObject("nodes");
        foreach (var node in graph.Nodes)
        {
            json.WriteStartObject(node.Id);
            json.WriteString("label", node.Label);
            json.WriteStartObject("metadata");
            WriteNodeMetadata(json, node);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndObject();

        json.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            json.WriteStartObject();
            json.WriteString("source", edge.Source);
            json.WriteString("target", edge.Target);
            json.WriteString("relation", edge.Relation);
            json.WriteStartObject("metadata");
            if (edge.Count is { } count)
            {
                json.WriteNumber("count", count);
            }
            if (edge.Quoted is { } quoted)
            {
                json.WriteBoolean("quoted", quoted);
            }
            if (edge.Evidence.Count > 0)
            {
                WriteStrings(json, "evidence", edge.Evidence);
            }
            if (edge.Cue is not null)
            {
                json.WriteString("cue", edge.Cue);
            }
            if (edge.Confidence is { } confidence)
            {
                json.WriteNumber("confidence", confidence);
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteNodeMetadata(Utf8JsonWriter json, GraphNode node)
    {
        json.WriteString("kind", Relations.Name(node.Kind));
        if (node.OpinionKind is { } opinionKind)
        {
            json.WriteString("opinionKind", Relations.Name(opinionKind));
        }
        if (node.Kind == NodeKind.Opinion)
        {
            if (node.Author is not null)
            {
                json.WriteString("author", node.Author);
            }
            WriteStrings(json, "joinedBy", node.JoinedBy ?? []);
        }
        if (node.Decision is not null)
        {
            json.WriteString("decision", node.Decision);
        }
        if (node.Citation is not null)
        {
            json.WriteString("citation", node.Citation);
        }
        if (node.Citations is { Count: > 0 } citations)
        {
            WriteStrings(json, "citations", citations);
        }
        if (node.Year is { } year)
        {
            json.WriteNumber("year", year);
        }
        if (node.Opinion is not null)
        {
            json.WriteString("opinion", node.Opinion);
        }
        if (node.Paragraph is { } paragraph)
        {
            json.WriteNumber("paragraph", paragraph);
        }
        if (node.Role is { } role)
        {
            json.WriteString("role", role == ArgumentRole.Conclusion ? "conclusion" : "reason");
        }
        if (node.Disposition is not null)
        {
            json.WriteString("disposition", node.Disposition);
        }
        if (node.Text is not null)
        {
            json.WriteString("text", node.Text);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }
}
