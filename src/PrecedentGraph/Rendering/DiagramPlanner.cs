using System.Globalization;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;

namespace PrecedentGraph.Rendering;

/// <summary>Turns a graph into a <see cref="DiagramPlan"/>: synthetic ids in a fixed order (decisions, each opinion
/// followed by its arguments, justices, cases by year, provisions), opinion clusters, drawn edges and legend.</summary>
public static class DiagramPlanner
{
    public static DiagramPlan Plan(DecisionGraph graph, DiagramOptions options)
    {
        var ordered = Order(graph, options);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var opinionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in ordered.Where(n => n.Kind == NodeKind.Opinion))
        {
            opinionIndex[node.Id] = opinionIndex.Count;
        }

        var nodes = new List<DiagramNode>();
        foreach (var node in ordered)
        {
            var id = "n" + nodes.Count.ToString(CultureInfo.InvariantCulture);
            ids[node.Id] = id;
            int? cluster = node.Kind switch
            {
                NodeKind.Opinion => opinionIndex[node.Id],
                NodeKind.Argument when node.Opinion is not null && opinionIndex.TryGetValue(node.Opinion, out var owner) => owner,
                _ => null,
            };
            nodes.Add(new DiagramNode(id, node, Lines(node, options), cluster) { FullLabel = FullLabel(node) });
        }

        var clusters = new List<DiagramCluster>();
        foreach (var node in ordered.Where(n => n.Kind == NodeKind.Opinion))
        {
            var index = opinionIndex[node.Id];
            var members = nodes.Where(n => n.Cluster == index).Select(n => n.Id).ToList();
            clusters.Add(new DiagramCluster(index, ids[node.Id], ClusterLines(node, options), members));
        }

        var edges = new List<DiagramEdge>();
        foreach (var edge in graph.Edges)
        {
            if (!ids.TryGetValue(edge.Source, out var from) || !ids.TryGetValue(edge.Target, out var to))
            {
                continue;
            }
            var reversed = edge.Relation is Relations.PartOf or Relations.ConcursWith or Relations.DissentsFrom;
            edges.Add(reversed ? new DiagramEdge(to, from, edge, true) : new DiagramEdge(from, to, edge, false));
        }

        var legend = edges.Select(e => e.Edge.Relation)
            .Where(r => RelationStyles.For(r).InLegend)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(RelationStyles.Order)
            .ThenBy(r => r, StringComparer.Ordinal)
            .ToList();
        var title = LabelText.OneLine(graph.Label);
        var description = string.Create(CultureInfo.InvariantCulture, $"Precedent graph of {title}: {Count(nodes.Count, "node")}, {Count(edges.Count, "edge")}.")
            + (legend.Count == 0 ? "" : " Relations drawn: " + string.Join(", ", legend) + ".");
        return new DiagramPlan(title, description, nodes, clusters, edges, legend, edges.Any(e => e.Quoted));
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    private static List<GraphNode> Order(DecisionGraph graph, DiagramOptions options)
    {
        var result = new List<GraphNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(GraphNode node)
        {
            if (seen.Add(node.Id))
            {
                result.Add(node);
            }
        }
        foreach (var node in graph.Nodes.Where(n => n.Kind == NodeKind.Decision))
        {
            Add(node);
        }
        foreach (var opinion in graph.Nodes.Where(n => n.Kind == NodeKind.Opinion))
        {
            Add(opinion);
            foreach (var argument in graph.Nodes.Where(n => n.Kind == NodeKind.Argument && n.Opinion == opinion.Id))
            {
                Add(argument);
            }
        }
        foreach (var argument in graph.Nodes.Where(n => n.Kind == NodeKind.Argument))
        {
            Add(argument);
        }
        if (options.ShowJustices)
        {
            foreach (var justice in graph.Nodes.Where(n => n.Kind == NodeKind.Justice))
            {
                Add(justice);
            }
        }
        var cases = graph.Nodes.Where(n => n.Kind == NodeKind.Case)
            .OrderBy(n => n.Year ?? int.MaxValue)
            .ThenBy(n => n.Label, StringComparer.Ordinal)
            .ThenBy(n => n.Id, StringComparer.Ordinal);
        foreach (var node in cases)
        {
            Add(node);
        }
        foreach (var node in graph.Nodes.Where(n => n.Kind == NodeKind.Provision))
        {
            Add(node);
        }
        return result;
    }

    private static IReadOnlyList<string> Lines(GraphNode node, DiagramOptions options)
    {
        var label = LabelText.Truncate(LabelText.OneLine(node.Label), options.MaxLabelLength);
        var lines = new List<string>(LabelText.Wrap(label.Length == 0 ? "(untitled)" : label, options.EffectiveWrapWidth));
        var detail = Detail(node);
        if (detail.Length > 0)
        {
            lines.Add(LabelText.Truncate(detail, options.EffectiveWrapWidth + 8));
        }
        return lines;
    }

    /// <summary>"475 U.S. 335 (1986)" for cases and decisions; empty for other kinds.</summary>
    private static string Detail(GraphNode node)
    {
        if (node.Kind is not (NodeKind.Case or NodeKind.Decision))
        {
            return "";
        }
        var citation = LabelText.OneLine(node.Citation);
        var year = node.Year is { } y ? "(" + y.ToString(CultureInfo.InvariantCulture) + ")" : "";
        return string.Join(" ", new[] { citation, year }.Where(s => s.Length > 0));
    }

    private static string FullLabel(GraphNode node)
    {
        var label = LabelText.OneLine(node.Label);
        var citation = node.Kind is NodeKind.Case or NodeKind.Decision ? LabelText.OneLine(node.Citation) : "";
        if (citation.Length > 0)
        {
            label += ", " + citation;
        }
        return node.Kind is NodeKind.Case or NodeKind.Decision && node.Year is { } year
            ? label + " (" + year.ToString(CultureInfo.InvariantCulture) + ")"
            : label;
    }

    private static IReadOnlyList<string> ClusterLines(GraphNode opinion, DiagramOptions options)
    {
        var kind = opinion.OpinionKind switch
        {
            OpinionKind.Majority => "Opinion of the Court",
            OpinionKind.Plurality => "Plurality",
            OpinionKind.PerCuriam => "Per curiam",
            OpinionKind.Concurrence => "Concurrence",
            OpinionKind.ConcurrenceDissent => "Concurring and dissenting in part",
            OpinionKind.Dissent => "Dissent",
            _ => "Opinion",
        };
        var lines = new List<string>();
        var author = LabelText.OneLine(opinion.Author);
        lines.Add(LabelText.Truncate(author.Length == 0 ? kind : kind + ": " + author, options.MaxLabelLength));
        var joiners = (opinion.JoinedBy ?? []).Select(LabelText.OneLine).Where(j => j.Length > 0).ToList();
        if (joiners.Count > 0)
        {
            foreach (var line in LabelText.Wrap(LabelText.Truncate("joined by " + string.Join(", ", joiners), options.MaxLabelLength), options.EffectiveWrapWidth + 14))
            {
                lines.Add(line);
            }
        }
        return lines;
    }
}
