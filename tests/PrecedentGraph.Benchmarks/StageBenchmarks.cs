using BenchmarkDotNet.Attributes;
using PrecedentGraph.Analysis;
using PrecedentGraph.Citations;
using PrecedentGraph.Corpus;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Segmentation;
using PrecedentGraph.Treatment;

namespace PrecedentGraph.Benchmarks;

/// <summary>Segmentation, sentence splitting, the citation finder, the treatment classifier and the argument miner on one generated
/// decision in each text form.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private SourceDocument document = null!;
    private SegmentationResult segmentation = null!;
    private ResolutionResult resolution = null!;
    private CitationResult citations = null!;
    private TreatmentResult treatment = null!;
    private readonly PrecedentGraph.Arguments.ArgumentMiner miner = new();
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
        citations = finder.Find(document);
        resolution = new CitationResolver().Resolve(document, segmentation, citations);
        treatment = classifier.Classify(document, segmentation, resolution);
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

    /// <summary>The Arguments stage, the costliest: claims, links, term vectors, issues (sentences split afresh).</summary>
    [Benchmark]
    public ArgumentResult MineArguments() => miner.Mine(document, segmentation, citations, resolution, treatment);

    [Benchmark]
    public DocumentAnalysis WholePipeline() => new DocumentAnalyzer().Analyze(document);
}
