using PrecedentGraph.Model;
using QuikGraph;

namespace PrecedentGraph.Graph;

/// <summary>The graph of one decision (or of a corpus), nodes and edges in a stable order.</summary>
public sealed record DecisionGraph(
    string Label,
    string Source,
    InputForm Form,
    IReadOnlyList<GraphNode> Nodes,
    IReadOnlyList<GraphEdge> Edges)
{
    /// <summary>The QuikGraph view for algorithms (PageRank, shortest paths, layout).</summary>
    public BidirectionalGraph<string, GraphEdge> ToQuikGraph()
    {
        var graph = new BidirectionalGraph<string, GraphEdge>(allowParallelEdges: true);
        foreach (var node in Nodes)
        {
            graph.AddVertex(node.Id);
        }
        foreach (var edge in Edges)
        {
            graph.AddVerticesAndEdge(edge);
        }
        return graph;
    }

    /// <summary>The same graph without the nodes of the given kinds and the edges that touch them
    /// (e.g. the citation map of a decision without its argument nodes).</summary>
    public DecisionGraph Without(params NodeKind[] kinds)
    {
        var kept = Nodes.Where(n => !kinds.Contains(n.Kind)).ToList();
        var ids = kept.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return this with { Nodes = kept, Edges = Edges.Where(e => ids.Contains(e.Source) && ids.Contains(e.Target)).ToList() };
    }

    public GraphNode? Find(string id)
    {
        foreach (var node in Nodes)
        {
            if (node.Id == id)
            {
                return node;
            }
        }
        return null;
    }
}
