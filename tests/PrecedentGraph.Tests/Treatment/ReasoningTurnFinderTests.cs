using PrecedentGraph.Graph;
using PrecedentGraph.Treatment;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class ReasoningTurnFinderTests
{
    /// <summary>A noun of reasoning heads the sentence, the case follows it, and a turn ("do not apply", "are not
    /// applicable", "can have no application") is the first finite verb after the case: the case is set apart. One row per
    /// shape and text form (raw, then through normalize.py).</summary>
    [Theory]
    [InlineData("The concerns regarding administrative searches expressed in Smith v. Jones to justify the imposition of a warrant requirement simply do not apply to a prompt inspection.", "Smith v. Jones")]
    [InlineData("the concerns regarding administrative searches expressed in smith jones to justify the imposition of a warrant requirement simply do not apply to a prompt inspection.", "smith jones")]
    [InlineData("The principles of Smith v. Jones, 408 U.S. 665 (1972), are not applicable here.", "Smith v. Jones, 408 U.S. 665 (1972)")]
    [InlineData("the principles of smith jones,are not applicable here.", "smith jones")]
    [InlineData("That rationale of Smith v. Jones can have no application to a suit for damages.", "Smith v. Jones")]
    [InlineData("that rationale of smith jones can have no application to a suit for damages.", "smith jones")]
    [InlineData("The equitable concerns raised in Smith v. Jones therefore do not apply.", "Smith v. Jones")]
    public void Classify_ReasoningDenied_Distinguishes(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.Equal("distinguishes", Relations.Name(treatment.Relation));
        Assert.StartsWith(ReasoningTurnFinder.Label, treatment.Cue, StringComparison.Ordinal);
    }

    /// <summary>The reasoning applied, a verb of the subject's own before the turn, or the case outside the head.</summary>
    [Theory]
    [InlineData("The principles of Smith v. Jones, 408 U.S. 665 (1972), apply with full force here.", "Smith v. Jones, 408 U.S. 665 (1972)")]
    [InlineData("the principles of smith jones,apply with full force here.", "smith jones")]
    [InlineData("The rule of Smith v. Jones was adopted because the concerns of the earlier cases do not apply to searches.", "Smith v. Jones")]
    [InlineData("the rule of smith jones was adopted because the concerns of the earlier cases do not apply to searches.", "smith jones")]
    [InlineData("Whatever the petitioner may say about the long history of the matter, the rule of Smith v. Jones does not apply.", "Smith v. Jones")]
    public void Classify_NoDeniedReasoning_IsNotSetApart(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.DoesNotContain(ReasoningTurnFinder.Label, treatment.Cue, StringComparison.Ordinal);
    }
}
