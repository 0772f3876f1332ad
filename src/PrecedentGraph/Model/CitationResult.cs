namespace PrecedentGraph.Model;

public sealed record CitationResult(
    IReadOnlyList<CaseMention> Cases,
    IReadOnlyList<ProvisionMention> Provisions,
    IReadOnlyList<InternalReference> InternalReferences,
    IReadOnlyList<Diagnostic> Diagnostics);
