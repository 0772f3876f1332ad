using PrecedentGraph.Graph;
using PrecedentGraph.Treatment;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class MisplacedRelianceFinderTests
{
    /// <summary>Someone's reliance on the case, declared wrong after it: whoever relied (another opinion, a named justice,
    /// a party by name), the writer sets the case apart (an actor the reliance rule knows, as in "Respondents' reliance
    /// on X is unavailing", keeps that rule's cue, which names the actor). One row per shape and text form (raw, then through normalize.py).</summary>
    [Theory]
    [InlineData("The plurality opinion's reliance upon Smith v. Jones, 285 U.S. 105 (1932), is misplaced.", "Smith v. Jones, 285 U.S. 105 (1932)", "misplaced")]
    [InlineData("the plurality opinion reliance upon smith jones,is misplaced.", "smith jones", "misplaced")]
    [InlineData("JUSTICE BLACK's additional reliance on Smith v. Jones, 478 U.S. 186 (1986), post, at 103, is misplaced because, in that case, the Court used a history of state prohibitions.", "Smith v. Jones, 478 U.S. 186 (1986)", "misplaced")]
    [InlineData("justice black additional reliance on smith jones,post,at,is misplaced because,in that case,the court used a history of state prohibitions.", "smith jones", "misplaced")]
    [InlineData("Johnson's reliance on Smith v. Jones, 123 U.S. 456 (1990), is also unavailing.", "Smith v. Jones, 123 U.S. 456 (1990)", "unavailing")]
    [InlineData("johnson reliance on smith jones,is also unavailing.", "smith jones", "unavailing")]
    public void Classify_RelianceDeclaredWrong_Distinguishes(string text, string mention, string verdict)
    {
        var treatment = ClassifyOne(text, mention, "dissent");

        Assert.Equal("distinguishes", Relations.Name(treatment.Relation));
        Assert.Equal($"{MisplacedRelianceFinder.Label}: reliance on ... {verdict}", treatment.Cue);
    }

    /// <summary>A case the reliance does not reach ("reliance upon the Due Process Clause for fear of resurrecting X") and
    /// a verdict denied ("is not misplaced") leave the case alone.</summary>
    [Theory]
    [InlineData("Insofar as the plurality avoids reliance upon the Due Process Clause for fear of resurrecting Smith v. Jones, 198 U.S. 45 (1905), that fear is misplaced.", "Smith v. Jones, 198 U.S. 45 (1905)")]
    [InlineData("insofar as the plurality avoids reliance upon the due process clause for fear of resurrecting smith jones,that fear is misplaced.", "smith jones")]
    [InlineData("Petitioner's reliance on Smith v. Jones, 123 U.S. 456 (1990), is not misplaced.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("petitioner reliance on smith jones,is not misplaced.", "smith jones")]
    public void Classify_RelianceNotDeclaredWrong_IsNotSetApart(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.DoesNotContain(MisplacedRelianceFinder.Label, treatment.Cue, StringComparison.Ordinal);
    }
}
