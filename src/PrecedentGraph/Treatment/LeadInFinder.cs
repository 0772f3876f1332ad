namespace PrecedentGraph.Treatment;

/// <summary>Reads what a citation backs up: the words before it in its sentence and, for a citation sentence
/// ("See, e.g., X; Y."), the sentence before it. Two rules: a survey of other courts ("The courts have
/// divided. Compare X with Y") makes the citations examples the opinion only cites; a negative cue of the
/// lead-in sentence that names no case ("It differs from those cases in that ... See, e.g., X") carries over
/// to the citations that back it up.</summary>
internal static class LeadInFinder
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Surveys = WordSequence.Phrases(TreatmentCueTable.SurveyWords);
    private static readonly PhraseSet SurveySet = new(Surveys);
    private static readonly IReadOnlyList<TreatmentCue> AllLeadIns = [.. TreatmentCueTable.LeadInCues, .. TreatmentCueTable.SeparateLeadInCues];
    private static readonly PhraseSet LeadInSet = new(AllLeadIns.Select(c => c.Words));

    /// <summary>The first survey phrase ending at or before word <paramref name="before"/>, or null.</summary>
    public static string? Survey(WordSequence words, int before)
    {
        var hits = words.Hits(SurveySet);
        string? found = null;
        var at = int.MaxValue;
        for (var k = 0; k < hits.Count; k++)
        {
            var phrase = Surveys[hits.PhraseAt(k)];
            var start = hits.StartsAt(k)[0];
            if (start + phrase.Count <= before && start < at)
            {
                found = string.Join(' ', phrase);
                at = start;
            }
        }
        return found;
    }

    private static readonly PhraseSet DeploredSet = new(TreatmentCueTable.SeparateLeadInCues.Select(c => c.Words));

    /// <summary>The heaviest row of <see cref="TreatmentCueTable.SeparateLeadInCues"/> starting before word
    /// <paramref name="before"/> of a separate opinion's sentence: the citations after it are examples of the trend
    /// it deplores.</summary>
    public static CueMatch? Deplored(WordSequence words, int before)
    {
        var hits = words.Hits(DeploredSet);
        TreatmentCue? best = null;
        for (var k = 0; k < hits.Count; k++)
        {
            var cue = TreatmentCueTable.SeparateLeadInCues[hits.PhraseAt(k)];
            if (hits.StartsAt(k)[0] + cue.Words.Count <= before && (best is null || cue.Weight > best.Weight))
            {
                best = cue;
            }
        }
        return best is null ? null : new CueMatch(best.Relation, best.Weight, best.Phrase, false);
    }

    /// <summary>The heaviest row of <see cref="TreatmentCueTable.LeadInCues"/> (and, in a separate opinion, of
    /// <see cref="TreatmentCueTable.SeparateLeadInCues"/>) in the lead-in sentence.</summary>
    public static CueMatch? Negative(WordSequence previous, bool separateOpinion)
    {
        var hits = previous.Hits(LeadInSet);
        TreatmentCue? best = null;
        for (var k = 0; k < hits.Count; k++)
        {
            var index = hits.PhraseAt(k);
            var cue = AllLeadIns[index];
            if ((separateOpinion || index < TreatmentCueTable.LeadInCues.Count) && (best is null || cue.Weight > best.Weight))
            {
                best = cue;
            }
        }
        return best is null ? null : new CueMatch(best.Relation, best.Weight, "sentence before: " + best.Phrase, false);
    }
}
