namespace PrecedentGraph.Model;

/// <summary>A claim an opinion makes.</summary>
/// <param name="Index">Position among the decision's arguments.</param>
/// <param name="Ordinal">Position among its opinion's arguments (used in node ids).</param>
/// <param name="Label">A short phrase of the claim (at most 15 words).</param>
/// <param name="Span">The full claim text.</param>
/// <param name="Paragraph">Index of the paragraph holding it.</param>
/// <param name="Disposition">For conclusions: "reverse", "affirm", "would affirm", "reverse in part" ...</param>
/// <param name="Cue">The claim cue that found it ("we hold").</param>
public sealed record Argument(
    int Index,
    int OpinionIndex,
    int Ordinal,
    ArgumentRole Role,
    string Label,
    TextSpan Span,
    int Paragraph,
    string? Disposition,
    string Cue);
