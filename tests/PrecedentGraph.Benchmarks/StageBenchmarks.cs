using BenchmarkDotNet.Attributes;
using PrecedentGraph.Analysis;
using PrecedentGraph.Citations;
using PrecedentGraph.Corpus;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Segmentation;
using PrecedentGraph.Treatment;

namespace PrecedentGraph.Benchmarks;

/// <summary>Segmentation, sentence splitting, the citation finder and the treatment classifier on one generated
/// decision in each text form.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private SourceDocument document = null!;
    private SegmentationResult segmentation = null!;
    private ResolutionResult resolution = null!;
    private readonly CitationFinder finder = new(CitationFinderOptions.Default);
    private readonly TreatmentClassifier classifier = new();
    private readonly OpinionSegmenter segmenter = new();

    [Params(InputForm.Raw, InputForm.Normalized)]
    public InputForm Form { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generated = new SyntheticOpinionGenerator().Generate(60).Last();
        var text = Form == InputForm.Raw ? generated.Raw : generated.Normalized;
        document = DocumentReader.ReadBytes(System.Text.Encoding.UTF8.GetBytes(text), generated.Name);
        segmentation = new OpinionSegmenter().Segment(document);
        resolution = new CitationResolver().Resolve(document, segmentation, finder.Find(document));
    }

    [Benchmark]
    public SegmentationResult Segment() => segmenter.Segment(document);

    /// <summary>Every paragraph split into sentences, as the stages share them (<see cref="SentenceMap"/>).</summary>
    [Benchmark]
    public int SplitSentences()
    {
        var map = new SentenceMap(document.Text, segmentation.Paragraphs);
        return segmentation.Paragraphs.Sum(p => map.Of(p).Count);
    }

    [Benchmark]
    public CitationResult FindCitations() => finder.Find(document);

    [Benchmark]
    public TreatmentResult ClassifyTreatment() => classifier.Classify(document, segmentation, resolution);

    [Benchmark]
    public DocumentAnalysis WholePipeline() => new DocumentAnalyzer().Analyze(document);
}
