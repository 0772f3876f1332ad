using PrecedentGraph.Arguments;
using PrecedentGraph.Citations;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;
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

    public DocumentAnalysis Analyze(SourceDocument document)
    {
        var segmentation = segmenter.Segment(document);
        var citations = finder.Find(document);
        var resolution = resolver.Resolve(document, segmentation, citations);
        var treatment = classifier.Classify(document, segmentation, resolution);
        var arguments = miner.Mine(document, segmentation, citations, resolution, treatment);
        var graph = GraphBuilder.Build(document, segmentation, citations, resolution, treatment, arguments);
        return new DocumentAnalysis(document, segmentation, citations, resolution, treatment, arguments, graph);
    }
}
