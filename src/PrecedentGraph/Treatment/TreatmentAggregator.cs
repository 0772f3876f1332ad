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
        foreach (var mentions in Groups(citations))
        {
            var scores = Scores(mentions);
            if (mentions.Exists(IsFirmNegative) && !mentions.Exists(IsExplicitReliance))
            {
                // a sentence that sets the case apart or finds fault with it is not outvoted by plain citations
                scores = [.. scores.Where(s => IsNegative(s.Relation)), .. scores.Where(s => !IsNegative(s.Relation))];
            }
            var dominant = scores[0].Relation;
            // the most confident citation of the dominant relation (the first of equals)
            CitationTreatment? deciding = null;
            var agreeing = 0;
            foreach (var mention in mentions)
            {
                if (mention.Relation == dominant)
                {
                    agreeing++;
                    deciding = deciding is null || mention.Confidence > deciding.Confidence ? mention : deciding;
                }
            }
            var total = 0.0;
            foreach (var score in scores)
            {
                total += score.Score;
            }
            var share = scores[0].Score / total;
            var confidence = Math.Min(0.99, deciding!.Confidence * (0.6 + 0.4 * share) + 0.03 * (agreeing - 1));
            var evidence = new List<TextSpan> { deciding.Sentence };
            foreach (var mention in mentions)
            {
                if (!evidence.Contains(mention.Sentence))
                {
                    evidence.Add(mention.Sentence);
                }
            }
            pairs.Add(new OpinionCaseTreatment(
                mentions[0].Citation.OpinionIndex,
                mentions[0].Citation.CaseKey!,
                dominant,
                mentions.Count,
                mentions.Exists(t => t.Quoted),
                deciding.Cue,
                Math.Round(confidence, 2),
                evidence));
        }
        return pairs;
    }

    /// <summary>The citations of each (opinion, case) pair in text order (a stable sort: equal starts keep their order);
    /// the pairs by opinion, then by their first citation, then in the order first cited.</summary>
    private static List<List<CitationTreatment>> Groups(IReadOnlyList<CitationTreatment> citations)
    {
        var slots = new Dictionary<(int Opinion, string CaseKey), int>();
        var groups = new List<List<CitationTreatment>>();
        var firsts = new List<int>();
        foreach (var citation in citations)
        {
            if (citation.Citation.CaseKey is not { } key)
            {
                continue;
            }
            var start = citation.Citation.Mention.Span.Start;
            if (!slots.TryGetValue((citation.Citation.OpinionIndex, key), out var slot))
            {
                slot = groups.Count;
                slots[(citation.Citation.OpinionIndex, key)] = slot;
                groups.Add([]);
                firsts.Add(start);
            }
            groups[slot].Add(citation);
            firsts[slot] = Math.Min(firsts[slot], start);
        }
        var order = new int[groups.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) =>
        {
            var byOpinion = groups[a][0].Citation.OpinionIndex.CompareTo(groups[b][0].Citation.OpinionIndex);
            var byFirst = byOpinion != 0 ? byOpinion : firsts[a].CompareTo(firsts[b]);
            return byFirst != 0 ? byFirst : a.CompareTo(b);
        });
        var sorted = new List<List<CitationTreatment>>(order.Length);
        foreach (var slot in order)
        {
            var mentions = groups[slot];
            var positions = new int[mentions.Count];
            for (var i = 0; i < positions.Length; i++)
            {
                positions[i] = i;
            }
            Array.Sort(positions, (a, b) =>
            {
                var byStart = mentions[a].Citation.Mention.Span.Start.CompareTo(mentions[b].Citation.Mention.Span.Start);
                return byStart != 0 ? byStart : a.CompareTo(b);
            });
            sorted.Add(positions.Select(i => mentions[i]).ToList());
        }
        return sorted;
    }

    /// <summary>Each relation's score (its citations' weights summed in text order, times its factor), highest first;
    /// among equals the relation first in <see cref="TreatmentRelation"/>'s order.</summary>
    private static List<(TreatmentRelation Relation, double Score)> Scores(List<CitationTreatment> mentions)
    {
        var scores = new List<(TreatmentRelation Relation, double Score)>();
        foreach (var mention in mentions)
        {
            var k = scores.FindIndex(s => s.Relation == mention.Relation);
            if (k < 0)
            {
                scores.Add((mention.Relation, 0.0));
                k = scores.Count - 1;
            }
            scores[k] = (mention.Relation, scores[k].Score + Weight(mention));
        }
        for (var k = 0; k < scores.Count; k++)
        {
            scores[k] = (scores[k].Relation, scores[k].Score * Factor(scores[k].Relation));
        }
        // stable: equal scores and relations keep their order of first appearance
        var order = Enumerable.Range(0, scores.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byScore = scores[b].Score.CompareTo(scores[a].Score);
            var byRelation = byScore != 0 ? byScore : ((int)scores[a].Relation).CompareTo((int)scores[b].Relation);
            return byRelation != 0 ? byRelation : a.CompareTo(b);
        });
        return [.. order.Select(k => scores[k])];
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
