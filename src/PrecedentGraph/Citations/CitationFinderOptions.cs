namespace PrecedentGraph.Citations;

/// <summary>Options of the citation finder.</summary>
/// <param name="KnownCaseNames">Case names learned from documents read before (lowercase, without "v."),
/// which help to find name-only citations in normalized text.</param>
public sealed record CitationFinderOptions(IReadOnlyCollection<string> KnownCaseNames)
{
    public static CitationFinderOptions Default { get; } = new([]);
}
