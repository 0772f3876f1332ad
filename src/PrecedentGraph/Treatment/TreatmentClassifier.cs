using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Treatment;

/// <summary>Labels how each citation is used. (Scaffold: every citation "cites".)</summary>
public sealed class TreatmentClassifier
{
    public TreatmentResult Classify(SourceDocument document, SegmentationResult segmentation, ResolutionResult resolution)
    {
        var treatments = new List<CitationTreatment>();
        foreach (var citation in resolution.Citations)
        {
            if (citation.CaseKey is null)
            {
                continue;
            }
            var sentence = SentenceSplitter.Split(document.Text, citation.Mention.Span).FirstOrDefault(citation.Mention.Span);
            treatments.Add(new CitationTreatment(citation, TreatmentRelation.Cites, false, "none", 0.3, sentence));
        }
        var pairs = treatments
            .Where(t => t.Citation.OpinionIndex >= 0)
            .GroupBy(t => (t.Citation.OpinionIndex, t.Citation.CaseKey!))
            .Select(g => new OpinionCaseTreatment(g.Key.OpinionIndex, g.Key.Item2, TreatmentRelation.Cites, g.Count(), false, "none", 0.3,
                g.Select(t => t.Sentence).ToList()))
            .ToList();
        return new TreatmentResult(treatments, pairs, []);
    }
}
