namespace PrecedentGraph.Model;

/// <summary>"ante, at 5" (an earlier opinion, usually the Court's) or "post, at 3 (SOTOMAYOR, J., dissenting)":
/// a pointer to another opinion of the same decision, never a case.</summary>
/// <param name="Direction">"ante" or "post".</param>
/// <param name="Justice">The surname given in the parenthetical, if any.</param>
public sealed record InternalReference(TextSpan Span, string Direction, string? Justice);
