namespace PrecedentGraph.Model;

/// <summary>One opinion of a decision (or the syllabus), with its author and joiners.</summary>
/// <param name="Index">Position in the decision, 0-based, syllabus included.</param>
/// <param name="Author">Surname with a capital first letter ("Roberts"); null for per curiam and syllabus.</param>
/// <param name="JoinedBy">Surnames of the justices who join it in full.</param>
/// <param name="PartialJoins">Justices who join only some parts.</param>
/// <param name="Span">From the opinion's header to its last paragraph or footnote.</param>
/// <param name="Paragraphs">Its paragraphs, footnotes included (flagged), in text order. Footnotes that FindLaw sets
/// after the last opinion are given back to their opinion and then stand outside its span (see
/// <see cref="SegmentationResult.OpinionAt"/>).</param>
/// <param name="InJudgment">A concurrence "in the judgment".</param>
public sealed record Opinion(
    int Index,
    OpinionKind Kind,
    string? Author,
    IReadOnlyList<string> JoinedBy,
    IReadOnlyList<PartialJoin> PartialJoins,
    TextSpan Span,
    IReadOnlyList<Paragraph> Paragraphs,
    bool InJudgment = false);
