using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>One place where an opinion points at another opinion of the same decision.</summary>
/// <param name="Paragraph">Index of the paragraph holding it.</param>
/// <param name="Sentence">The sentence holding the reference.</param>
/// <param name="Window">The sentence with what it answers: the claim before a bare "ante, at" and a short verdict
/// after ("I cannot agree.").</param>
/// <param name="Target">Index of the opinion referred to.</param>
/// <param name="Cue">The reference as written ("ante, at", "the dissent", "justice harlan").</param>
/// <param name="Explicit">A pinpoint ("ante"/"post") or a named justice, not just "the Court".</param>
/// <param name="Pages">Report pages the pinpoint names ("ante, at 815, 819"); empty when none or unknown.</param>
/// <param name="Notes">Footnote numbers the pinpoint names ("post, at 654, n. 2").</param>
internal sealed record OpinionReference(int Paragraph, TextSpan Sentence, TextSpan Window, int Target, string Cue, bool Explicit,
    IReadOnlyList<int> Pages, IReadOnlyList<int> Notes);
