using PrecedentGraph.Arguments;
using PrecedentGraph.Citations;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Segmentation;
using PrecedentGraph.Treatment;

namespace PrecedentGraph.Analysis;

/// <summary>The pipeline: segmentation, citations, resolution, treatment, arguments, graph. Stateless and
/// safe to share between threads.</summary>
public sealed class DocumentAnalyzer(AnalysisOptions options)
{
    private readonly OpinionSegmenter segmenter = new();
    private readonly CitationFinder finder = new(options.Citations);
    private readonly CitationResolver resolver = new();
    private readonly TreatmentClassifier classifier = new();
    private readonly ArgumentMiner miner = new();

    public DocumentAnalyzer() : this(AnalysisOptions.Default)
    {
    }

    public DocumentAnalysis Analyze(SourceDocument document) => Analyze(document, null);

    /// <summary>Runs every stage; where <paramref name="clock"/> is given, adds each stage's time to it.</summary>
    public DocumentAnalysis Analyze(SourceDocument document, StageClock? clock)
    {
        var start = StageClock.Now();
        var segmentation = segmenter.Segment(document);
        start = Lap(clock, 1, start);
        var citations = finder.Find(document);
        start = Lap(clock, 2, start);
        var resolution = resolver.Resolve(document, segmentation, citations);
        start = Lap(clock, 3, start);
        // each paragraph is split into sentences once, on first use, for every stage that reads sentences
        var sentences = new SentenceMap(document.Text, segmentation.Paragraphs);
        var treatment = classifier.Classify(document, segmentation, resolution, sentences);
        start = Lap(clock, 4, start);
        var arguments = miner.Mine(document, segmentation, citations, resolution, treatment, sentences);
        start = Lap(clock, 5, start);
        var graph = GraphBuilder.Build(document, segmentation, citations, resolution, treatment, arguments);
        Lap(clock, 6, start);
        return new DocumentAnalysis(document, segmentation, citations, resolution, treatment, arguments, graph);
    }

    private static long Lap(StageClock? clock, int stage, long start)
    {
        clock?.Add(stage, start);
        return StageClock.Now();
    }
}
