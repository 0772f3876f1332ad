using PrecedentGraph.Rendering;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Rendering;

public sealed class PaperLayoutChooserTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(DiagramStyle.Screen, DiagramLayout.TopToBottom)]
    [InlineData(DiagramStyle.Screen, DiagramLayout.LeftToRight)]
    public void Choose_ScreenStyle_KeepsTheOptions(DiagramStyle style, DiagramLayout layout)
    {
        var options = new DiagramOptions { Style = style, Layout = layout };
        var (_, chosen, _) = PaperLayoutChooser.Choose(SampleGraphs.CitationMap, options);
        Assert.Equal(options, chosen);
    }

    [Fact]
    public void Choose_PaperTopToBottomWithManyCitedCases_TurnsToReadableDirection()
    {
        // Top to bottom, the sample's cited cases make one wide row: text well under 8 pt at 160 mm.
        var options = new DiagramOptions { Style = DiagramStyle.Paper, Layout = DiagramLayout.TopToBottom };
        var plan = DiagramPlanner.Plan(SampleGraphs.CitationMap, options);
        var requested = PaperLayoutChooser.SmallestTextPoints(LayeredLayoutBuilder.Build(plan, options), options);

        var (_, chosen, geometry) = PaperLayoutChooser.Choose(SampleGraphs.CitationMap, options);
        var points = PaperLayoutChooser.SmallestTextPoints(geometry, chosen);
        output.WriteLine($"requested: {requested:0.00} pt; chosen {chosen.Layout}, wrap {chosen.PaperWrapWidth}: {points:0.00} pt, {PaperLayoutChooser.HeightMillimetres(geometry):0.0} mm tall");

        Assert.True(requested < PaperLayoutChooser.MinimumTextPoints, $"the requested layout already prints {requested:0.00} pt");
        Assert.Equal(DiagramLayout.LeftToRight, chosen.Layout);
        Assert.True(points >= PaperLayoutChooser.MinimumTextPoints, $"{points:0.00} pt");
    }

    [Theory]
    [InlineData("constructed")]
    [InlineData("sample")]
    public void Choose_Paper_TextOf8PointsOrMoreAndNoTallerThanTheFirstReadableCandidate(string name)
    {
        // Citation maps (no argument nodes), as `map` draws them.
        var graph = name == "sample" ? SampleGraphs.CitationMap : RenderingGraphs.Constructed().Without(PrecedentGraph.Graph.NodeKind.Argument);
        var options = new DiagramOptions { Style = DiagramStyle.Paper };
        var plan = DiagramPlanner.Plan(graph, options);
        var plain = LayeredLayoutBuilder.Build(plan, options);

        var (_, chosen, geometry) = PaperLayoutChooser.Choose(graph, options);
        var height = PaperLayoutChooser.HeightMillimetres(geometry);
        output.WriteLine($"{name}: {PaperLayoutChooser.HeightMillimetres(plain):0.0} mm at wrap 16 -> {height:0.0} mm at wrap {chosen.PaperWrapWidth}, "
            + $"{PaperLayoutChooser.SmallestTextPoints(geometry, chosen):0.00} pt");

        Assert.True(PaperLayoutChooser.SmallestTextPoints(geometry, chosen) >= PaperLayoutChooser.MinimumTextPoints);
        Assert.True(height <= PaperLayoutChooser.HeightMillimetres(plain) + 0.01, "the chosen figure is taller than the plain one");
        if (name == "constructed")
        {
            Assert.True(height <= PaperLayoutChooser.PageHeightMillimetres, $"{height:0.0} mm does not fit an A4 text block");
        }
    }
}
