using PrecedentGraph.Graph;
using PrecedentGraph.Treatment;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

/// <summary>The other side's reliance told in an appositive of the case ("X, relied upon by the dissent, ..."), answered by
/// the sentence's own negated predicate: the opinion sets the case apart. One row per shape and text form (raw, then
/// through normalize.py).</summary>
public sealed class AnsweredRelianceTests
{
    [Theory]
    [InlineData("Cases such as Smith v. Jones, 409 U.S. 188, 198 (1972), relied upon by the dissent, post, at 152-153, and n. 7, in no way contradict this view.", "Smith v. Jones, 409 U.S. 188, 198 (1972)", "majority", "in no")]
    [InlineData("cases such as smith jones,relied upon by the dissent,post,at,and n.,in no way contradict this view.", "smith jones", "majority", "in no")]
    [InlineData("Smith v. Jones, 310 U.S. 1 (1937), relied on by petitioner, has nothing to say about a tax on interstate sales.", "Smith v. Jones, 310 U.S. 1 (1937)", "majority", "has nothing")]
    [InlineData("smith jones,relied on by petitioner,has nothing to say about a tax on interstate sales.", "smith jones", "majority", "has nothing")]
    [InlineData("Smith v. Jones, 520 U.S. 482 (1997), relied on by the Court, ante, at 7-8, is not a case about search warrants.", "Smith v. Jones, 520 U.S. 482 (1997)", "dissent", "is not")]
    [InlineData("smith jones,relied on by the court,ante,at,is not a case about search warrants.", "smith jones", "dissent", "is not")]
    [InlineData("Smith v. Jones, 403 U.S. 431 (1971), on which petitioner relies, does not decide the question.", "Smith v. Jones, 403 U.S. 431 (1971)", "majority", "does not")]
    [InlineData("smith jones,on which petitioner relies,does not decide the question.", "smith jones", "majority", "does not")]
    public void Classify_AppositiveRelianceAnsweredByNegation_Distinguishes(string text, string mention, string kind, string answer)
    {
        var treatment = ClassifyOne(text, mention, kind);

        Assert.Equal("distinguishes", Relations.Name(treatment.Relation));
        Assert.EndsWith($"(answered: {answer})", treatment.Cue, StringComparison.Ordinal);
    }

    /// <summary>A predicate that states what the case held ("held that no State may ...") or keeps its bearing answers
    /// nothing: the reliance is only reported.</summary>
    [Theory]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), relied upon by petitioner, held that no State may tax the sale.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("smith jones,relied upon by petitioner,held that no state may tax the sale.", "smith jones")]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), relied upon by petitioner, involved a tax on the sale of goods not made in the State.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("smith jones,relied upon by petitioner,involved a tax on the sale of goods not made in the state.", "smith jones")]
    public void Classify_AppositiveRelianceWithoutDenial_OnlyReports(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.Equal("explains", Relations.Name(treatment.Relation));
        Assert.DoesNotContain("answered:", treatment.Cue, StringComparison.Ordinal);
    }

    /// <summary>A reliance clause that belongs to another noun ("the materials on which the dissent relies") is no
    /// appositive of the case: the negation after it answers nothing about the case.</summary>
    [Theory]
    [InlineData("Particularly since Smith v. Jones, 532 U.S. 318 (2001), considered the materials on which the dissent relies, we see no reason to revisit its conclusion.", "Smith v. Jones, 532 U.S. 318 (2001)")]
    [InlineData("particularly since smith jones,considered the materials on which the dissent relies,we see no reason to revisit its conclusion.", "smith jones")]
    public void Classify_RelianceClauseOfAnotherNoun_IsNoAnswer(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.NotEqual("distinguishes", Relations.Name(treatment.Relation));
        Assert.DoesNotContain("answered:", treatment.Cue, StringComparison.Ordinal);
    }

    /// <summary>The other side's reliance told in one sentence, the case described, then the paragraph turns back to the
    /// case with a denial ("X did not hold ...") or a turn ("In that case, however, ..."): the opinion sets it apart.</summary>
    [Theory]
    [InlineData("Respondents rely on Smith v. Jones, 454 U.S. 312 (1981), in which a defendant sued his lawyer. The defendant claimed that the lawyer had failed him. Smith did not hold that the adversarial relationship negates state action.", "Smith v. Jones, 454 U.S. 312 (1981)")]
    [InlineData("respondents rely on smith jones,in which a defendant sued his lawyer.the defendant claimed that the lawyer had failed him.smith did not hold that the adversarial relationship negates state action.", "smith jones")]
    [InlineData("In support of this concession, the Government cited Smith v. Jones, 242 U.S. 199 (1916), believing that it had involved a discharge of the jury. In that case, however, the witnesses had been sworn.", "Smith v. Jones, 242 U.S. 199 (1916)")]
    [InlineData("in support of this concession,the government cited smith jones,believing that it had involved a discharge of the jury.in that case,however,the witnesses had been sworn.", "smith jones")]
    public void Classify_ReportedRelianceAnsweredLater_Distinguishes(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.Equal("distinguishes", Relations.Name(treatment.Relation));
        Assert.Equal(TreatmentCueTable.AnsweredLaterReliance, treatment.Cue);
    }

    /// <summary>The paragraph turns back to the case to state what it held ("In X, we examined ..."), or answers the
    /// other side without naming the case, or names it only later in a sentence: the reliance is only reported.</summary>
    [Theory]
    [InlineData("The Court seems to read Smith v. Jones, 448 U.S. 555 (1980), as spelling out a right of access to all trials. That is plainly incorrect. In Smith, we examined the right of access to places traditionally open to the public.", "Smith v. Jones, 448 U.S. 555 (1980)", "dissent")]
    [InlineData("the court seems to read smith jones,as spelling out a right of access to all trials.that is plainly incorrect.in smith,we examined the right of access to places traditionally open to the public.", "smith jones", "dissent")]
    [InlineData("The Government relies heavily on the fact that Smith v. Jones, 390 U.S. 39 (1968), only held that a claim of privilege precludes a conviction. It argues that it may collect taxes in a civil action. But the forfeiture is not civil in nature.", "Smith v. Jones, 390 U.S. 39 (1968)", "majority")]
    [InlineData("In requesting abstention, the Government relies principally on Smith v. Jones, 420 U.S. 738 (1975), in which we abstained. See 420 U.S., at 740. Admittedly, Smith does not squarely control this case, but it provides the closest analogue.", "Smith v. Jones, 420 U.S. 738 (1975)", "majority")]
    [InlineData("in requesting abstention,the government relies principally on smith jones,in which we abstained.see at.admittedly,smith does not squarely control this case,but it provides the closest analogue.", "smith jones", "majority")]
    [InlineData("the government relies heavily on the fact that smith jones,only held that a claim of privilege precludes a conviction.it argues that it may collect taxes in a civil action.but the forfeiture is not civil in nature.", "smith jones", "majority")]
    public void Classify_ReportedRelianceNotAnsweredLater_OnlyReports(string text, string mention, string kind)
    {
        var treatment = ClassifyOne(text, mention, kind);

        Assert.NotEqual(TreatmentCueTable.AnsweredLaterReliance, treatment.Cue);
        Assert.NotEqual("distinguishes", Relations.Name(treatment.Relation));
    }
}
