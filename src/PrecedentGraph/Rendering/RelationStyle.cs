namespace PrecedentGraph.Rendering;

/// <summary>How one relation is drawn. Colours are "#rrggbb"; <see cref="PaperColor"/> is the grayscale one.
/// Line style and arrowhead differ where colours would collapse in grayscale.</summary>
public sealed record RelationStyle(
    string Relation,
    LineStyle Line,
    double Width,
    string ScreenColor,
    string PaperColor,
    ArrowStyle Arrow,
    bool InLegend)
{
    public string Color(DiagramStyle style) => style == DiagramStyle.Paper ? PaperColor : ScreenColor;
}
