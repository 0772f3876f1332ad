using PrecedentGraph.Citations;

namespace PrecedentGraph.Analysis;

/// <summary>Options for the whole pipeline, one record per stage that has any.</summary>
public sealed record AnalysisOptions(CitationFinderOptions Citations)
{
    public static AnalysisOptions Default { get; } = new(CitationFinderOptions.Default);
}
