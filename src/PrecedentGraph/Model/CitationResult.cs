namespace PrecedentGraph.Model;

public sealed record CitationResult(
    IReadOnlyList<CaseMention> Cases,
    IReadOnlyList<ProvisionMention> Provisions,
    IReadOnlyList<InternalReference> InternalReferences,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Record citations ("App. 78", "Brief for Respondents", "Tr. of Oral Arg. 12"): never cases, but an
    /// "Id." right after one points to the record, not to the case cited before.</summary>
    public IReadOnlyList<TextSpan> RecordCitations { get; init; } = [];

    /// <summary>The distinctive words of the decided case's name, as the finder read them from the document's header,
    /// so the resolver does not read the header again; null when the result was not made by the finder.</summary>
    public IReadOnlySet<string>? DecidedCaseWords { get; init; }
}
