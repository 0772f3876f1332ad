using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>The style table of every relation: relies-on solid, distinguishes dashed, criticizes / overrules /
/// attacks red with a bar head, limits dotted. A quoted edge is drawn twice as thick with a quote mark.</summary>
public static class RelationStyles
{
    /// <summary>Extra width factor and label mark of a quoted edge.</summary>
    public const double QuotedWidthFactor = 2.2;

    public const string QuotedMark = "\u201C\u201D";

    /// <summary>In legend order.</summary>
    public static IReadOnlyList<RelationStyle> All { get; } =
    [
        new(Relations.ReliesOn, LineStyle.Solid, 1.4, "#1f4e9c", "#000000", ArrowStyle.Normal, true),
        new(Relations.Distinguishes, LineStyle.Dashed, 1.4, "#b85c00", "#404040", ArrowStyle.Normal, true),
        new(Relations.Limits, LineStyle.Dotted, 1.6, "#6a3d9a", "#303030", ArrowStyle.Normal, true),
        new(Relations.Criticizes, LineStyle.Solid, 1.4, "#d62728", "#000000", ArrowStyle.Tee, true),
        new(Relations.Overrules, LineStyle.Solid, 2.4, "#a50f15", "#000000", ArrowStyle.Tee, true),
        new(Relations.Explains, LineStyle.Solid, 1.0, "#2f8f2f", "#606060", ArrowStyle.Empty, true),
        new(Relations.Cites, LineStyle.Solid, 0.8, "#8c8c8c", "#8c8c8c", ArrowStyle.Normal, true),
        new(Relations.Supports, LineStyle.Solid, 1.2, "#2f8f2f", "#505050", ArrowStyle.Empty, true),
        new(Relations.Attacks, LineStyle.Solid, 1.4, "#d62728", "#000000", ArrowStyle.Tee, true),
        new(Relations.ConcursWith, LineStyle.Dashed, 1.0, "#1f77b4", "#606060", ArrowStyle.Empty, true),
        new(Relations.DissentsFrom, LineStyle.Dashed, 1.2, "#d62728", "#202020", ArrowStyle.Tee, true),
        new(Relations.Makes, LineStyle.Solid, 0.7, "#b0b0b0", "#a0a0a0", ArrowStyle.Normal, false),
        new(Relations.PartOf, LineStyle.Solid, 0.7, "#b0b0b0", "#a0a0a0", ArrowStyle.Normal, false),
        new(Relations.Authored, LineStyle.Solid, 0.7, "#b0b0b0", "#a0a0a0", ArrowStyle.Normal, false),
        new(Relations.Joins, LineStyle.Dotted, 0.7, "#b0b0b0", "#a0a0a0", ArrowStyle.Normal, false),
    ];

    private static readonly RelationStyle Unknown = new("other", LineStyle.Solid, 0.8, "#8c8c8c", "#8c8c8c", ArrowStyle.Normal, false);

    public static RelationStyle For(string relation)
    {
        foreach (var style in All)
        {
            if (style.Relation == relation)
            {
                return style;
            }
        }
        return Unknown with { Relation = relation };
    }

    /// <summary>The position of a relation in the legend, or int.MaxValue.</summary>
    public static int Order(string relation)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Relation == relation)
            {
                return i;
            }
        }
        return int.MaxValue;
    }
}
