using PrecedentGraph.Graph;
using PrecedentGraph.Model;
using PrecedentGraph.Treatment;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class AnaphorVerdictFinderTests
{
    /// <summary>A sentence opening with "that case" (or "the decision", "that holding"), after at most a connective, whose
    /// verb is a verdict that the case does not decide this one: the case cited in the nearest sentence before is set
    /// apart. One row per shape and text form (raw, then through normalize.py).</summary>
    [Theory]
    [InlineData("The court below relied upon Smith v. Jones, 366 U.S. 199 (1961). That case does not control because the statute there merely laid a nondiscriminatory tax.", "Smith v. Jones, 366 U.S. 199 (1961)")]
    [InlineData("the court below relied upon smith jones,supra.that case does not control because the statute there merely laid a nondiscriminatory tax.", "smith jones")]
    [InlineData("However, the question I find decisive in this case was neither raised nor decided by the Court in Smith v. Jones, 403 U.S. 431. Thus, that decision is not controlling on this point.", "Smith v. Jones, 403 U.S. 431")]
    [InlineData("however,the question i find decisive in this case was neither raised nor decided by the court in smith jones.thus,that decision is not controlling on this point.", "smith jones")]
    [InlineData("In making the same point, amicus invokes our decision in Smith v. Jones, which struck down a flat tax. 483 U.S., at 286. But that case is not on point.", "483 U.S., at 286")]
    [InlineData("in making the same point,amicus invokes our decision in smith jones,which struck down a flat tax.but that case is not on point.", "smith jones")]
    [InlineData("The only case the Government cites is Smith v. Jones, 322 U.S. 607 (1944). That case does not stand for a general authority to issue retroactive rules.", "Smith v. Jones, 322 U.S. 607 (1944)")]
    [InlineData("the only case the government cites is smith jones,supra.that case does not stand for a general authority to issue retroactive rules.", "smith jones")]
    [InlineData("Appellees cite our recent decision in Smith v. Jones, 442 U.S. 584 (1979). That decision, however, is inapposite to this case in several respects.", "Smith v. Jones, 442 U.S. 584 (1979)")]
    public void Classify_ThatCaseVerdict_Distinguishes(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.Equal("distinguishes", Relations.Name(treatment.Relation));
        Assert.StartsWith(AnaphorVerdictFinder.Label, treatment.Cue, StringComparison.Ordinal);
    }

    /// <summary>"This case" is the case at bar; a verdict of support; a sentence between that cites nothing is fine, but
    /// the antecedent must be cited within two sentences.</summary>
    [Theory]
    [InlineData("The court below relied upon Smith v. Jones, 366 U.S. 199 (1961). This case does not involve any challenge to the base limits.", "Smith v. Jones, 366 U.S. 199 (1961)")]
    [InlineData("the court below relied upon smith jones,this case does not involve any challenge to the base limits.", "smith jones")]
    [InlineData("We followed Smith v. Jones, 366 U.S. 199 (1961). That case controls here.", "Smith v. Jones, 366 U.S. 199 (1961)")]
    [InlineData("we followed smith jones,that case controls here.", "smith jones")]
    [InlineData("We followed Smith v. Jones, 366 U.S. 199 (1961). The tax was laid on all. The statute was upheld. That case does not control.", "Smith v. Jones, 366 U.S. 199 (1961)")]
    public void Classify_NoAnaphoricVerdict_IsNotSetApart(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.DoesNotContain(AnaphorVerdictFinder.Label, treatment.Cue, StringComparison.Ordinal);
    }

    /// <summary>Two different cases in the nearest citing sentence: "that case" could be either, and neither is relabelled.</summary>
    [Theory]
    [InlineData("The Court relied on Smith v. Jones, 1 U.S. 2 (1990), and Brown v. Green, 3 U.S. 4 (1991). That case is inapposite.")]
    [InlineData("the court relied on smith jones,supra,and brown green,supra.that case is inapposite.")]
    public void Classify_TwoAntecedents_LeavesBoth(string text)
    {
        var smith = text.Contains("Smith", StringComparison.Ordinal) ? "Smith v. Jones, 1 U.S. 2 (1990)" : "smith jones";
        var brown = text.Contains("Brown", StringComparison.Ordinal) ? "Brown v. Green, 3 U.S. 4 (1991)" : "brown green";
        var resolution = ResolutionOfCases((Last(text, smith), "smith-v-jones"), (Last(text, brown), "brown-v-green"));

        var result = new TreatmentClassifier().Classify(DocumentOf(text), SegmentationOf(text, "majority"), resolution);

        Assert.Equal(2, result.Citations.Count);
        Assert.All(result.Citations, c => Assert.DoesNotContain(AnaphorVerdictFinder.Label, c.Cue, StringComparison.Ordinal));
    }

    /// <summary>The sentence reader alone: the anaphor after a connective, fillers, and the verdicts.</summary>
    [Theory]
    [InlineData("But that case is not on point.", "is not on point")]
    [InlineData("That holding has no application to this case.", "has no application")]
    [InlineData("The case did not involve any evidence subject to dissipation.", "did not involve")]
    [InlineData("Thus, that decision is not controlling on this point.", "is not controlling")]
    [InlineData("That case is controlling.", null)]
    [InlineData("This case does not involve minors.", null)]
    [InlineData("The case of the petitioner does not involve minors.", null)]
    public void Read_Sentence_GivesVerdict(string sentence, string? expected)
    {
        var words = WordSequence.Of(sentence, new TextSpan(0, sentence.Length));

        Assert.Equal(expected, AnaphorVerdictFinder.Read(words));
    }
}
