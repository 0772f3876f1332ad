namespace PrecedentGraph.Rendering;

public enum LineStyle
{
    Solid,
    Dashed,
    Dotted,
}
