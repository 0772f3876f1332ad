namespace PrecedentGraph.Model;

public sealed record ResolutionResult(
    IReadOnlyList<CitedCase> Cases,
    IReadOnlyList<ResolvedCitation> Citations,
    IReadOnlyList<Diagnostic> Diagnostics);
