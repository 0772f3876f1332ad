namespace PrecedentGraph.Rendering;

/// <summary>Direction in which a diagram's layers run: left to right or top to bottom.</summary>
public enum DiagramLayout
{
    LeftToRight,
    TopToBottom,
}
