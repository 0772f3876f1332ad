using PrecedentGraph.Graph;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Rendering;

public sealed class LayerCompactorTests
{
    public static TheoryData<string, DiagramLayout> Cases() => new()
    {
        { "sample", DiagramLayout.LeftToRight },
        { "sample", DiagramLayout.TopToBottom },
        { "sample-arguments", DiagramLayout.LeftToRight },
        { "constructed", DiagramLayout.LeftToRight },
        { "large", DiagramLayout.TopToBottom },
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
    public void Compact_Layout_NoEmptyStripeAcrossTheDrawing(string name, DiagramLayout layout)
    {
        var options = new DiagramOptions { Layout = layout };
        var geometry = LayeredLayoutBuilder.Build(DiagramPlanner.Plan(Graph(name), options), options);
        var horizontal = layout == DiagramLayout.LeftToRight;
        var intervals = geometry.Nodes.Values.Concat(geometry.Clusters.Where(c => c.Width > 0))
            .Select(b => horizontal ? (Start: b.Y, End: b.Bottom) : (Start: b.X, End: b.Right))
            .OrderBy(i => i.Start)
            .ToList();
        var reach = intervals[0].End;
        foreach (var (start, end) in intervals.Skip(1))
        {
            Assert.True(start - reach <= LayerCompactor.KeptGap + 0.01, $"an empty stripe of {start - reach:0} units at {reach:0}");
            reach = Math.Max(reach, end);
        }
    }

    [Fact]
    public void Compact_SampleCitationMap_OpinionsFaceTheMiddleOfTheCases()
    {
        var options = DiagramOptions.Default;
        var plan = DiagramPlanner.Plan(SampleGraphs.CitationMap, options);
        var geometry = LayeredLayoutBuilder.Build(plan, options);
        var cases = plan.Nodes.Where(n => n.Node.Kind is NodeKind.Case or NodeKind.Provision).Select(n => geometry.Nodes[n.Id]).ToList();
        var opinions = plan.Nodes.Where(n => n.Node.Kind == NodeKind.Opinion).Select(n => geometry.Nodes[n.Id]).ToList();
        var casesMiddle = (cases.Min(b => b.Y) + cases.Max(b => b.Bottom)) / 2;
        var opinionsMiddle = (opinions.Min(b => b.Y) + opinions.Max(b => b.Bottom)) / 2;

        // The opinions' block (cluster labels above it included) sits near the middle of the column of cases.
        Assert.True(Math.Abs(casesMiddle - opinionsMiddle) < 60, $"opinions centred at {opinionsMiddle:0}, cases at {casesMiddle:0}");
        Assert.True(opinions.Min(b => b.Y) > cases.Min(b => b.Y) && opinions.Max(b => b.Bottom) < cases.Max(b => b.Bottom));
    }
}
