namespace PrecedentGraph.Rendering;

/// <summary>Moves a layout so it starts at the margin below the title, adds the legend's box under the
/// drawing and computes the size of the whole picture.</summary>
internal static class GeometryFinisher
{
    public const double TitleFontSize = 15;
    public const double LegendRowHeight = 18;
    public const double LegendSampleWidth = 46;

    public static IReadOnlyList<string> TitleLines(DiagramPlan plan) =>
        LabelText.Wrap(LabelText.Truncate(plan.Title.Length == 0 ? "Precedent graph" : plan.Title, 160), 56);

    public static IReadOnlyList<string> LegendLabels(DiagramPlan plan)
    {
        var labels = plan.LegendRelations.ToList();
        if (plan.LegendQuoted)
        {
            labels.Add("quoted " + RelationStyles.QuotedMark);
        }
        return labels;
    }

    /// <summary>True when the area meets no node box, no cluster box and no edge's corridor (the rectangle
    /// spanned by its two boxes, widened by a layer gap for curves).</summary>
    private static bool IsFree(LayoutBox area, DiagramPlan plan, Dictionary<string, LayoutBox> boxes, List<LayoutBox> clusters, DiagramOptions options)
    {
        if (boxes.Values.Any(b => b.Overlaps(area)) || clusters.Any(c => c.Width > 0 && c.Overlaps(area)))
        {
            return false;
        }
        var gap = LayeredLayoutBuilder.LayerGap(options);
        foreach (var edge in plan.Edges)
        {
            var (a, b) = (boxes[edge.From], boxes[edge.To]);
            var x = Math.Min(a.X, b.X);
            var y = Math.Min(a.Y, b.Y);
            var corridor = new LayoutBox(x, y, Math.Max(a.Right, b.Right) - x, Math.Max(a.Bottom, b.Bottom) - y).Inflate(gap);
            if (corridor.Overlaps(area))
            {
                return false;
            }
        }
        return true;
    }

    public static DiagramGeometry Finish(
        DiagramPlan plan,
        Dictionary<string, LayoutBox> boxes,
        List<LayoutBox> clusters,
        IReadOnlyDictionary<string, int> layerOf,
        IReadOnlyList<(double Start, double End)> bands,
        DiagramOptions options)
    {
        var all = boxes.Values.Concat(clusters.Where(c => c.Width > 0)).ToList();
        var minX = all.Count == 0 ? 0 : all.Min(b => b.X);
        var minY = all.Count == 0 ? 0 : all.Min(b => b.Y);
        var titleHeight = TitleLines(plan).Count * TitleFontSize * 1.3 + 10;
        var dx = LayeredLayoutBuilder.Margin - minX;
        var dy = LayeredLayoutBuilder.Margin + titleHeight - minY;
        var moved = new Dictionary<string, LayoutBox>(StringComparer.Ordinal);
        foreach (var node in plan.Nodes)
        {
            var box = boxes[node.Id];
            moved[node.Id] = box with { X = box.X + dx, Y = box.Y + dy };
        }
        var movedClusters = clusters.Select(c => c.Width > 0 ? c with { X = c.X + dx, Y = c.Y + dy } : c).ToList();
        var content = moved.Values.Concat(movedClusters.Where(c => c.Width > 0)).ToList();
        var right = content.Count == 0 ? LayeredLayoutBuilder.Margin : content.Max(b => b.Right);
        var bottom = content.Count == 0 ? LayeredLayoutBuilder.Margin + titleHeight : content.Max(b => b.Bottom);

        var labels = LegendLabels(plan);
        var legendFont = LayeredLayoutBuilder.FontSize(options) - 1;
        var legend = labels.Count == 0
            ? new LayoutBox(LayeredLayoutBuilder.Margin, bottom, 0, 0)
            : new LayoutBox(
                LayeredLayoutBuilder.Margin,
                bottom + 20,
                Math.Ceiling(LegendSampleWidth + 24 + Math.Max(TextMeasurer.Width("Legend", legendFont + 1), labels.Max(l => TextMeasurer.Width(l, legendFont)))),
                Math.Ceiling((labels.Count + 1) * LegendRowHeight + 10));
        if (labels.Count > 0)
        {
            // The lower left corner is often empty (a lone decision node faces the middle of the column of
            // cases): the legend goes there when no box, cluster or edge's corridor is in the way.
            var corner = legend with { Y = bottom - legend.Height };
            if (corner.Y > LayeredLayoutBuilder.Margin + titleHeight && IsFree(corner.Inflate(8), plan, moved, movedClusters, options))
            {
                legend = corner;
            }
        }
        var titleWidth = TitleLines(plan).Max(l => TextMeasurer.Width(l, TitleFontSize));
        var width = Math.Ceiling(Math.Max(Math.Max(right, legend.Right), LayeredLayoutBuilder.Margin + titleWidth) + LayeredLayoutBuilder.Margin);
        var height = Math.Ceiling(Math.Max(bottom, legend.Bottom) + LayeredLayoutBuilder.Margin);
        var shift = options.Layout == DiagramLayout.LeftToRight ? dx : dy;
        return new DiagramGeometry(moved, movedClusters, legend, width, height)
        {
            LayerOf = layerOf,
            LayerBands = bands.Select(b => (b.Start + shift, b.End + shift)).ToList(),
        };
    }
}
