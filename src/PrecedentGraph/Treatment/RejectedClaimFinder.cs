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
    private static readonly HashSet<string> Attacks = new(TreatmentCueTable.AttackWords, StringComparer.Ordinal);
    private static readonly IReadOnlyList<IReadOnlyList<string>> Rejections = WordSequence.Phrases(TreatmentCueTable.RejectionPhrases);

    /// <summary>The first words of <see cref="Rejections"/> (null if a phrase were empty: it would stand anywhere).</summary>
    private static readonly HashSet<string>? RejectionHeads =
        Rejections.All(p => p.Count > 0) ? Rejections.Select(p => p[0]).ToHashSet(StringComparer.Ordinal) : null;

    /// <summary>The claim match for a citation whose sentence is followed by a rejection, or null.</summary>
    /// <param name="words">The citation's sentence.</param>
    /// <param name="first">The citation's first word.</param>
    /// <param name="last">The word after the citation.</param>
    /// <param name="backed">For a citation opening its sentence, the sentence before (asked only after a rejection).</param>
    /// <param name="next">The sentence after the citation's.</param>
    public static CueMatch? Find(WordSequence words, int first, int last, Func<WordSequence?> backed, WordSequence? next, bool separateOpinion)
    {
        // normalized text loses the period after a citation: "smith jones,doe roe,i can not agree."
        var rejection = RejectionAfter(words, last) ?? (next is null ? null : Rejection(next, 0));
        if (rejection is null)
        {
            return null;
        }
        var told = words;
        var claim = Claim(words, first, separateOpinion);
        if (claim is null && backed() is { } before)
        {
            told = before;
            claim = Claim(before, before.Count, separateOpinion);
        }
        if (claim is null || told.ContainsAny(Attacks))
        {
            // "Appellants contend that the doctrine on which X relied has no remaining vitality. We do not agree.": the
            // claim was against the case, and the opinion upholds it
            return null;
        }
        return new CueMatch(TreatmentRelation.Distinguishes, Weight, $"{TreatmentCueTable.RejectedClaim}: {claim} ... {rejection}", false);
    }

    /// <summary>How many words after a citation a rejection run into its sentence may start (past a string citation).</summary>
    private const int RunInReach = 12;

    /// <summary>A rejection run into the citation's sentence after it, set off by punctuation, or null.</summary>
    private static string? RejectionAfter(WordSequence words, int last)
    {
        for (var k = Math.Max(1, last); k < Math.Min(words.Count, last + RunInReach); k++)
        {
            if (words.Words[k].AfterBreak && Rejection(words, k) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>The rejection starting at word <paramref name="at"/> ("I cannot agree", "But we disagree"), or null.</summary>
    public static string? Rejection(WordSequence words, int at)
    {
        var from = at < words.Count && words.Words[at].Text is "but" or "respectfully" ? at + 1 : at;
        if (RejectionHeads is { } heads && (from >= words.Count || !heads.Contains(words.Words[from].Text)))
        {
            // most places start no rejection: one look-up of the first word rather than a try of every phrase
            return null;
        }
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
