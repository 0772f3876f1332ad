using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Finds the rows of <see cref="TreatmentCueTable.Cues"/> standing where their scope says in a citation's
/// sentence, and whose they are: the writer's own, someone's argument or proposal, a proposal the writer takes up,
/// or a fault that follows from the other side's reasoning.</summary>
internal static class PhraseCueFinder
{
    /// <summary>Every row of <see cref="TreatmentCueTable.Cues"/>, by its index there.</summary>
    private static readonly PhraseSet CueSet = PhraseSet.Cues;

    private static readonly HashSet<string> Inverted = new(TreatmentCueTable.InvertedAuxiliaries, StringComparer.Ordinal);

    /// <param name="first">The citation's first word.</param>
    /// <param name="last">The word after the citation (and its appositive).</param>
    /// <param name="supportHead">A supporting signal opens the sentence: a sentence-wide cue after the citations
    /// belongs to the next sentence.</param>
    public static void Add(List<CueMatch> matches, WordSequence words, int first, int last, bool supportHead)
    {
        var hits = words.Hits(CueSet);
        for (var k = 0; k < hits.Count; k++)
        {
            var cue = TreatmentCueTable.Cues[hits.PhraseAt(k)];
            var at = ScopeFinder.FirstHit(hits.StartsAt(k), words, cue, first, last);
            if (at < 0 || supportHead && cue.Scope == CueScope.Sentence && at >= last)
            {
                continue;
            }
            var counterfactual = cue.Relation is TreatmentRelation.Criticizes or TreatmentRelation.Overrules ? ProposalFinder.CounterfactualBefore(words, at) : null;
            if (counterfactual is not null)
            {
                // "under today's analysis, X was wrongly decided": the writer holds to the case
                var kept = TreatmentCueTable.Counterfactual;
                matches.Add(new CueMatch(kept.Relation, kept.Weight, $"{kept.Phrase}: {counterfactual} {cue.Phrase}", false, Specificity(cue)));
                continue;
            }
            if (cue.Words.Count == 1 && cue.Words[0] == "neither" && at + 2 < first && Inverted.Contains(words.Words[at + 1].Text)
                && words.Words[at + 2].Text is "the" or "this" or "that" or "these" or "those" or "its" or "their")
            {
                // "But neither did the edition cited by the X court": "also not" said of something else; "Neither does X
                // have any bearing here" keeps the case as the subject of the denial
                continue;
            }
            if (cue.Scope != CueScope.Signal && cue.Relation is TreatmentRelation.Distinguishes or TreatmentRelation.ReliesOn
                && HeldInErrorFinder.Before(words, first) is { } error)
            {
                // "the court below erred in holding that the X requirement is inapplicable": the opinion applies X
                var turned = cue.Relation == TreatmentRelation.Distinguishes ? TreatmentRelation.ReliesOn : TreatmentRelation.Distinguishes;
                matches.Add(new CueMatch(turned, cue.Weight, $"{TreatmentCueTable.HeldInError}: {error} {cue.Phrase}", false, Specificity(cue)));
                continue;
            }
            var (proposal, proposalStart) = IsNegative(cue.Relation) ? ProposalFinder.ProposalBefore(words, at) : (null, -1);
            var argument = IsNegative(cue.Relation) && proposal is null ? ProposalFinder.ArgumentBefore(words, at) : null;
            if (cue.Relation == TreatmentRelation.Overrules && cue.Words.Count == 1 && proposal is null && argument is null && !ProposalFinder.CourtActsBefore(words, at))
            {
                // "Congress decided to overrule X", "X did not purport to overrule Y": the Court is not the one acting
                continue;
            }
            var accepted = proposal is not null && ProposalFinder.AcceptsBefore(words, proposalStart);
            matches.Add(accepted
                ? new CueMatch(TreatmentCueTable.AcceptedProposal.Relation, TreatmentCueTable.AcceptedProposal.Weight,
                    $"{TreatmentCueTable.AcceptedProposal.Phrase}: {proposal} {cue.Phrase}", false, Specificity(cue))
                : proposal is not null
                ? new CueMatch(TreatmentRelation.ReliesOn, TreatmentCueTable.ResistedProposal.Weight,
                    $"{TreatmentCueTable.ResistedProposal.Phrase}: {proposal} {cue.Phrase}", false, Specificity(cue))
                : argument is not null
                    ? new CueMatch(TreatmentCueTable.ReportedArgument.Relation, TreatmentCueTable.ReportedArgument.Weight,
                        $"{TreatmentCueTable.ReportedArgument.Phrase}: {argument} {cue.Phrase}", false, Specificity(cue))
                    : new CueMatch(cue.Relation, cue.Weight, cue.Phrase, cue.Quoted, Specificity(cue)));
        }
    }

    /// <summary>Among rows of equal weight, one standing next to the citation beats one anywhere in the sentence,
    /// and a longer phrase beats a shorter one.</summary>
    public static int Specificity(TreatmentCue cue) => (cue.Scope is CueScope.Sentence or CueScope.SentenceBefore or CueScope.NextSentence ? 0 : 100) + cue.Words.Count;

    public static bool IsNegative(TreatmentRelation relation) =>
        relation is TreatmentRelation.Distinguishes or TreatmentRelation.Criticizes or TreatmentRelation.Limits or TreatmentRelation.Overrules;
}
