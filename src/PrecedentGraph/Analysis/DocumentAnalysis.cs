using PrecedentGraph.Graph;
using PrecedentGraph.Model;

namespace PrecedentGraph.Analysis;

/// <summary>Everything the pipeline learned from one document, stage by stage.</summary>
public sealed record DocumentAnalysis(
    SourceDocument Document,
    SegmentationResult Segmentation,
    CitationResult Citations,
    ResolutionResult Resolution,
    TreatmentResult Treatment,
    ArgumentResult Arguments,
    DecisionGraph Graph)
{
    public IEnumerable<Diagnostic> Diagnostics =>
        Document.Diagnostics
            .Concat(Segmentation.Diagnostics)
            .Concat(Citations.Diagnostics)
            .Concat(Resolution.Diagnostics)
            .Concat(Treatment.Diagnostics)
            .Concat(Arguments.Diagnostics);
}
