using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Chooses the dominant treatment of each (opinion, case) pair over its citations. Each relation scores
/// the sum of its citations' confidences; negative treatments (overrules, criticizes, distinguishes, limits)
/// count <see cref="NegativeFactor"/> times (and a firm one wins outright unless the reliance is explicit), since one sentence that distinguishes a case outweighs several
/// plain citations of it, and a citation without any cue of the opinion's own (the default row, or a citation
/// inside a quotation) counts only <see cref="DefaultFactor"/> of its confidence: it is the absence of evidence. Ties go to the stronger relation (the order
/// of <see cref="TreatmentRelation"/>).</summary>
public static class TreatmentAggregator
{
    public const double NegativeFactor = 2.5;

    public const double DefaultFactor = 0.25;

    /// <summary>A negative citation at least this confident wins its pair unless the opinion also relies on the
    /// case in words (a relies-on citation of at least <see cref="ExplicitReliance"/>: a phrase, not a signal).</summary>
    public const double FirmNegative = 0.6;

    public const double ExplicitReliance = 0.65;

    public static IReadOnlyList<OpinionCaseTreatment> Aggregate(IReadOnlyList<CitationTreatment> citations)
    {
        var pairs = new List<OpinionCaseTreatment>();
        var groups = citations
            .Where(t => t.Citation.CaseKey is not null)
            .GroupBy(t => (t.Citation.OpinionIndex, CaseKey: t.Citation.CaseKey!))
            .OrderBy(g => g.Key.OpinionIndex).ThenBy(g => g.Min(t => t.Citation.Mention.Span.Start));
        foreach (var group in groups)
        {
            var mentions = group.OrderBy(t => t.Citation.Mention.Span.Start).ToList();
            var scores = mentions
                .GroupBy(t => t.Relation)
                .Select(g => (Relation: g.Key, Score: g.Sum(Weight) * Factor(g.Key)))
                .OrderByDescending(s => s.Score).ThenBy(s => s.Relation)
                .ToList();
            if (mentions.Any(IsFirmNegative) && !mentions.Any(IsExplicitReliance))
            {
                // a sentence that sets the case apart or finds fault with it is not outvoted by plain citations
                scores = [.. scores.Where(s => IsNegative(s.Relation)), .. scores.Where(s => !IsNegative(s.Relation))];
            }
            var dominant = scores[0].Relation;
            var deciding = mentions.Where(t => t.Relation == dominant).OrderByDescending(t => t.Confidence).First();
            var agreeing = mentions.Count(t => t.Relation == dominant);
            var share = scores[0].Score / scores.Sum(s => s.Score);
            var confidence = Math.Min(0.99, deciding.Confidence * (0.6 + 0.4 * share) + 0.03 * (agreeing - 1));
            var evidence = new List<TextSpan> { deciding.Sentence };
            foreach (var mention in mentions)
            {
                if (!evidence.Contains(mention.Sentence))
                {
                    evidence.Add(mention.Sentence);
                }
            }
            pairs.Add(new OpinionCaseTreatment(
                group.Key.OpinionIndex,
                group.Key.CaseKey,
                dominant,
                mentions.Count,
                mentions.Any(t => t.Quoted),
                deciding.Cue,
                Math.Round(confidence, 2),
                evidence));
        }
        return pairs;
    }

    private static double Weight(CitationTreatment treatment) =>
        treatment.Cue == TreatmentCueTable.Default.Phrase || treatment.Cue == TreatmentCueTable.InsideQuotation.Phrase
            ? treatment.Confidence * DefaultFactor
            : treatment.Confidence;

    /// <summary>A negative use the opinion states itself, with some confidence.</summary>
    private static bool IsFirmNegative(CitationTreatment treatment) =>
        IsNegative(treatment.Relation) && treatment.Confidence >= FirmNegative;

    /// <summary>Reliance the opinion states in words ("as we held in X", "X controls"), not by a signal alone.</summary>
    private static bool IsExplicitReliance(CitationTreatment treatment) =>
        treatment.Relation == TreatmentRelation.ReliesOn && treatment.Confidence >= ExplicitReliance;

    private static bool IsNegative(TreatmentRelation relation) =>
        relation is TreatmentRelation.Overrules or TreatmentRelation.Criticizes or TreatmentRelation.Distinguishes or TreatmentRelation.Limits;

    private static double Factor(TreatmentRelation relation) => relation switch
    {
        TreatmentRelation.Overrules or TreatmentRelation.Criticizes or TreatmentRelation.Distinguishes or TreatmentRelation.Limits => NegativeFactor,
        _ => 1.0,
    };
}
