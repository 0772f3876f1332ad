using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>What the document-level set-apart finders (<see cref="SetApartFinder"/>, <see cref="GroupDenialFinder"/>,
/// <see cref="AnaphorVerdictFinder"/>, <see cref="NotACaseFinder"/>) share: which labels a later sentence may overturn, and the relabelled citation.</summary>
internal static class SetApartRelabel
{
    /// <summary>Plain citations and signals of support, and reported reliance: labels a later sentence may overturn
    /// (not reliance stated in words).</summary>
    public static bool Overturnable(CitationTreatment treatment) =>
        treatment.Relation == TreatmentRelation.ReliesOn && treatment.Confidence < TreatmentAggregator.ExplicitReliance
        || treatment.Relation == TreatmentRelation.Explains && treatment.Cue.StartsWith(TreatmentCueTable.ReportedReliance, StringComparison.Ordinal);

    /// <summary>The citation set apart by <paramref name="sentence"/>: its evidence runs from its own sentence to that one.</summary>
    public static CitationTreatment As(CitationTreatment treatment, TextSpan sentence, string cue, double weight) => treatment with
    {
        Relation = TreatmentRelation.Distinguishes,
        Cue = cue,
        Confidence = weight,
        Sentence = TextSpan.FromBounds(Math.Min(treatment.Sentence.Start, sentence.Start), Math.Max(treatment.Sentence.End, sentence.End)),
    };
}
