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
