namespace PrecedentGraph.Rendering;

/// <summary>Moves nodes along their layers (never backwards, never past each other) until no node that is not
/// in an opinion's cluster lies inside that cluster's box and no two cluster boxes overlap.</summary>
internal sealed class ClusterSeparator
{
    private const int MaxRounds = 400;
    private readonly DiagramPlan _plan;
    private readonly IReadOnlyList<List<DiagramNode>> _layers;
    private readonly IReadOnlyDictionary<string, (double Width, double Height)> _sizes;
    private readonly Dictionary<string, double> _start;
    private readonly IReadOnlyDictionary<string, int> _layerOf;
    private readonly bool _horizontal;
    private readonly DiagramOptions _options;
    private readonly Dictionary<string, int> _position = new(StringComparer.Ordinal);
    private readonly double[] _depth;

    public ClusterSeparator(
        DiagramPlan plan,
        IReadOnlyList<List<DiagramNode>> layers,
        IReadOnlyDictionary<string, (double Width, double Height)> sizes,
        Dictionary<string, double> start,
        IReadOnlyDictionary<string, int> layerOf,
        bool horizontal,
        DiagramOptions options,
        double[] depth)
    {
        _plan = plan;
        _depth = depth;
        _layers = layers;
        _sizes = sizes;
        _start = start;
        _layerOf = layerOf;
        _horizontal = horizontal;
        _options = options;
        foreach (var layer in layers)
        {
            for (var i = 0; i < layer.Count; i++)
            {
                _position[layer[i].Id] = i;
            }
        }
    }

    /// <summary>Rounds it took (0 when nothing had to move); <see cref="MaxRounds"/> means it gave up.</summary>
    public int Rounds { get; private set; }

    public void Separate()
    {
        if (_plan.Clusters.Count == 0)
        {
            return;
        }
        for (Rounds = 0; Rounds < MaxRounds; Rounds++)
        {
            if (!FixOne())
            {
                return;
            }
        }
    }

    /// <summary>The box of each cluster: its members with a margin, and room for its label on top; a label wider
    /// than the members widens the box equally on both sides.</summary>
    public List<LayoutBox> ClusterBoxes(IReadOnlyDictionary<string, LayoutBox> boxes)
    {
        var result = new List<LayoutBox>();
        var labelFont = LayeredLayoutBuilder.FontSize(_options) - 1;
        foreach (var cluster in _plan.Clusters)
        {
            var members = cluster.Members.Select(m => boxes[m]).ToList();
            if (members.Count == 0)
            {
                result.Add(default);
                continue;
            }
            var x = members.Min(b => b.X) - LayeredLayoutBuilder.ClusterPad;
            var y = members.Min(b => b.Y) - LayeredLayoutBuilder.ClusterPad;
            var right = members.Max(b => b.Right) + LayeredLayoutBuilder.ClusterPad;
            var bottom = members.Max(b => b.Bottom) + LayeredLayoutBuilder.ClusterPad;
            var labelHeight = cluster.Lines.Count * labelFont * 1.25 + 2;
            var labelWidth = cluster.Lines.Count == 0 ? 0 : cluster.Lines.Max(l => TextMeasurer.Width(l, labelFont)) + 2 * LayeredLayoutBuilder.ClusterPad;
            if (labelWidth > right - x)
            {
                // A label wider than the members: the box grows on both sides, centred on them (as they are in their layer).
                x = (x + right - labelWidth) / 2;
                right = x + labelWidth;
            }
            result.Add(new LayoutBox(x, y - labelHeight, right - x, bottom - y + labelHeight));
        }
        return result;
    }

    private Dictionary<string, LayoutBox> Boxes()
    {
        var boxes = new Dictionary<string, LayoutBox>(StringComparer.Ordinal);
        var depth = _depth;
        var layerStart = new double[_layers.Count];
        for (var k = 1; k < _layers.Count; k++)
        {
            layerStart[k] = layerStart[k - 1] + depth[k - 1] + LayeredLayoutBuilder.LayerGap(_options);
        }
        foreach (var node in _plan.Nodes)
        {
            var (w, h) = _sizes[node.Id];
            var k = _layerOf[node.Id];
            boxes[node.Id] = _horizontal
                ? new LayoutBox(layerStart[k] + (depth[k] - w) / 2, _start[node.Id], w, h)
                : new LayoutBox(_start[node.Id], layerStart[k] + (depth[k] - h) / 2, w, h);
        }
        return boxes;
    }

    private bool FixOne()
    {
        var boxes = Boxes();
        var clusterBoxes = ClusterBoxes(boxes);
        for (var c = 0; c < _plan.Clusters.Count; c++)
        {
            var cluster = _plan.Clusters[c];
            if (cluster.Members.Count == 0)
            {
                continue;
            }
            var rect = clusterBoxes[c].Inflate(2);
            foreach (var node in _plan.Nodes)
            {
                if (node.Cluster == cluster.Index || !boxes[node.Id].Overlaps(rect))
                {
                    continue;
                }
                var box = boxes[node.Id];
                var firstMember = _layers[_layerOf[node.Id]].FirstOrDefault(n => n.Cluster == cluster.Index);
                var after = firstMember is not null
                    ? _position[node.Id] > _position[firstMember.Id]
                    : SliceCenter(box) >= SliceCenter(rect);
                if (after)
                {
                    ShiftFrom(node, SliceEnd(rect) + LayeredLayoutBuilder.SliceGap - SliceStart(box));
                }
                else
                {
                    ShiftCluster(cluster, SliceEnd(box) + LayeredLayoutBuilder.SliceGap - SliceStart(rect));
                }
                return true;
            }
            for (var d = c + 1; d < _plan.Clusters.Count; d++)
            {
                if (_plan.Clusters[d].Members.Count == 0 || !clusterBoxes[c].Inflate(2).Overlaps(clusterBoxes[d]))
                {
                    continue;
                }
                var (first, second) = SliceStart(clusterBoxes[c]) <= SliceStart(clusterBoxes[d]) ? (c, d) : (d, c);
                ShiftCluster(_plan.Clusters[second], SliceEnd(clusterBoxes[first]) + LayeredLayoutBuilder.SliceGap - SliceStart(clusterBoxes[second]));
                return true;
            }
        }
        return false;
    }

    private double SliceStart(LayoutBox box) => _horizontal ? box.Y : box.X;

    private double SliceEnd(LayoutBox box) => _horizontal ? box.Bottom : box.Right;

    private double SliceCenter(LayoutBox box) => _horizontal ? box.CenterY : box.CenterX;

    private void ShiftCluster(DiagramCluster cluster, double delta)
    {
        foreach (var layer in _layers)
        {
            var first = layer.FirstOrDefault(n => n.Cluster == cluster.Index);
            if (first is not null)
            {
                ShiftFrom(first, delta);
            }
        }
    }

    /// <summary>Moves a node and every node after it in its layer forward by at least one unit.</summary>
    private void ShiftFrom(DiagramNode node, double delta)
    {
        delta = Math.Max(1, Math.Ceiling(delta));
        var layer = _layers[_layerOf[node.Id]];
        for (var i = _position[node.Id]; i < layer.Count; i++)
        {
            _start[layer[i].Id] += delta;
        }
    }
}
