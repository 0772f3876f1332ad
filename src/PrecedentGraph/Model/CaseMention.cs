namespace PrecedentGraph.Model;

/// <summary>One place where the text cites a case. Finding never resolves: short forms keep what they say.</summary>
/// <param name="Index">Order in the document.</param>
/// <param name="Span">The whole citation text (name through year or pin).</param>
/// <param name="NameSpan">The case name part, where there is one.</param>
/// <param name="CaseName">The name as written ("Marbury v. Madison", "united states lopez", "lopez" in "lopez, supra").</param>
/// <param name="Reporters">Reporter citations, the first being primary.</param>
/// <param name="PinCite">Pin page(s) ("341", "slip op., at 12"), if any.</param>
/// <param name="Signal">The introductory signal ("see", "but see", "cf.", "quoting"), lowercase, if any.</param>
public sealed record CaseMention(
    int Index,
    CitationForm Form,
    TextSpan Span,
    TextSpan? NameSpan,
    string? CaseName,
    IReadOnlyList<ReporterCitation> Reporters,
    string? PinCite,
    string? Court,
    int? Year,
    string? Signal);
