namespace PrecedentGraph.Model;

/// <summary>The decided case: its name ("Malley v. Briggs"), slug ("malley-v-briggs") and what the header gives.</summary>
public sealed record DecisionInfo(string Title, string Slug, string? Docket, string? Date, string? Citation, int? Year);
