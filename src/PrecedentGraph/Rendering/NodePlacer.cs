using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>Centre positions of every node (justices included) from the built-in layered layout, for the
/// exports that carry coordinates (GraphML, GEXF, Cytoscape.js).</summary>
public static class NodePlacer
{
    public static IReadOnlyDictionary<string, (double X, double Y)> Place(DecisionGraph graph)
    {
        var options = DiagramOptions.Default with { ShowJustices = true };
        var plan = DiagramPlanner.Plan(graph, options);
        var geometry = LayeredLayoutBuilder.Build(plan, options);
        var result = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var node in plan.Nodes)
        {
            var box = geometry.Nodes[node.Id];
            result[node.Node.Id] = (Math.Round(box.CenterX, 2), Math.Round(box.CenterY, 2));
        }
        return result;
    }

    /// <summary>The screen colour of a node's kind, "#rrggbb".</summary>
    public static string Color(GraphNode node) => NodeStyles.For(node.Kind).ScreenFill;
}
