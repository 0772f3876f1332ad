namespace PrecedentGraph.Rendering;

/// <summary>Arrowheads both engines can draw: a filled triangle, a hollow one, or a bar (opposition).</summary>
public enum ArrowStyle
{
    Normal,
    Empty,
    Tee,
}
