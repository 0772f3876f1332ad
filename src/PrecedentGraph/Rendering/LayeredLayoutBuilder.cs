using GraphShape;
using GraphShape.Algorithms.Layout;
using PrecedentGraph.Graph;
using QuikGraph;

namespace PrecedentGraph.Rendering;

/// <summary>Lays out a <see cref="DiagramPlan"/> in layers: GraphShape's Sugiyama layout orders the nodes
/// within their layers (crossing minimisation); layers come from the longest path, cited cases and provisions
/// share the last layer in year order, each opinion's nodes stay together, and every layer is packed so
/// that no two boxes overlap and no foreign box enters a cluster.</summary>
public static class LayeredLayoutBuilder
{
    public const double Margin = 16;
    public const double PadX = 8;
    public const double PadY = 5;
    public const double SliceGap = 14;
    public const double ClusterPad = 10;

    /// <summary>The gap between the tightly packed cited cases of one layer: narrower on paper, where height is dear.</summary>
    public static double TightGap(DiagramOptions options) => options.Style == DiagramStyle.Paper ? 10 : SliceGap;

    public static double FontSize(DiagramOptions options) => options.Style == DiagramStyle.Paper ? 11 : 12;

    public static double LineHeight(DiagramOptions options) => FontSize(options) * 1.25;

    public static double LayerGap(DiagramOptions options) => options.Layout == DiagramLayout.LeftToRight ? (options.Style == DiagramStyle.Paper ? 36 : 44) : 56;

    public static (double Width, double Height) Measure(IReadOnlyList<string> lines, DiagramOptions options)
    {
        var width = lines.Count == 0 ? 0 : lines.Max(l => TextMeasurer.Width(l, FontSize(options)));
        return (Math.Ceiling(width + 2 * PadX), Math.Ceiling(Math.Max(1, lines.Count) * LineHeight(options) + 2 * PadY));
    }

    public static DiagramGeometry Build(DiagramPlan plan, DiagramOptions options)
    {
        var horizontal = options.Layout == DiagramLayout.LeftToRight;
        var sizes = plan.Nodes.ToDictionary(n => n.Id, n => Measure(n.Lines, options), StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Nodes.Count; i++)
        {
            index[plan.Nodes[i].Id] = i;
        }
        var edges = plan.Edges.Where(e => e.From != e.To).Select(e => (e.From, e.To)).Distinct().ToList();
        var slice = SliceCoordinates(plan, sizes, edges, horizontal);
        var layerOf = LayerAssigner.Assign(plan, plan.Edges.Where(e => e.From != e.To && LayerAssigner.Layers(e.Edge.Relation)).Select(e => (e.From, e.To)).Distinct().ToList());
        var layerCount = layerOf.Count == 0 ? 0 : layerOf.Values.Max() + 1;

        // Order each layer: cluster members together (at their cluster's mean position), then by position.
        var clusterKey = new Dictionary<int, double>();
        foreach (var cluster in plan.Clusters)
        {
            clusterKey[cluster.Index] = cluster.Members.Count == 0 ? 0 : cluster.Members.Average(m => slice[m]);
        }
        var original = new Dictionary<string, double>(slice, StringComparer.Ordinal);
        var layers = new List<List<DiagramNode>>();
        for (var k = 0; k < layerCount; k++)
        {
            var members = plan.Nodes.Where(n => layerOf[n.Id] == k)
                .OrderBy(n => n.Cluster is { } c ? clusterKey[c] : slice[n.Id])
                .ThenBy(n => n.Cluster ?? -1)
                .ThenBy(n => slice[n.Id])
                .ThenBy(n => index[n.Id])
                .ToList();
            var reordered = OrderCasesByYear(members, index);
            foreach (var node in reordered)
            {
                slice[node.Id] = double.NegativeInfinity; // packed tightly: year order, not GraphShape's position
            }
            layers.Add(members);
        }
        BarycentricRefiner.Refine(plan, layers, sizes, slice, original, clusterKey, index, horizontal);

        // Layer axis: each layer as thick as its deepest box, boxes centred in it.
        var depth = new double[layerCount];
        foreach (var node in plan.Nodes)
        {
            var (w, h) = sizes[node.Id];
            depth[layerOf[node.Id]] = Math.Max(depth[layerOf[node.Id]], horizontal ? w : h);
        }
        if (horizontal)
        {
            WidenForClusterLabels(plan, layerOf, depth, options);
        }
        var layerStart = new double[layerCount];
        for (var k = 1; k < layerCount; k++)
        {
            layerStart[k] = layerStart[k - 1] + depth[k - 1] + LayerGap(options);
        }

        // Slice axis: keep GraphShape's positions where they fit, never closer than the gap; each cluster's
        // members in a layer form one block centred on the cluster's position, so an opinion faces its arguments.
        var start = new Dictionary<string, double>(StringComparer.Ordinal);
        double Length(DiagramNode node) => horizontal ? sizes[node.Id].Height : sizes[node.Id].Width;
        foreach (var layer in layers)
        {
            var end = double.NegativeInfinity;
            DiagramNode? previous = null;
            var blockCursor = 0.0;
            foreach (var node in layer)
            {
                var length = Length(node);
                var gap = previous is null ? 0
                    : previous.Cluster != node.Cluster ? SliceGap + 2 * ClusterPad
                    : double.IsNegativeInfinity(slice[node.Id]) ? TightGap(options) : SliceGap;
                if (node.Cluster is { } cluster && previous?.Cluster != cluster)
                {
                    var block = layer.Where(n => n.Cluster == cluster).ToList();
                    var blockLength = block.Sum(Length) + SliceGap * (block.Count - 1);
                    blockCursor = clusterKey[cluster] - blockLength / 2;
                }
                var desired = node.Cluster is not null ? blockCursor
                    : double.IsNegativeInfinity(slice[node.Id]) ? end + gap : slice[node.Id] - length / 2;
                blockCursor += length + SliceGap;
                var position = previous is null && double.IsNegativeInfinity(desired) ? 0 : Math.Max(desired, end + gap);
                start[node.Id] = position;
                end = position + length;
                previous = node;
            }
        }

        var packer = new ClusterSeparator(plan, layers, sizes, start, layerOf, horizontal, options, depth);
        packer.Separate();
        CentreTightLayers(layers, sizes, start, horizontal, slice);

        Dictionary<string, LayoutBox> Boxes()
        {
            var boxes = new Dictionary<string, LayoutBox>(StringComparer.Ordinal);
            foreach (var node in plan.Nodes)
            {
                var (w, h) = sizes[node.Id];
                var k = layerOf[node.Id];
                boxes[node.Id] = horizontal
                    ? new LayoutBox(layerStart[k] + (depth[k] - w) / 2, start[node.Id], w, h)
                    : new LayoutBox(start[node.Id], layerStart[k] + (depth[k] - h) / 2, w, h);
            }
            return boxes;
        }
        var tightLayers = Enumerable.Range(0, layerCount).Where(k => layers[k].Count > 0 && layers[k].All(n => double.IsNegativeInfinity(slice[n.Id]))).ToHashSet();
        new LayerCompactor(plan, layers, layerOf, start, Boxes, b => packer.ClusterBoxes(b), tightLayers, horizontal)
            .Compact(TightMiddle(layers, sizes, start, horizontal, slice));
        var boxes = Boxes();
        var bands = Enumerable.Range(0, layerCount).Select(k => (layerStart[k], layerStart[k] + depth[k])).ToList();
        return GeometryFinisher.Finish(plan, boxes, packer.ClusterBoxes(boxes), layerOf, bands, options);
    }

    /// <summary>In left-to-right layouts a cluster's label runs along the layer axis: where it (with the cluster's
    /// padding) is wider than the cluster's layers, the cluster's last layer grows so the cluster's box, centred
    /// on its members, stays inside its layers and clear of the edges in the gaps.</summary>
    private static void WidenForClusterLabels(DiagramPlan plan, IReadOnlyDictionary<string, int> layerOf, double[] depth, DiagramOptions options)
    {
        var font = FontSize(options) - 1;
        foreach (var cluster in plan.Clusters.Where(c => c.Members.Count > 0 && c.Lines.Count > 0))
        {
            var first = cluster.Members.Min(m => layerOf[m]);
            var last = cluster.Members.Max(m => layerOf[m]);
            var span = Enumerable.Range(first, last - first + 1).Sum(k => depth[k]) + (last - first) * LayerGap(options);
            var label = cluster.Lines.Max(l => TextMeasurer.Width(l, font)) + 2 * ClusterPad;
            if (label > span)
            {
                depth[last] += Math.Ceiling(label - span);
            }
        }
    }

    /// <summary>Moves each layer made only of tightly packed nodes (the cited cases) so that its middle faces the
    /// middle of the other layers.</summary>
    private static void CentreTightLayers(
        List<List<DiagramNode>> layers,
        IReadOnlyDictionary<string, (double Width, double Height)> sizes,
        Dictionary<string, double> start,
        bool horizontal,
        IReadOnlyDictionary<string, double> slice)
    {
        double End(DiagramNode n) => start[n.Id] + (horizontal ? sizes[n.Id].Height : sizes[n.Id].Width);
        var tight = layers.Where(l => l.Count > 0 && l.All(n => double.IsNegativeInfinity(slice[n.Id]))).ToList();
        var others = layers.Where(l => l.Count > 0 && !tight.Contains(l)).SelectMany(l => l).ToList();
        if (tight.Count == 0 || others.Count == 0)
        {
            return;
        }
        var middle = (others.Min(n => start[n.Id]) + others.Max(End)) / 2;
        foreach (var layer in tight)
        {
            var offset = middle - (layer.Min(n => start[n.Id]) + layer.Max(End)) / 2;
            foreach (var node in layer)
            {
                start[node.Id] += offset;
            }
        }
    }

    /// <summary>The middle of the layers made only of tightly packed nodes (the cited cases), or null.</summary>
    private static double? TightMiddle(
        List<List<DiagramNode>> layers,
        IReadOnlyDictionary<string, (double Width, double Height)> sizes,
        Dictionary<string, double> start,
        bool horizontal,
        IReadOnlyDictionary<string, double> slice)
    {
        var tight = layers.Where(l => l.Count > 0 && l.All(n => double.IsNegativeInfinity(slice[n.Id]))).SelectMany(l => l).ToList();
        return tight.Count == 0 ? null
            : (tight.Min(n => start[n.Id]) + tight.Max(n => start[n.Id] + (horizontal ? sizes[n.Id].Height : sizes[n.Id].Width))) / 2;
    }

    /// <summary>Within each layer, the slots held by cited cases and provisions are refilled in plan order (cases by
    /// year, then provisions); these nodes are then packed tightly rather than at GraphShape's positions.</summary>
    private static List<DiagramNode> OrderCasesByYear(List<DiagramNode> layer, IReadOnlyDictionary<string, int> index)
    {
        var slots = new List<int>();
        for (var i = 0; i < layer.Count; i++)
        {
            if (layer[i].Node.Kind is NodeKind.Case or NodeKind.Provision)
            {
                slots.Add(i);
            }
        }
        var cases = slots.Select(i => layer[i]).OrderBy(n => index[n.Id]).ToList(); // plan order is year order
        var moved = new List<DiagramNode>();
        for (var i = 0; i < slots.Count; i++)
        {
            moved.Add(cases[i]);
            layer[slots[i]] = cases[i];
        }
        return moved;
    }

    /// <summary>Centre of each node across its layer, from GraphShape's Sugiyama layout; plan order if it fails.</summary>
    private static Dictionary<string, double> SliceCoordinates(
        DiagramPlan plan,
        IReadOnlyDictionary<string, (double Width, double Height)> sizes,
        IReadOnlyList<(string From, string To)> edges,
        bool horizontal)
    {
        var graph = new BidirectionalGraph<string, Edge<string>>(allowParallelEdges: false);
        foreach (var node in plan.Nodes)
        {
            graph.AddVertex(node.Id);
        }
        foreach (var (from, to) in edges)
        {
            graph.AddEdge(new Edge<string>(from, to));
        }
        var vertexSizes = plan.Nodes.ToDictionary(n => n.Id, n => new Size(sizes[n.Id].Width, sizes[n.Id].Height), StringComparer.Ordinal);
        var parameters = new SugiyamaLayoutParameters
        {
            Direction = horizontal ? LayoutDirection.LeftToRight : LayoutDirection.TopToBottom,
            LayerGap = 40,
            SliceGap = SliceGap,
            EdgeRouting = SugiyamaEdgeRouting.Traditional,
        };
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        try
        {
            var algorithm = new SugiyamaLayoutAlgorithm<string, Edge<string>, BidirectionalGraph<string, Edge<string>>>(graph, vertexSizes, parameters)
            {
                Rand = new Random(17), // fixed seed: the same graph gives the same drawing
            };
            algorithm.Compute();
            foreach (var node in plan.Nodes)
            {
                result[node.Id] = algorithm.VerticesPositions.TryGetValue(node.Id, out var point) && double.IsFinite(point.X) && double.IsFinite(point.Y)
                    ? Math.Round(horizontal ? point.Y : point.X, 3)
                    : 0;
            }
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or KeyNotFoundException)
        {
            // GraphShape failed on this graph: fall back to plan order, which is still a valid layout.
            result.Clear();
            for (var i = 0; i < plan.Nodes.Count; i++)
            {
                result[plan.Nodes[i].Id] = i * 40.0;
            }
        }
        return result;
    }
}
