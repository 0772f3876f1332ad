using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>A node as drawn: its synthetic id ("n0"), the display lines of its label, and its opinion cluster.</summary>
public sealed record DiagramNode(string Id, GraphNode Node, IReadOnlyList<string> Lines, int? Cluster)
{
    /// <summary>The full label with citation and year, for tooltips and titles.</summary>
    public string FullLabel { get; init; } = Node.Label;
}
