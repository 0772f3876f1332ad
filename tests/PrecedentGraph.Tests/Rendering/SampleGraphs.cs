using PrecedentGraph.Analysis;
using PrecedentGraph.Graph;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Rendering;

/// <summary>The sample's graph (seeds/messerschmidt-v-millender.txt), extracted once per test run.</summary>
internal static class SampleGraphs
{
    private static readonly Lazy<DecisionGraph> Full = new(() => new DocumentAnalyzer().Analyze(DocumentReader.ReadFile(TestPaths.Sample)).Graph);

    /// <summary>Every node, arguments included (what `render` draws).</summary>
    public static DecisionGraph Graph => Full.Value;

    /// <summary>The citation map: the graph without argument nodes (what `map` draws into output/).</summary>
    public static DecisionGraph CitationMap => Full.Value.Without(NodeKind.Argument);
}
