namespace PrecedentGraph.Rendering;

/// <summary>GraphShape cannot know that cited cases are drawn as one tight column in year order, so after that
/// column is fixed this pass moves everything else next to what it cites: each opinion cluster to the mean
/// position of the cases its members treat, each free node to the mean of its placed neighbours (layers from
/// the last to the first), keeping GraphShape's coordinates, shifted into the same frame, where a node has no
/// placed neighbour. Layers are then re-sorted by the new keys.</summary>
internal static class BarycentricRefiner
{
    public static void Refine(
        DiagramPlan plan,
        List<List<DiagramNode>> layers,
        IReadOnlyDictionary<string, (double Width, double Height)> sizes,
        Dictionary<string, double> slice,
        IReadOnlyDictionary<string, double> original,
        Dictionary<int, double> clusterKey,
        IReadOnlyDictionary<string, int> index,
        bool horizontal)
    {
        var placed = new Dictionary<string, double>(StringComparer.Ordinal);
        var tight = new HashSet<int>();
        for (var k = 0; k < layers.Count; k++)
        {
            if (layers[k].Count == 0 || !layers[k].All(n => double.IsNegativeInfinity(slice[n.Id])))
            {
                continue;
            }
            tight.Add(k);
            var position = 0.0;
            foreach (var node in layers[k])
            {
                var length = horizontal ? sizes[node.Id].Height : sizes[node.Id].Width;
                placed[node.Id] = position + length / 2;
                position += length + LayeredLayoutBuilder.SliceGap;
            }
        }
        if (placed.Count == 0)
        {
            return;
        }

        // Bring GraphShape's coordinates into the frame of the tight column.
        var offset = placed.Values.Average() - placed.Keys.Average(id => original[id]);
        foreach (var node in plan.Nodes.Where(n => !placed.ContainsKey(n.Id)))
        {
            slice[node.Id] += offset;
        }
        foreach (var key in clusterKey.Keys.ToList())
        {
            clusterKey[key] += offset;
        }

        var neighbours = plan.Nodes.ToDictionary(n => n.Id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var edge in plan.Edges.Where(e => e.From != e.To))
        {
            neighbours[edge.From].Add(edge.To);
            neighbours[edge.To].Add(edge.From);
        }
        double? Mean(IEnumerable<string> ids)
        {
            var values = ids.SelectMany(id => neighbours[id]).Where(placed.ContainsKey).Select(id => placed[id]).ToList();
            return values.Count == 0 ? null : values.Average();
        }

        foreach (var cluster in plan.Clusters)
        {
            if (Mean(cluster.Members) is { } mean)
            {
                clusterKey[cluster.Index] = mean;
            }
        }
        for (var k = layers.Count - 1; k >= 0; k--)
        {
            if (tight.Contains(k))
            {
                continue;
            }
            foreach (var node in layers[k].Where(n => n.Cluster is null))
            {
                if (Mean([node.Id]) is { } mean)
                {
                    slice[node.Id] = mean;
                }
            }
            layers[k] = layers[k]
                .OrderBy(n => n.Cluster is { } c ? clusterKey[c] : slice[n.Id])
                .ThenBy(n => n.Cluster ?? -1)
                .ThenBy(n => slice[n.Id])
                .ThenBy(n => index[n.Id])
                .ToList();
            foreach (var node in layers[k])
            {
                placed[node.Id] = node.Cluster is { } c ? clusterKey[c] : slice[node.Id];
            }
        }
    }
}
