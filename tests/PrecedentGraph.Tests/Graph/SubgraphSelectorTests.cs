using PrecedentGraph.Graph;
using PrecedentGraph.Tests.Rendering;

namespace PrecedentGraph.Tests.Graph;

public sealed class SubgraphSelectorTests
{
    [Fact]
    public void Select_FocusDepthOne_KeepsWhoTreatsTheCase()
    {
        var result = SubgraphSelector.Select(RenderingGraphs.Constructed(), new SubgraphOptions { Focus = "Quill v. Farrow", Depth = 1 });
        Assert.True(result.Succeeded);
        var ids = result.Graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.Contains("case:quill-v-farrow", ids);
        Assert.Contains("opinion:alder-v-birchwood:majority:whitcombe", ids);
        Assert.Contains("opinion:alder-v-birchwood:dissent:halloway", ids);
        Assert.Contains("argument:alder-v-birchwood:majority:whitcombe:1", ids);
        Assert.Contains("decision:alder-v-birchwood", ids);
        Assert.DoesNotContain("opinion:alder-v-birchwood:concurrence:ostrander", ids);
        Assert.DoesNotContain("case:pell-v-ashdown", ids);
        Assert.All(result.Graph.Edges, e => Assert.True(ids.Contains(e.Source) && ids.Contains(e.Target)));
    }

    [Fact]
    public void Select_FocusDepthTwo_AddsWhatTheTreatingOpinionsCite()
    {
        var result = SubgraphSelector.Select(RenderingGraphs.Constructed(), new SubgraphOptions { Focus = "case:quill-v-farrow", Depth = 2 });
        var ids = result.Graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.Contains("case:pell-v-ashdown", ids);
        Assert.Contains("case:rourke-v-county-of-lysander", ids);
    }

    [Theory]
    [InlineData("v.", "matches")]
    [InlineData("Nonexistent v. Nobody", "no case matches")]
    public void Select_UnclearFocus_ReportsProblem(string focus, string problem)
    {
        var result = SubgraphSelector.Select(RenderingGraphs.Constructed(), new SubgraphOptions { Focus = focus });
        Assert.False(result.Succeeded);
        Assert.Contains(problem, result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_Relations_KeepsOnlyThoseTreatmentsAndStructure()
    {
        var result = SubgraphSelector.Select(RenderingGraphs.Constructed(), new SubgraphOptions { Relations = [Relations.Distinguishes] });
        var treatments = result.Graph.Edges.Where(e => Relations.IsTreatment(e.Relation)).Select(e => e.Relation).Distinct().ToList();
        Assert.Equal([Relations.Distinguishes], treatments);
        Assert.Contains(result.Graph.Edges, e => e.Relation == Relations.Makes);
        Assert.DoesNotContain(result.Graph.Nodes, n => n.Id == "case:pell-v-ashdown");
    }

    [Theory]
    [InlineData("dissent", "opinion:alder-v-birchwood:dissent:halloway")]
    [InlineData("Ostrander", "opinion:alder-v-birchwood:concurrence:ostrander")]
    [InlineData("opinion:alder-v-birchwood:majority:whitcombe", "opinion:alder-v-birchwood:majority:whitcombe")]
    public void Select_Opinions_KeepsOnlyThatOpinionAndItsArguments(string filter, string kept)
    {
        var result = SubgraphSelector.Select(RenderingGraphs.Constructed(), new SubgraphOptions { Opinions = [filter] });
        var opinions = result.Graph.Nodes.Where(n => n.Kind == NodeKind.Opinion).Select(n => n.Id).ToList();
        Assert.Equal([kept], opinions);
        Assert.All(result.Graph.Nodes.Where(n => n.Kind == NodeKind.Argument), n => Assert.Equal(kept, n.Opinion));
    }
}
