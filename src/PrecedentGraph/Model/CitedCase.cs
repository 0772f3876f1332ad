namespace PrecedentGraph.Model;

/// <summary>A case as one node: the same for every form and document that cites it.</summary>
/// <param name="Key">Stable slug ("marbury-v-madison").</param>
/// <param name="Label">Usual citation form with capitals restored ("United States v. Lopez").</param>
/// <param name="PrimaryCitation">"5 U.S. 137" where known.</param>
/// <param name="Citations">Every parallel citation seen.</param>
public sealed record CitedCase(string Key, string Label, string? PrimaryCitation, IReadOnlyList<string> Citations, int? Year);
