using PrecedentGraph.Corpus;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Corpus;

/// <summary>The render benchmark's generated graphs and its timing shape; the figures themselves are never asserted.</summary>
public sealed class RenderBenchmarkTests
{
    [Theory]
    [InlineData(50)]
    [InlineData(200)]
    public void Generate_Size_HasThatManyNodesAndIsTheSameEachTime(int nodes)
    {
        var first = RenderBenchmark.Generate(nodes);
        var second = RenderBenchmark.Generate(nodes);

        Assert.Equal(nodes, first.Nodes.Count);
        Assert.Equal(DotWriter.Write(first), DotWriter.Write(second));
    }

    [Fact]
    public void Run_SmallGraph_ReportsItsNodeCount()
    {
        var timing = RenderBenchmark.Run(20, repetitions: 2);

        Assert.Equal(20, timing.Nodes);
        Assert.True(timing.DotMilliseconds >= 0 && timing.BuiltinSvgMilliseconds >= 0);
    }

    [Fact]
    public void Run_NoRepetitions_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RenderBenchmark.Run(20, repetitions: 0));
    }
}
