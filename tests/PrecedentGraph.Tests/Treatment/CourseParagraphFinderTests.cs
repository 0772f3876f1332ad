using PrecedentGraph.Graph;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class CourseParagraphFinderTests
{
    /// <summary>A separate opinion's paragraph that opens by saying the Court has taken a wrong course and lists its steps:
    /// the cases cited in the steps are criticized. One row per shape and text form (raw, then normalized).</summary>
    [Theory]
    [InlineData("Today's decision is the latest example of how this Court, flouting the intent of Congress, has gradually diminished the statute's reach. First, the Court held that seniority systems need special treatment. Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", "course deplored earlier in the paragraph: gradually diminished")]
    [InlineData("today decision is the latest example of how this court,flouting the intent of congress,has gradually diminished the statute reach.first,the court held that seniority systems need special treatment.smith jones,", "smith jones", "course deplored earlier in the paragraph: gradually diminished")]
    [InlineData("The Court has steadily eroded the protection of the Clause. Then, the Court held by a narrow margin that even new systems are protected. See Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", "course deplored earlier in the paragraph: steadily eroded")]
    [InlineData("the court has steadily eroded the protection of the clause.then,the court held by a narrow margin that even new systems are protected.see smith jones,", "smith jones", "course deplored earlier in the paragraph: steadily eroded")]
    public void Classify_StepOfADeploredCourse_Criticizes(string text, string mention, string cue)
    {
        var treatment = ClassifyOne(text, mention, "dissent");

        Assert.Equal("criticizes", Relations.Name(treatment.Relation));
        Assert.Equal(cue, treatment.Cue);
    }

    /// <summary>Left alone: the Court's own opinion, a course with no Court as its subject, a citation that is no step
    /// (authority for the writer's own principle), and citations after a sentence that turns.</summary>
    [Theory]
    [InlineData("Today's decision is the latest example of how this Court has gradually diminished the statute's reach. First, the Court held that seniority systems need special treatment. Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", "majority")]
    [InlineData("today decision is the latest example of how this court has gradually diminished the statute reach.first,the court held that seniority systems need special treatment.smith jones,", "smith jones", "majority")]
    [InlineData("That view has been steadily eroded over the years in the lower courts of several States and elsewhere. First, the Court held that arbitration is favored. Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent")]
    [InlineData("that view has been steadily eroded over the years in the lower courts of several states and elsewhere.first,the court held that arbitration is favored.smith jones,", "smith jones", "dissent")]
    [InlineData("The Court has dramatically lowered its scrutiny of such rules. The result is a two-tiered approach. Debate on public issues should be uninhibited and robust. Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent")]
    [InlineData("the court has dramatically lowered its scrutiny of such rules.the result is a two tiered approach.debate on public issues should be uninhibited and robust.smith jones,", "smith jones", "dissent")]
    [InlineData("The Court has gradually diminished the statute's reach. But the Court held in the end that the rule survives. Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)", "dissent")]
    [InlineData("the court has gradually diminished the statute reach.but the court held in the end that the rule survives.smith jones,", "smith jones", "dissent")]
    public void Classify_NoStepOfADeploredCourse_IsNotCriticized(string text, string mention, string kind)
    {
        var treatment = ClassifyOne(text, mention, kind);

        Assert.DoesNotContain("course deplored", treatment.Cue, StringComparison.Ordinal);
    }
}
