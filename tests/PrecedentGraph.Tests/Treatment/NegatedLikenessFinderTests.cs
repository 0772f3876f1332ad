using PrecedentGraph.Graph;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class NegatedLikenessFinderTests
{
    /// <summary>"..., as was the case in X" after a denial in its sentence: the case had what the present one lacks, so
    /// the opinion sets it apart. One row per shape and text form (raw, then normalized).</summary>
    [Theory]
    [InlineData("We are unconvinced that the overbreadth is incurable and would taint all applications of the statute, as was the case in Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", "likeness denied: not ... as was the case in")]
    [InlineData("we are unconvinced that the overbreadth is incurable and would taint all applications of the statute,as was the case in smith jones,", "smith jones", "likeness denied: not ... as was the case in")]
    [InlineData("Moreover, the injunction was issued not because of the content of the speech, as was the case in Smith v. Jones, 123 U.S. 456 (1990), but because of the conduct.", "Smith v. Jones, 123 U.S. 456 (1990)", "likeness denied: not ... as was the case in")]
    [InlineData("moreover,the injunction was issued not because of the content of the speech,as was the case in smith jones,but because of the conduct.", "smith jones", "likeness denied: not ... as was the case in")]
    [InlineData("But there is no intimation in his pleadings that he is punished for his views, as was true in Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", "likeness denied: not ... as was true in")]
    [InlineData("but there is no intimation in his pleadings that he is punished for his views,as was true in smith jones,", "smith jones", "likeness denied: not ... as was true in")]
    public void Classify_LikenessDenied_Distinguishes(string text, string mention, string cue)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.Equal("distinguishes", Relations.Name(treatment.Relation));
        Assert.Equal(cue, treatment.Cue);
    }

    /// <summary>The same phrase with no denial before it likens the present case ("without" is not a denial of the
    /// likeness); a denial after the citation does not reach back.</summary>
    [Theory]
    [InlineData("All of this, as was the case in Smith v. Jones, 123 U.S. 456 (1990), was done in the name of the First Amendment.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("all of this,as was the case in smith jones,was done in the name of the first amendment.", "smith jones")]
    [InlineData("The officers entered without a warrant, as was the case in Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("the officers entered without a warrant,as was the case in smith jones,", "smith jones")]
    [InlineData("The statute reaches protected speech, as was the case in Smith v. Jones, 123 U.S. 456 (1990), and it may not be enforced.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("the statute reaches protected speech,as was the case in smith jones,and it may not be enforced.", "smith jones")]
    public void Classify_LikenessNotDenied_IsNotDistinguished(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.NotEqual("distinguishes", Relations.Name(treatment.Relation));
        Assert.DoesNotContain("likeness denied", treatment.Cue, StringComparison.Ordinal);
    }
}
