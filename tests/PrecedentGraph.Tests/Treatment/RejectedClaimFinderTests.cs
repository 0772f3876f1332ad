using PrecedentGraph.Graph;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class RejectedClaimFinderTests
{
    /// <summary>Someone else's claim resting on a case, flatly rejected in the next sentence: the case is set apart. One
    /// row per shape and text form (raw, then normalized, where the period after a citation is lost and the rejection runs
    /// into the citation's sentence).</summary>
    [Theory]
    [InlineData("The Court reasons that such a claim is analogous to an official's claim of immunity, which we have held is subject to interlocutory appeal. Smith v. Jones, 123 U.S. 456 (1990); Doe v. Roe, 7 U.S. 8 (1991). I cannot agree.", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent", "claim rejected in the next sentence: the court reasons ... i cannot agree")]
    [InlineData("the court reasons that such a claim is analogous to an official claim of immunity,which we have held is subject to interlocutory appeal.smith jones,doe roe,i can not agree.", "smith jones", "dissent", "claim rejected in the next sentence: the court reasons ... i can not agree")]
    [InlineData("Respondent asserts that this case is indistinguishable from Smith v. Jones, 123 U.S. 456 (1990). We do not agree.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "claim rejected in the next sentence: respondent asserts ... we do not agree")]
    // normalized: the rejection runs into the sentence, where the reported reliance reads it as an error word
    [InlineData("respondent asserts that this case is indistinguishable from smith jones,we do not agree.", "smith jones", "majority", "reports another's reliance: respondent asserts (we do not agree)")]
    [InlineData("Respondent argues, however, that Smith v. Jones, 123 U.S. 456 (1990), rejected this interpretation of the statute. We do not agree.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "claim rejected in the next sentence: respondent argues ... we do not agree")]
    [InlineData("respondent argues,however,that smith jones,rejected this interpretation of the statute.we do not agree.", "smith jones", "majority", "claim rejected in the next sentence: respondent argues ... we do not agree")]
    [InlineData("The State argues that its practice of issuing licenses quickly constrains the licensor. See Smith v. Jones, 123 U.S. 456 (1990). We cannot agree.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "claim rejected in the next sentence: the state argues ... we cannot agree")]
    [InlineData("the state argues that its practice of issuing licenses quickly constrains the licensor.see smith jones,we can not agree.", "smith jones", "majority", "claim rejected in the next sentence: the state argues ... we can not agree")]
    [InlineData("The Court finds its result compelled by three of our prior cases: Doe v. Roe, 7 U.S. 8 (1991); Smith v. Jones, 123 U.S. 456 (1990). I disagree.", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent", "claim rejected in the next sentence: the court finds ... i disagree")]
    [InlineData("the court finds its result compelled by three of our prior cases:doe roe,smith jones,i disagree.", "smith jones", "dissent", "claim rejected in the next sentence: the court finds ... i disagree")]
    [InlineData("Respondents contend that Smith v. Jones, 123 U.S. 456 (1990), requires a hearing before the license is revoked. The argument fails.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority", "claim rejected in the next sentence: respondents contend ... the argument fails")]
    [InlineData("respondents contend that smith jones,requires a hearing before the license is revoked.the argument fails.", "smith jones", "majority", "claim rejected in the next sentence: respondents contend ... the argument fails")]
    public void Classify_ClaimRejectedNext_Distinguishes(string text, string mention, string kind, string cue)
    {
        var treatment = ClassifyOne(text, mention, kind);

        Assert.Equal("distinguishes", Relations.Name(treatment.Relation));
        Assert.Equal(cue, treatment.Cue);
        if (cue.StartsWith("claim rejected", StringComparison.Ordinal))
        {
            Assert.True(treatment.Confidence < 0.6, "below a firm negative: stated reliance elsewhere still outweighs it");
        }
    }

    /// <summary>Shapes that are not a rejected claim on the case: agreement, a claim against the case (rejecting it
    /// upholds the case), the Court's own holding in its own opinion, an actor deep in the sentence.</summary>
    [Theory]
    [InlineData("Respondent asserts that this case is indistinguishable from Smith v. Jones, 123 U.S. 456 (1990). We agree.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority")]
    [InlineData("respondent asserts that this case is indistinguishable from smith jones,we agree.", "smith jones", "majority")]
    [InlineData("Appellants contend that the doctrine on which Smith v. Jones, 123 U.S. 456 (1990), relied has no remaining vitality. We do not agree.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority")]
    [InlineData("appellants contend that the doctrine on which smith jones,relied has no remaining vitality.we do not agree.", "smith jones", "majority")]
    [InlineData("The Court held in Smith v. Jones, 123 U.S. 456 (1990), that the officers were immune. We disagree with the court below.", "Smith v. Jones, 123 U.S. 456 (1990)", "majority")]
    [InlineData("the court held in smith jones,that the officers were immune.we disagree with the court below.", "smith jones", "majority")]
    [InlineData("In his view, which the record does not bear out, respondent argues that Smith v. Jones, 123 U.S. 456 (1990), controls. I disagree.", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent")]
    [InlineData("in his view,which the record does not bear out,respondent argues that smith jones,controls.i disagree.", "smith jones", "dissent")]
    public void Classify_NoRejectedClaim_IsNotDistinguished(string text, string mention, string kind)
    {
        var treatment = ClassifyOne(text, mention, kind);

        Assert.DoesNotContain("claim rejected", treatment.Cue, StringComparison.Ordinal);
    }
}
