using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Chooses the dominant treatment of each (opinion, case) pair over its citations. Each relation scores
/// the sum of its citations' confidences; negative treatments (overrules, criticizes, distinguishes, limits)
/// count <see cref="NegativeFactor"/> times, since one sentence that distinguishes a case outweighs several
/// plain citations of it, and a citation without any cue of the opinion's own (the default row, or a citation
/// inside a quotation) counts only <see cref="DefaultFactor"/> of its confidence: it is the absence of evidence. Ties go to the stronger relation (the order
/// of <see cref="TreatmentRelation"/>).</summary>
public static class TreatmentAggregator
{
    public const double NegativeFactor = 2.5;

    public const double DefaultFactor = 0.25;

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

    private static double Factor(TreatmentRelation relation) => relation switch
    {
        TreatmentRelation.Overrules or TreatmentRelation.Criticizes or TreatmentRelation.Distinguishes or TreatmentRelation.Limits => NegativeFactor,
        _ => 1.0,
    };
}
