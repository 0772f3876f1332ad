using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Finds each opinion's claims and the support/attack links between them. (Scaffold: none.)</summary>
public sealed class ArgumentMiner
{
    public ArgumentResult Mine(SourceDocument document, SegmentationResult segmentation, CitationResult citations,
        ResolutionResult resolution, TreatmentResult treatment) => ArgumentResult.Empty;
}
