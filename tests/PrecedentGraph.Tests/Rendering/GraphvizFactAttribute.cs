using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Rendering;

/// <summary>A fact that needs Graphviz: skipped, with the reason, where `dot` is not on PATH.</summary>
public sealed class GraphvizFactAttribute : FactAttribute
{
    public const string Reason = "Graphviz (dot) is not on PATH; install it (apt-get install graphviz, as .ci/run does) to run this test";

    public GraphvizFactAttribute()
    {
        if (GraphvizEngine.Find() is null)
        {
            Skip = Reason;
        }
    }
}
