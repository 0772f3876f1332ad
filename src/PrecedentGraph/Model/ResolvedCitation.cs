namespace PrecedentGraph.Model;

/// <summary>A mention tied to its case (or left unresolved with a reason) and to the opinion it sits in.</summary>
/// <param name="OpinionIndex">The opinion holding the mention; -1 for front matter.</param>
public sealed record ResolvedCitation(CaseMention Mention, int OpinionIndex, string? CaseKey, string? UnresolvedReason);
