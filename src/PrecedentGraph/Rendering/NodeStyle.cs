namespace PrecedentGraph.Rendering;

/// <summary>How a node kind is drawn: fill and border colours per style, rounded corners, border width.</summary>
public sealed record NodeStyle(string ScreenFill, string PaperFill, string ScreenBorder, bool Rounded, double BorderWidth)
{
    public string Fill(DiagramStyle style) => style == DiagramStyle.Paper ? PaperFill : ScreenFill;

    public string Border(DiagramStyle style) => style == DiagramStyle.Paper ? "#000000" : ScreenBorder;
}
