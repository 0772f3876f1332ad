namespace PrecedentGraph.Model;

public sealed record ArgumentResult(
    IReadOnlyList<Argument> Arguments,
    IReadOnlyList<ArgumentLink> Links,
    IReadOnlyList<ArgumentCaseLink> CaseLinks,
    IReadOnlyList<DecisionIssue> Issues,
    IReadOnlyList<OpinionPosition> Positions,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public static ArgumentResult Empty { get; } = new([], [], [], [], [], []);
}
