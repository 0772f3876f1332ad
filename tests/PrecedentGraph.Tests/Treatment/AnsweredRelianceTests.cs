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
}
