using PrecedentGraph.Graph;
using PrecedentGraph.Rendering;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Rendering;

public sealed class EdgeRouterTests(ITestOutputHelper output)
{
    public static TheoryData<string, DiagramStyle, DiagramLayout> Cases() => new()
    {
        { "sample", DiagramStyle.Screen, DiagramLayout.LeftToRight },
        { "sample", DiagramStyle.Paper, DiagramLayout.LeftToRight },
        { "sample", DiagramStyle.Screen, DiagramLayout.TopToBottom },
        { "sample-arguments", DiagramStyle.Screen, DiagramLayout.LeftToRight },
        { "constructed", DiagramStyle.Screen, DiagramLayout.LeftToRight },
        { "constructed", DiagramStyle.Paper, DiagramLayout.TopToBottom },
        { "large", DiagramStyle.Screen, DiagramLayout.LeftToRight },
        { "large", DiagramStyle.Screen, DiagramLayout.TopToBottom },
    };

    private static DecisionGraph Graph(string name) => name switch
    {
        "sample" => SampleGraphs.CitationMap,
        "sample-arguments" => SampleGraphs.Graph,
        "large" => RenderingGraphs.Large(200),
        _ => RenderingGraphs.Constructed(),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Route_Graph_NoEdgeThroughAnUnrelatedBox(string name, DiagramStyle style, DiagramLayout layout)
    {
        var drawing = SvgDrawing.Parse(BuiltinSvgRenderer.Render(Graph(name), new DiagramOptions { Style = style, Layout = layout }));
        var through = drawing.EdgesThroughBoxes();
        output.WriteLine($"{name} {style} {layout}: {drawing.Edges.Count} edges, {through.Count} pass through a box not their own");
        Assert.True(through.Count == 0, string.Join("; ", through.Take(10).Select(t => $"edge {t.Edge} crosses {t.Node}")));
    }
}
