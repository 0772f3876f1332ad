using System.Text;

namespace PrecedentGraph.Rendering;

/// <summary>Routes the built-in renderer's edges. Between adjacent layers an edge runs from the side of one box to
/// the facing side of the other; an edge that spans layers passes each layer in between through a free slot
/// between its boxes, so it never crosses a box; an edge within one layer bows out beside it. Edges leave and
/// enter a layer at the layer's edge (straight along the layer axis), so curves run only in the gaps between
/// layers; there, segments are smooth curves with tangents along the layer axis.</summary>
internal sealed class EdgeRouter
{
    private const double Clearance = 4;
    private readonly DiagramGeometry _geometry;
    private readonly bool _horizontal;
    private readonly DiagramOptions _options;
    private readonly List<(double Start, double End)>[] _occupied;

    public EdgeRouter(DiagramPlan plan, DiagramGeometry geometry, DiagramOptions options)
    {
        _geometry = geometry;
        _options = options;
        _horizontal = options.Layout == DiagramLayout.LeftToRight;
        _occupied = new List<(double, double)>[geometry.LayerBands.Count];
        for (var k = 0; k < _occupied.Length; k++)
        {
            _occupied[k] = [];
        }
        foreach (var node in plan.Nodes)
        {
            if (geometry.LayerOf.TryGetValue(node.Id, out var layer) && layer < _occupied.Length)
            {
                var box = geometry.Nodes[node.Id];
                _occupied[layer].Add((SliceStart(box), SliceEnd(box)));
            }
        }
        foreach (var list in _occupied)
        {
            list.Sort();
        }
    }

    /// <summary>SVG path data for the edge (arrowhead at its end) and a point near its middle for a label.</summary>
    public (string Path, double MiddleX, double MiddleY) Route(DiagramEdge edge)
    {
        var from = _geometry.Nodes[edge.From];
        var to = _geometry.Nodes[edge.To];
        var a = _geometry.LayerOf.GetValueOrDefault(edge.From);
        var b = _geometry.LayerOf.GetValueOrDefault(edge.To);
        string path;
        (double L, double S) middle;
        if (a == b || _geometry.LayerBands.Count == 0)
        {
            // Out to the layer's far edge (clear of wider boxes in the layer), bow through the gap, and back.
            var edgeOfLayer = _geometry.LayerBands.Count == 0 || a >= _geometry.LayerBands.Count ? Math.Max(LayerEnd(from), LayerEnd(to)) : _geometry.LayerBands[a].End;
            var start = (L: LayerEnd(from), S: SliceCenter(from));
            var end = (L: LayerEnd(to), S: SliceCenter(to));
            if (edge.Reversed)
            {
                (start, end) = (end, start);
            }
            var bow = Math.Min(24 + 0.15 * Math.Abs(end.S - start.S), LayeredLayoutBuilder.LayerGap(_options) * 1.6);
            var outward = (L: edgeOfLayer, S: start.S);
            var inward = (L: edgeOfLayer, S: end.S);
            var control = (L: edgeOfLayer + bow, S: (start.S + end.S) / 2);
            path = "M" + Point(start) + (outward.L > start.L + 0.01 ? " L" + Point(outward) : "")
                + " Q" + Point(control) + " " + Point(inward) + (inward.L < end.L - 0.01 || inward.L > end.L + 0.01 ? " L" + Point(end) : "");
            middle = ((outward.L + 2 * control.L + inward.L) / 4, control.S);
        }
        else
        {
            var points = Waypoints(from, to, a, b);
            if (edge.Reversed)
            {
                points.Reverse();
            }
            path = Smooth(points);
            var i = (points.Count - 2) / 2;
            middle = ((points[i].L + points[i + 1].L) / 2, (points[i].S + points[i + 1].S) / 2);
        }
        var (x, y) = ToXy(middle);
        return (path, x, y);
    }

    private List<(double L, double S)> Waypoints(LayoutBox from, LayoutBox to, int a, int b)
    {
        var forward = a < b;
        var start = (L: forward ? LayerEnd(from) : LayerStart(from), S: SliceCenter(from));
        var end = (L: forward ? LayerStart(to) : LayerEnd(to), S: SliceCenter(to));
        var points = new List<(double L, double S)> { start };
        var step = forward ? 1 : -1;
        // Leave the source's layer and enter the target's at the layer's edge, so curves stay in the gaps
        // between layers and never clip a wider box beside the source or target.
        var leave = forward ? _geometry.LayerBands[a].End : _geometry.LayerBands[a].Start;
        if (Math.Abs(leave - start.L) > 0.01)
        {
            points.Add((leave, start.S));
        }
        for (var k = a + step; k != b; k += step)
        {
            var band = _geometry.LayerBands[k];
            var middle = (band.Start + band.End) / 2;
            var t = Math.Abs(end.L - start.L) < 1e-9 ? 0.5 : (middle - start.L) / (end.L - start.L);
            var slot = FreeSlot(k, start.S + t * (end.S - start.S));
            points.Add((forward ? band.Start : band.End, slot));
            points.Add((forward ? band.End : band.Start, slot));
        }
        var enter = forward ? _geometry.LayerBands[b].Start : _geometry.LayerBands[b].End;
        if (Math.Abs(enter - end.L) > 0.01)
        {
            points.Add((enter, end.S));
        }
        points.Add(end);
        return points;
    }

    /// <summary>The slice coordinate nearest <paramref name="wanted"/> that no box of layer <paramref name="layer"/> covers.</summary>
    private double FreeSlot(int layer, double wanted)
    {
        var boxes = _occupied[layer];
        for (var i = 0; i < boxes.Count; i++)
        {
            var (start, end) = boxes[i];
            if (wanted < start - Clearance || wanted > end + Clearance)
            {
                continue;
            }
            var before = i == 0 ? start - 3 * Clearance : (boxes[i - 1].End + start) / 2;
            var after = i == boxes.Count - 1 ? end + 3 * Clearance : (end + boxes[i + 1].Start) / 2;
            return wanted - before <= after - wanted ? before : after;
        }
        return wanted;
    }

    private string Smooth(List<(double L, double S)> points)
    {
        var path = new StringBuilder("M").Append(Point(points[0]));
        for (var i = 1; i < points.Count; i++)
        {
            var (p, q) = (points[i - 1], points[i]);
            if (Math.Abs(p.S - q.S) < 0.01)
            {
                path.Append(" L").Append(Point(q));
            }
            else
            {
                var half = (q.L - p.L) / 2;
                path.Append(" C").Append(Point((p.L + half, p.S))).Append(' ').Append(Point((q.L - half, q.S))).Append(' ').Append(Point(q));
            }
        }
        return path.ToString();
    }

    private (double X, double Y) ToXy((double L, double S) point) => _horizontal ? (point.L, point.S) : (point.S, point.L);

    private string Point((double L, double S) point)
    {
        var (x, y) = ToXy(point);
        return InvariantNumber.Format(x) + "," + InvariantNumber.Format(y);
    }

    private double LayerStart(LayoutBox box) => _horizontal ? box.X : box.Y;

    private double LayerEnd(LayoutBox box) => _horizontal ? box.Right : box.Bottom;

    private double SliceStart(LayoutBox box) => _horizontal ? box.Y : box.X;

    private double SliceEnd(LayoutBox box) => _horizontal ? box.Bottom : box.Right;

    private double SliceCenter(LayoutBox box) => _horizontal ? box.CenterY : box.CenterX;
}
