using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>An edge as drawn, between synthetic ids. <see cref="From"/> and <see cref="To"/> run in layout
/// direction; when <see cref="Reversed"/> the arrowhead sits at <see cref="From"/> (part-of edges are laid out
/// from the decision to its opinions, so the decision comes first).</summary>
public sealed record DiagramEdge(string From, string To, GraphEdge Edge, bool Reversed)
{
    public bool Quoted => Edge.Quoted == true;
}
