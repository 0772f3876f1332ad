using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Rendering;

/// <summary>A theory that needs Graphviz: skipped, with the reason, where `dot` is not on PATH.</summary>
public sealed class GraphvizTheoryAttribute : TheoryAttribute
{
    public GraphvizTheoryAttribute()
    {
        if (GraphvizEngine.Find() is null)
        {
            Skip = GraphvizFactAttribute.Reason;
        }
    }
}
