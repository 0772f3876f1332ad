namespace PrecedentGraph.Model;

/// <summary>An issue of the decision: a group of arguments about one question, named by its distinctive terms.</summary>
public sealed record DecisionIssue(int Index, string Name, IReadOnlyList<string> Terms, IReadOnlyList<int> Arguments);
