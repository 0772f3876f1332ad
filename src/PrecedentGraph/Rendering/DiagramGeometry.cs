namespace PrecedentGraph.Rendering;

/// <summary>Where the built-in renderer draws everything: one box per node (in plan order), one per cluster,
/// the legend's box, and the size of the whole drawing.</summary>
public sealed record DiagramGeometry(
    IReadOnlyDictionary<string, LayoutBox> Nodes,
    IReadOnlyList<LayoutBox> Clusters,
    LayoutBox Legend,
    double Width,
    double Height)
{
    /// <summary>Each node's layer (0 first).</summary>
    public IReadOnlyDictionary<string, int> LayerOf { get; init; } = new Dictionary<string, int>();

    /// <summary>Each layer's extent along the layer axis (x in left-to-right layouts, y in top-to-bottom ones).</summary>
    public IReadOnlyList<(double Start, double End)> LayerBands { get; init; } = [];

    /// <summary>Pairs of node ids whose boxes overlap (empty for a good layout).</summary>
    public IReadOnlyList<(string First, string Second)> Overlaps()
    {
        var result = new List<(string, string)>();
        var items = Nodes.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                if (items[i].Value.Overlaps(items[j].Value))
                {
                    result.Add((items[i].Key, items[j].Key));
                }
            }
        }
        return result;
    }
}
