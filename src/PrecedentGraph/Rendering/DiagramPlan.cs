namespace PrecedentGraph.Rendering;

/// <summary>What both diagram engines draw, in a fixed order: nodes with synthetic ids, opinion clusters,
/// edges, and the relations the legend explains.</summary>
public sealed record DiagramPlan(
    string Title,
    string Description,
    IReadOnlyList<DiagramNode> Nodes,
    IReadOnlyList<DiagramCluster> Clusters,
    IReadOnlyList<DiagramEdge> Edges,
    IReadOnlyList<string> LegendRelations,
    bool LegendQuoted)
{
    public DiagramNode? Find(string id)
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
