namespace PrecedentGraph.Model;

public sealed record TreatmentResult(
    IReadOnlyList<CitationTreatment> Citations,
    IReadOnlyList<OpinionCaseTreatment> Pairs,
    IReadOnlyList<Diagnostic> Diagnostics);
