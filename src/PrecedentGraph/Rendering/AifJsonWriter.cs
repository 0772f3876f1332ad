using System.Text;
using System.Text.Json;
using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>Writes the argument map in the Argument Interchange Format as OVA3 and AIFdb read it (xAIF):
/// an I-node per argument, an RA-node per supports edge and a CA-node per attacks edge (from premise to
/// scheme to conclusion), one participant per justice who wrote an opinion, an L-node per argument with a
/// YA "Asserting" node and a locution naming its author, and OVA positions. Ids are numbers.</summary>
public static class AifJsonWriter
{
    private sealed record AifNode(int Id, string Text, string Type, double X, double Y);

    public static string Write(DecisionGraph graph)
    {
        var nodes = new List<AifNode>();
        var edges = new List<(int From, int To)>();
        var participants = new List<(int Id, string Surname)>();
        var locutions = new List<(int Node, int Person)>();
        var argumentIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var opinions = graph.Nodes.Where(n => n.Kind == NodeKind.Opinion).ToList();
        int Next() => nodes.Count + 1;

        var row = 0;
        foreach (var argument in graph.Nodes.Where(n => n.Kind == NodeKind.Argument))
        {
            var opinion = opinions.FirstOrDefault(o => o.Id == argument.Opinion);
            var column = opinion is null ? opinions.Count : opinions.IndexOf(opinion);
            var x = 420.0 * column + 220;
            var y = 140.0 * row++ + 40;
            var information = new AifNode(Next(), LabelText.OneLine(argument.Text ?? argument.Label), "I", x, y);
            nodes.Add(information);
            argumentIds[argument.Id] = information.Id;

            var author = LabelText.OneLine(opinion?.Author);
            if (author.Length > 0)
            {
                var person = participants.FindIndex(p => p.Surname == author);
                if (person < 0)
                {
                    participants.Add((participants.Count + 1, author));
                    person = participants.Count - 1;
                }
                var locution = new AifNode(Next(), author + ": " + information.Text, "L", x - 200, y);
                nodes.Add(locution);
                var asserting = new AifNode(Next(), "Asserting", "YA", x - 100, y + 50);
                nodes.Add(asserting);
                edges.Add((locution.Id, asserting.Id));
                edges.Add((asserting.Id, information.Id));
                locutions.Add((locution.Id, participants[person].Id));
            }
        }

        foreach (var edge in graph.Edges.Where(e => e.Relation is Relations.Supports or Relations.Attacks))
        {
            if (!argumentIds.TryGetValue(edge.Source, out var from) || !argumentIds.TryGetValue(edge.Target, out var to))
            {
                continue;
            }
            var a = nodes[from - 1];
            var b = nodes[to - 1];
            var scheme = edge.Relation == Relations.Supports
                ? new AifNode(Next(), "Default Inference", "RA", (a.X + b.X) / 2 + 120, (a.Y + b.Y) / 2)
                : new AifNode(Next(), "Default Conflict", "CA", (a.X + b.X) / 2 + 120, (a.Y + b.Y) / 2);
            nodes.Add(scheme);
            edges.Add((from, scheme.Id));
            edges.Add((scheme.Id, to));
        }
        return Serialize(graph, nodes, edges, participants, locutions);
    }

    private static string Serialize(
        DecisionGraph graph,
        List<AifNode> nodes,
        List<(int From, int To)> edges,
        List<(int Id, string Surname)> participants,
        List<(int Node, int Person)> locutions)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("AIF");
            json.WriteStartArray("nodes");
            foreach (var node in nodes)
            {
                json.WriteStartObject();
                json.WriteNumber("nodeID", node.Id);
                json.WriteString("text", node.Text);
                json.WriteString("type", node.Type);
                json.WriteString("timestamp", "");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("edges");
            for (var i = 0; i < edges.Count; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("edgeID", i + 1);
                json.WriteNumber("fromID", edges[i].From);
                json.WriteNumber("toID", edges[i].To);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("schemefulfillments");
            json.WriteEndArray();
            json.WriteStartArray("descriptorfulfillments");
            json.WriteEndArray();
            json.WriteStartArray("participants");
            foreach (var (id, surname) in participants)
            {
                json.WriteStartObject();
                json.WriteNumber("participantID", id);
                json.WriteString("firstname", "Justice");
                json.WriteString("surname", surname);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("locutions");
            foreach (var (node, person) in locutions)
            {
                json.WriteStartObject();
                json.WriteNumber("nodeID", node);
                json.WriteNumber("personID", person);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("text", LabelText.OneLine(graph.Label));
            json.WriteStartObject("OVA");
            json.WriteString("firstname", "");
            json.WriteString("surname", "");
            json.WriteString("url", "");
            json.WriteStartArray("nodes");
            foreach (var node in nodes)
            {
                json.WriteStartObject();
                json.WriteNumber("nodeID", node.Id);
                json.WriteBoolean("visible", true);
                json.WriteNumber("x", Math.Round(node.X, 2));
                json.WriteNumber("y", Math.Round(node.Y, 2));
                json.WriteString("timestamp", "");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("edges");
            for (var i = 0; i < edges.Count; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("fromID", edges[i].From);
                json.WriteNumber("toID", edges[i].To);
                json.WriteBoolean("visible", true);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
