using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Finds a claim someone else makes with a case, flatly rejected by the opinion in the next sentence: "The Court
/// reasons that such a claim is analogous to [an official's immunity], which we have held is subject to interlocutory
/// appeal. X; Y. I cannot agree."; "Respondent asserts that this case is indistinguishable from X. We do not agree.". The
/// cases the claim rests on are set apart: they are the other side's authority, which the opinion says does not reach
/// the case. The claim is the citation's own sentence (the actor before the citation) or, for a citation sentence, the
/// sentence it backs up.</summary>
internal static class RejectedClaimFinder
{
    /// <summary>How many words from the head of the sentence the actor may start ("But respondent also argues").</summary>
    private const int ActorHead = 4;

    /// <summary>How many words may stand between the actor and its verb ("respondent nevertheless argues").</summary>
    private const int VerbGap = 2;

    /// <summary>Confidence: below <see cref="TreatmentAggregator.FirmNegative"/>, so that reliance stated in several other
    /// sentences still outweighs it (the opinion may go on to apply the case against the claim).</summary>
    public const double Weight = 0.58;

    private static readonly IReadOnlyList<IReadOnlyList<string>> OtherActors = WordSequence.Phrases(TreatmentCueTable.OtherActors);
    private static readonly IReadOnlyList<IReadOnlyList<string>> MajorityActors = WordSequence.Phrases(TreatmentCueTable.MajorityActors);
    private static readonly IReadOnlyList<IReadOnlyList<string>> Verbs = WordSequence.Phrases(TreatmentCueTable.ClaimVerbs);
    private static readonly IReadOnlyList<IReadOnlyList<string>> Rejections = WordSequence.Phrases(TreatmentCueTable.RejectionPhrases);

    /// <summary>The claim match for a citation whose sentence is followed by a rejection, or null.</summary>
    /// <param name="words">The citation's sentence.</param>
    /// <param name="first">The citation's first word.</param>
    /// <param name="backed">For a citation sentence, the sentence it backs up (asked only after a rejection).</param>
    /// <param name="next">The sentence after the citation's.</param>
    public static CueMatch? Find(WordSequence words, int first, Func<WordSequence?> backed, WordSequence? next, bool separateOpinion)
    {
        if (next is null || Rejection(next) is not { } rejection)
        {
            return null;
        }
        var claim = Claim(words, first, separateOpinion) ?? (backed() is { } told ? Claim(told, told.Count, separateOpinion) : null);
        return claim is null
            ? null
            : new CueMatch(TreatmentRelation.Distinguishes, Weight, $"{TreatmentCueTable.RejectedClaim}: {claim} ... {rejection}", false);
    }

    /// <summary>The rejection opening a sentence ("I cannot agree", "But we disagree"), or null.</summary>
    public static string? Rejection(WordSequence words)
    {
        var from = words.Count > 0 && words.Words[0].Text is "but" or "respectfully" ? 1 : 0;
        foreach (var phrase in Rejections)
        {
            if (words.MatchesAt(phrase, from))
            {
                return string.Join(' ', phrase);
            }
        }
        return null;
    }

    /// <summary>"actor verb" when an actor near the head of the sentence, before word <paramref name="before"/>, is the
    /// subject of a claim verb; else null.</summary>
    public static string? Claim(WordSequence words, int before, bool separateOpinion)
    {
        var end = Math.Min(Math.Min(ActorHead + 1, words.Count), before);
        for (var a = 0; a < end; a++)
        {
            if (a > 0 && words.Words[a].AfterBreak && words.Words[a - 1].Text is not ("but" or "however" or "and"))
            {
                // "In his view, ...": the actor must open the sentence or follow a connective
                return null;
            }
            var actor = Longest(OtherActors, words, a) ?? (separateOpinion ? Longest(MajorityActors, words, a) : null);
            if (actor is null)
            {
                continue;
            }
            var from = a + actor.Count;
            for (var v = from; v <= Math.Min(from + VerbGap, before - 1); v++)
            {
                if (v > from && words.Words[v].AfterBreak)
                {
                    break;
                }
                if (Longest(Verbs, words, v) is { } verb && v + verb.Count <= before)
                {
                    return $"{string.Join(' ', actor)} {string.Join(' ', verb)}";
                }
            }
        }
        return null;
    }

    private static IReadOnlyList<string>? Longest(IReadOnlyList<IReadOnlyList<string>> phrases, WordSequence words, int at)
    {
        IReadOnlyList<string>? best = null;
        foreach (var phrase in phrases)
        {
            if ((best is null || phrase.Count > best.Count) && words.MatchesAt(phrase, at))
            {
                best = phrase;
            }
        }
        return best;
    }
}
