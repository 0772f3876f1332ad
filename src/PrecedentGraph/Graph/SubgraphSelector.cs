namespace PrecedentGraph.Graph;

/// <summary>Cuts a graph (one decision's or a corpus's) down to chosen relations, chosen opinions and the ego
/// network of a focus case. Nodes and edges keep their original order.</summary>
public static class SubgraphSelector
{
    public static SubgraphResult Select(DecisionGraph graph, SubgraphOptions options)
    {
        var edges = graph.Edges.Where(e => KeepRelation(e.Relation, options.Relations)).ToList();
        var nodes = graph.Nodes.ToList();

        if (options.Opinions.Count > 0)
        {
            var dropped = nodes.Where(n => n.Kind == NodeKind.Opinion && !options.Opinions.Any(o => MatchesOpinion(n, o)))
                .Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            nodes = nodes.Where(n => !dropped.Contains(n.Id) && !(n.Kind == NodeKind.Argument && n.Opinion is not null && dropped.Contains(n.Opinion))).ToList();
            edges = Within(edges, nodes);
            nodes = DropLoose(nodes, edges, NodeKind.Case, NodeKind.Provision, NodeKind.Justice);
        }
        else if (options.Relations.Count > 0)
        {
            edges = Within(edges, nodes);
            nodes = DropLoose(nodes, edges, NodeKind.Case, NodeKind.Provision);
        }

        var label = graph.Label;
        if (!string.IsNullOrWhiteSpace(options.Focus))
        {
            var (focus, problem, candidates) = FindFocus(nodes, options.Focus);
            if (focus is null)
            {
                return new SubgraphResult(graph with { Nodes = [], Edges = [] }, problem, candidates);
            }
            var kept = EgoNetwork(focus, edges, Math.Max(0, options.Depth));
            nodes = nodes.Where(n => kept.Contains(n.Id)).ToList();
            edges = Within(edges, nodes);
            label = $"{focus.Label}: how it is treated (depth {Math.Max(0, options.Depth).ToString(System.Globalization.CultureInfo.InvariantCulture)})";
        }
        return new SubgraphResult(graph with { Label = label, Nodes = nodes, Edges = Within(edges, nodes) }, null, []);
    }

    private static bool KeepRelation(string relation, IReadOnlyList<string> relations) =>
        relations.Count == 0 || !Traversable(relation) || relations.Contains(relation, StringComparer.OrdinalIgnoreCase);

    /// <summary>Treatment and argument relations: the ones a focus network walks along.</summary>
    private static bool Traversable(string relation) =>
        Relations.IsTreatment(relation) || relation is Relations.Supports or Relations.Attacks;

    private static bool MatchesOpinion(GraphNode opinion, string filter) =>
        string.Equals(opinion.Id, filter, StringComparison.Ordinal)
        || string.Equals(opinion.Author, filter, StringComparison.OrdinalIgnoreCase)
        || (opinion.OpinionKind is { } kind && string.Equals(Relations.Name(kind), filter, StringComparison.OrdinalIgnoreCase));

    private static List<GraphEdge> Within(IEnumerable<GraphEdge> edges, IReadOnlyCollection<GraphNode> nodes)
    {
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return edges.Where(e => ids.Contains(e.Source) && ids.Contains(e.Target)).ToList();
    }

    private static List<GraphNode> DropLoose(List<GraphNode> nodes, List<GraphEdge> edges, params NodeKind[] kinds)
    {
        var linked = edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);
        return nodes.Where(n => !kinds.Contains(n.Kind) || linked.Contains(n.Id)).ToList();
    }

    private static (GraphNode? Focus, string? Problem, IReadOnlyList<string> Candidates) FindFocus(List<GraphNode> nodes, string focus)
    {
        var text = focus.Trim();
        var byId = nodes.FirstOrDefault(n => n.Id == text);
        if (byId is not null)
        {
            return (byId, null, []);
        }
        var cases = nodes.Where(n => n.Kind is NodeKind.Case or NodeKind.Decision or NodeKind.Provision).ToList();
        var exact = cases.Where(n => string.Equals(n.Label, text, StringComparison.OrdinalIgnoreCase)).ToList();
        var matches = exact.Count > 0 ? exact : cases.Where(n => n.Label.Contains(text, StringComparison.OrdinalIgnoreCase)
            || (n.Citation is not null && string.Equals(n.Citation, text, StringComparison.OrdinalIgnoreCase))).ToList();
        return matches.Count switch
        {
            1 => (matches[0], null, []),
            0 => (null, $"no case matches '{text}'", []),
            _ => (null, $"'{text}' matches {matches.Count} cases", matches.Select(m => m.Label).Order(StringComparer.Ordinal).ToList()),
        };
    }

    /// <summary>Nodes within <paramref name="depth"/> treatment hops of the focus (either direction), plus each
    /// kept argument's opinion and each kept opinion's decision and justices.</summary>
    private static HashSet<string> EgoNetwork(GraphNode focus, List<GraphEdge> edges, int depth)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal) { focus.Id };
        var frontier = new List<string> { focus.Id };
        for (var hop = 0; hop < depth && frontier.Count > 0; hop++)
        {
            var current = frontier.ToHashSet(StringComparer.Ordinal);
            frontier = [];
            foreach (var edge in edges.Where(e => Traversable(e.Relation)))
            {
                if (current.Contains(edge.Source) && kept.Add(edge.Target))
                {
                    frontier.Add(edge.Target);
                }
                if (current.Contains(edge.Target) && kept.Add(edge.Source))
                {
                    frontier.Add(edge.Source);
                }
            }
        }
        foreach (var edge in edges.Where(e => e.Relation == Relations.Makes && kept.Contains(e.Target)).ToList())
        {
            kept.Add(edge.Source);
        }
        foreach (var edge in edges.Where(e => e.Relation == Relations.PartOf && kept.Contains(e.Source)).ToList())
        {
            kept.Add(edge.Target);
        }
        foreach (var edge in edges.Where(e => e.Relation is Relations.Authored or Relations.Joins && kept.Contains(e.Target)).ToList())
        {
            kept.Add(edge.Source);
        }
        return kept;
    }
}
