using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>A claim found in one paragraph of an opinion, before numbering.</summary>
/// <param name="Span">The claim text (sentence, with the sentence it answers or the authority that follows).</param>
/// <param name="Cue">The cue that made it a claim.</param>
internal sealed record ClaimCandidate(
    int OpinionIndex,
    Paragraph Paragraph,
    TextSpan Span,
    TextSpan LabelSpan,
    ArgumentRole Role,
    string Cue,
    string? Disposition);
