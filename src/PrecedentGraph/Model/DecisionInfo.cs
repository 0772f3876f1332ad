namespace PrecedentGraph.Model;

/// <summary>The decided case: its name ("Marbury v. Madison"), slug ("marbury-v-madison") and what the header gives.</summary>
public sealed record DecisionInfo(string Title, string Slug, string? Docket, string? Date, string? Citation, int? Year);
