using PrecedentGraph.Graph;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class GoverningContrastFinderTests
{
    /// <summary>"X, not Y, controls": the case after "not" is set apart. One row per shape and text form.</summary>
    [Theory]
    [InlineData("Because the Amendment goes to jurisdiction, Doe and Roe, not Smith and Jones, are the relevant precedent.", "Smith", "x not y are the relevant")]
    [InlineData("because the amendment goes to jurisdiction,doe and roe,not smith and jones,are the relevant precedent.", "smith", "x not y are the relevant")]
    [InlineData("Because the Amendment goes to jurisdiction, Doe and Roe, not Smith and Jones, are the relevant precedent.", "Jones", "x not y are the relevant")]
    [InlineData("because the amendment goes to jurisdiction,doe and roe,not smith and jones,are the relevant precedent.", "jones", "x not y are the relevant")]
    [InlineData("On whether such repetition serves a legitimate interest, Doe v. Roe, 7 U.S. 8 (1991), not Smith v. Jones, 123 U.S. 456 (1990), controls.", "Smith v. Jones, 123 U.S. 456 (1990)", "x not y controls")]
    [InlineData("on whether such repetition serves a legitimate interest,doe roe,not smith jones,controls.", "smith jones", "x not y controls")]
    public void Classify_NotTheGoverningCase_Distinguishes(string text, string mention, string cue)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.Equal("distinguishes", Relations.Name(treatment.Relation));
        Assert.Equal(cue, treatment.Cue);
    }

    /// <summary>Someone's view so stated, a "not" that is no contrast, and the governing case itself.</summary>
    [Theory]
    [InlineData("In his view, Doe, not Smith, governs the analysis of his claim.", "Smith")]
    [InlineData("in his view,doe,not smith,governs the analysis of his claim.", "smith")]
    [InlineData("The officers did not read Smith v. Jones, 123 U.S. 456 (1990), as the rule of decision.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("the officers did not read smith jones,as the rule of decision.", "smith jones")]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), not Doe v. Roe, 7 U.S. 8 (1991), controls.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("smith jones,not doe roe,controls.", "smith jones")]
    public void Classify_NoGoverningContrast_IsNotDistinguished(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.NotEqual("distinguishes", Relations.Name(treatment.Relation));
    }
}
