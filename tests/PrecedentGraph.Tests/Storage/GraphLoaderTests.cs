using PrecedentGraph.Analysis;
using PrecedentGraph.Graph;
using PrecedentGraph.Reading;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Tests.Storage;

public sealed class GraphLoaderTests : IDisposable
{
    private readonly StoreTestDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void LoadDecisionGraph_FixtureDecision_GivesTheExtractedGraph()
    {
        using var store = FixtureCorpus.Create(directory.File("graph.db"));
        AssertSameGraph(FixtureCorpus.Alder().Graph, new GraphLoader(store).LoadDecisionGraph("alder-v-birch"));
    }

    [Theory]
    [InlineData("malley-v-briggs.raw.txt")]
    [InlineData("harlow-v-fitzgerald.normalized.txt")]
    public void LoadDecisionGraph_DevSetDocument_KeepsEveryNodeAndEdgeButUnifiedCases(string name)
    {
        var analysis = new DocumentAnalyzer().Analyze(DocumentReader.ReadFile(Path.Combine(TestPaths.DevSet, name)));
        using var store = CorpusStore.Open(directory.File("devset.db"));
        store.Ingest(analysis);
        var loaded = new GraphLoader(store).LoadDecisionGraph(analysis.Segmentation.Decision.Slug);
        static bool IsCase(string id) => id.StartsWith("case:", StringComparison.Ordinal);
        Assert.Equal(
            analysis.Graph.Nodes.Where(n => !IsCase(n.Id)).Select(n => n.Id).Order(StringComparer.Ordinal),
            loaded.Nodes.Where(n => !IsCase(n.Id)).Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(
            analysis.Graph.Edges.Where(e => !IsCase(e.Target)).Select(e => $"{e.Source} {e.Relation} {e.Target}").Order(StringComparer.Ordinal),
            loaded.Edges.Where(e => !IsCase(e.Target)).Select(e => $"{e.Source} {e.Relation} {e.Target}").Order(StringComparer.Ordinal));
        // Keys that are one case (the same citation) merge: never more case edges than extracted, each opinion once per case.
        var caseEdges = loaded.Edges.Where(e => IsCase(e.Target)).ToList();
        Assert.InRange(caseEdges.Count, 0, analysis.Graph.Edges.Count(e => IsCase(e.Target)));
        Assert.Equal(caseEdges.Count, caseEdges.Select(e => (e.Source, e.Target)).Distinct().Count());
        Assert.Equal(analysis.Graph.Edges.Where(e => IsCase(e.Target)).Sum(e => e.Count ?? 1), caseEdges.Sum(e => e.Count ?? 1));
    }

    [Fact]
    public void LoadCorpusGraph_CitationOfIngestedDecision_PointsAtItsDecisionNode()
    {
        using var store = FixtureCorpus.Create(directory.File("corpus.db"));
        var graph = new GraphLoader(store).LoadCorpusGraph();
        var citing = graph.Edges.Where(e => e.Target == "decision:alder-v-birch" && e.Relation == Relations.ReliesOn).Select(e => e.Source).Order();
        Assert.Equal(["opinion:grove-v-holly:majority:stone", "opinion:ivy-juniper:majority:reyes"], citing);
        Assert.DoesNotContain(graph.Nodes, n => n.Id == "case:alder-v-birch");
        Assert.All(graph.Edges, e => Assert.NotNull(graph.Find(e.Source)));
        Assert.All(graph.Edges, e => Assert.NotNull(graph.Find(e.Target)));
    }

    [Fact]
    public void LoadCaseGraph_Case_HoldsItsCitingOpinionsAndTheirDecisions()
    {
        using var store = FixtureCorpus.Create(directory.File("ego.db"));
        var graph = new GraphLoader(store).LoadCaseGraph("Elm v. Fir");
        var treatments = graph.Edges.Where(e => Relations.IsTreatment(e.Relation)).ToList();
        Assert.Equal(["distinguishes", "relies-on"], treatments.Select(e => e.Relation).Order());
        Assert.All(treatments, e => Assert.Equal("case:elm-v-fir", e.Target));
        Assert.Contains(graph.Edges, e => e.Relation == Relations.PartOf && e.Target == "decision:alder-v-birch");
    }

    [Fact]
    public void LoadCitationNetwork_Fixture_HasOneEdgePerCitingOpinion()
    {
        using var store = FixtureCorpus.Create(directory.File("network.db"));
        var network = new GraphLoader(store).LoadCitationNetwork();
        Assert.Equal(8, network.EdgeCount);
        Assert.Equal(6, network.VertexCount);
    }

    private static void AssertSameGraph(DecisionGraph expected, DecisionGraph actual)
    {
        Assert.Equal(expected.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), actual.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(
            expected.Edges.Select(e => $"{e.Source} {e.Relation} {e.Target} {e.Count} {string.Join("|", e.Evidence)}").Order(StringComparer.Ordinal),
            actual.Edges.Select(e => $"{e.Source} {e.Relation} {e.Target} {e.Count} {string.Join("|", e.Evidence)}").Order(StringComparer.Ordinal));
        foreach (var node in expected.Nodes)
        {
            var stored = actual.Find(node.Id)!;
            Assert.Equal((node.Label, node.Kind, node.Author, node.Citation), (stored.Label, stored.Kind, stored.Author, stored.Citation));
        }
    }
}
