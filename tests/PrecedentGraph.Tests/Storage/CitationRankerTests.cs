using PrecedentGraph.Storage;
using QuikGraph;
using QuikGraph.Algorithms.Ranking;

namespace PrecedentGraph.Tests.Storage;

public sealed class CitationRankerTests
{
    [Theory]
    [InlineData("1-2 2-3 3-1")]
    [InlineData("1-2 1-3 2-3 4-3 5-4")]
    [InlineData("1-2 2-1 3-1 3-2 4-1")]
    public void Rank_SmallGraphs_MatchesQuikGraphPageRank(string edges)
    {
        var graph = new BidirectionalGraph<int, Edge<int>>();
        foreach (var pair in edges.Split(' '))
        {
            var ends = pair.Split('-').Select(int.Parse).ToArray();
            graph.AddVerticesAndEdge(new Edge<int>(ends[0], ends[1]));
        }
        var expected = new PageRankAlgorithm<int, Edge<int>>(graph);
        expected.Compute();
        var actual = CitationRanker.Rank(graph);
        foreach (var vertex in graph.Vertices)
        {
            // QuikGraph stops at its own tolerance: equal to two decimals.
            Assert.Equal(expected.Ranks[vertex], actual[vertex], 2);
        }
    }
}
