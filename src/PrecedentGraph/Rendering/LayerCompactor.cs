namespace PrecedentGraph.Rendering;

/// <summary>Takes the empty space out of a finished layered layout, along the slice axis (y in left-to-right
/// layouts): a layer whose clusters lie wholly inside it (other than the
/// already packed cited cases) is packed into one block (order kept, cluster boxes
/// and their labels included) centred on the column of cited cases (where there is one); then every stripe across the whole
/// drawing that no box or cluster touches is narrowed to a small gap. Order within each layer is kept and
/// nothing moves into anything, so the layout stays free of overlaps.</summary>
internal sealed class LayerCompactor(
    DiagramPlan plan,
    IReadOnlyList<List<DiagramNode>> layers,
    IReadOnlyDictionary<string, int> layerOf,
    Dictionary<string, double> start,
    Func<Dictionary<string, LayoutBox>> boxesOf,
    Func<IReadOnlyDictionary<string, LayoutBox>, List<LayoutBox>> clusterBoxesOf,
    IReadOnlySet<int> tightLayers,
    bool horizontal)
{
    /// <summary>The widest empty stripe left in place.</summary>
    public const double KeptGap = 2 * LayeredLayoutBuilder.SliceGap;

    public void Compact(double? middle)
    {
        var span = new Dictionary<int, (int First, int Last)>();
        foreach (var cluster in plan.Clusters.Where(c => c.Members.Count > 0))
        {
            span[cluster.Index] = (cluster.Members.Min(m => layerOf[m]), cluster.Members.Max(m => layerOf[m]));
        }
        for (var k = 0; k < layers.Count; k++)
        {
            var own = layers[k].Where(n => n.Cluster is not null).Select(n => n.Cluster!.Value).ToHashSet();
            if (layers[k].Count > 0
                && !tightLayers.Contains(k)
                && own.All(c => span[c].First == k && span[c].Last == k)
                && !span.Values.Any(s => s.First <= k && k <= s.Last && s.First != s.Last))
            {
                PackLayer(layers[k], middle);
            }
        }
        CollapseEmptyStripes();
    }

    private void PackLayer(List<DiagramNode> layer, double? middle)
    {
        var boxes = boxesOf();
        var clusterBoxes = clusterBoxesOf(boxes);
        var ordered = layer.OrderBy(n => start[n.Id]).ToList();
        // Units: a node outside clusters, or a run of one cluster's members (its box holds its label).
        var units = new List<(List<DiagramNode> Members, double Start, double End)>();
        var seen = new HashSet<int>();
        foreach (var node in ordered)
        {
            if (node.Cluster is { } c && units.Count > 0 && units[^1].Members[0].Cluster == c)
            {
                units[^1].Members.Add(node);
                continue;
            }
            if (node.Cluster is { } cluster && !seen.Add(cluster))
            {
                return; // a cluster split by a foreign node: leave this layer as it is
            }
            var extent = node.Cluster is { } d ? clusterBoxes[ClusterPosition(d)] : boxes[node.Id];
            units.Add(([node], Start(extent), End(extent)));
        }
        var total = units.Sum(u => u.End - u.Start) + LayeredLayoutBuilder.SliceGap * (units.Count - 1);
        var current = units.Max(u => u.End) - units.Min(u => u.Start);
        if (middle is null && total >= current - 0.5)
        {
            return;
        }
        var centre = middle ?? (units.Max(u => u.End) + units.Min(u => u.Start)) / 2;
        var cursor = centre - total / 2;
        foreach (var (members, unitStart, unitEnd) in units)
        {
            var offset = cursor - unitStart;
            foreach (var member in members)
            {
                start[member.Id] += offset;
            }
            cursor += unitEnd - unitStart + LayeredLayoutBuilder.SliceGap;
        }
    }

    private void CollapseEmptyStripes()
    {
        var boxes = boxesOf();
        var intervals = boxes.Values.Concat(clusterBoxesOf(boxes).Where(c => c.Width > 0))
            .Select(b => (Start: Start(b), End: End(b)))
            .OrderBy(i => i.Start).ThenBy(i => i.End)
            .ToList();
        if (intervals.Count == 0)
        {
            return;
        }
        // Holes between merged intervals, and how much each gives back.
        var holes = new List<(double At, double Removed)>();
        var reach = intervals[0].End;
        foreach (var (from, to) in intervals.Skip(1))
        {
            if (from - reach > KeptGap)
            {
                holes.Add((from, from - reach - KeptGap));
            }
            reach = Math.Max(reach, to);
        }
        if (holes.Count == 0)
        {
            return;
        }
        foreach (var node in plan.Nodes)
        {
            var at = Start(boxes[node.Id]);
            start[node.Id] -= holes.Where(h => h.At <= at + 1e-6).Sum(h => h.Removed);
        }
    }

    private int ClusterPosition(int index)
    {
        for (var i = 0; i < plan.Clusters.Count; i++)
        {
            if (plan.Clusters[i].Index == index)
            {
                return i;
            }
        }
        throw new InvalidOperationException("no cluster " + index);
    }

    private double Start(LayoutBox box) => horizontal ? box.Y : box.X;

    private double End(LayoutBox box) => horizontal ? box.Bottom : box.Right;
}
