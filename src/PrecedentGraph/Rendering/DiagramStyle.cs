namespace PrecedentGraph.Rendering;

/// <summary>Screen: colour, sans-serif. Paper: grayscale, serif, sized for an A4 text column.</summary>
public enum DiagramStyle
{
    Screen,
    Paper,
}
