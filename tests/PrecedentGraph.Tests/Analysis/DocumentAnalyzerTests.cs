using PrecedentGraph.Analysis;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Analysis;

/// <summary>The whole pipeline, end to end, on the sample decision.</summary>
public class DocumentAnalyzerTests
{
    private static readonly Lazy<DocumentAnalysis> Sample = new(() => new DocumentAnalyzer().Analyze(DocumentReader.ReadFile(TestPaths.Sample)));

    [Theory]
    [InlineData("majority", "Roberts", "Alito,Breyer,Kennedy,Scalia,Thomas")]
    [InlineData("concurrence", "Breyer", "")]
    [InlineData("concurrence-dissent", "Kagan", "")]
    [InlineData("dissent", "Sotomayor", "Ginsburg")]
    public void Analyze_Sample_HasEachOpinionWithAuthorAndJoiners(string kind, string author, string joiners)
    {
        var opinion = Assert.Single(Sample.Value.Graph.Nodes, n => n.Kind == NodeKind.Opinion && n.Author == author);

        Assert.Equal(kind, Relations.Name(opinion.OpinionKind!.Value));
        Assert.Equal(joiners, string.Join(',', (opinion.JoinedBy ?? []).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Analyze_Sample_HasFourOpinionsPartOfOneDecision()
    {
        var graph = Sample.Value.Graph;
        var decision = Assert.Single(graph.Nodes, n => n.Kind == NodeKind.Decision);
        Assert.Equal("Messerschmidt v. Millender", decision.Label);

        var opinions = graph.Nodes.Where(n => n.Kind == NodeKind.Opinion).ToList();
        Assert.Equal(4, opinions.Count);
        Assert.All(opinions, o => Assert.Contains(graph.Edges, e => e.Source == o.Id && e.Target == decision.Id && e.Relation == Relations.PartOf));
    }

    [Fact]
    public void Analyze_Sample_EveryCitedCaseHasExactlyOneTreatmentEdgePerOpinion()
    {
        var graph = Sample.Value.Graph;
        var caseIds = graph.Nodes.Where(n => n.Kind == NodeKind.Case).Select(n => n.Id).ToHashSet();
        var pairs = graph.Edges.Where(e => caseIds.Contains(e.Target) && e.Source.StartsWith("opinion:", StringComparison.Ordinal))
            .GroupBy(e => (e.Source, e.Target)).ToList();

        Assert.NotEmpty(pairs);
        Assert.All(pairs, pair => Assert.Single(pair));
        Assert.All(pairs, pair => Assert.True(Relations.IsTreatment(pair.Single().Relation)));
        Assert.All(caseIds, id => Assert.Contains(graph.Edges, e => e.Target == id));
    }

    [Fact]
    public void Analyze_Sample_TreatmentEdgesCarryEvidenceFromTheText()
    {
        var analysis = Sample.Value;
        var treatmentEdges = analysis.Graph.Edges.Where(e => e.Source.StartsWith("opinion:", StringComparison.Ordinal) && e.Target.StartsWith("case:", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(treatmentEdges);
        var flat = GraphBuilder.Clean(analysis.Document.Text);
        Assert.All(treatmentEdges, e =>
        {
            Assert.NotEmpty(e.Evidence);
            Assert.All(e.Evidence, sentence => Assert.Contains(sentence, flat));
            Assert.NotNull(e.Cue);
        });
    }

    [Fact]
    public void Analyze_Sample_IsNormalizedInput()
    {
        Assert.Equal(InputForm.Normalized, Sample.Value.Document.Form);
    }
}
