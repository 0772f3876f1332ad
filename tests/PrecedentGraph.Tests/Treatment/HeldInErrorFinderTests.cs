using PrecedentGraph.Graph;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class HeldInErrorFinderTests
{
    /// <summary>A cue inside a holding the opinion calls an error turns over: the court below's "X is inapplicable"
    /// rejected means the opinion applies X, and its "X controls" rejected means the opinion sets X apart.</summary>
    [Theory]
    [InlineData("The Court of Appeals erred in holding that the Smith v. Jones, 123 U.S. 456 (1990), requirement is inapplicable where pure speech is at issue.", "Smith v. Jones, 123 U.S. 456 (1990)", "relies-on", "held in error: erred ... holding is inapplicable")]
    [InlineData("the court of appeals erred in holding that the smith jones,requirement is inapplicable where pure speech is at issue.", "smith jones", "relies-on", "held in error: erred ... holding is inapplicable")]
    [InlineData("The District Court mistakenly concluded that Smith v. Jones, 123 U.S. 456 (1990), is controlling here.", "Smith v. Jones, 123 U.S. 456 (1990)", "distinguishes", "held in error: mistakenly ... concluded is controlling")]
    [InlineData("the district court mistakenly concluded that smith jones,is controlling here.", "smith jones", "distinguishes", "held in error: mistakenly ... concluded is controlling")]
    public void Classify_CueInsideHoldingCalledError_TurnsOver(string text, string mention, string relation, string cue)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.Equal(relation, Relations.Name(treatment.Relation));
        Assert.Equal(cue, treatment.Cue);
    }

    /// <summary>Without an error word before the citation, or with one far from any verb of holding, the cue keeps its
    /// sense.</summary>
    [Theory]
    [InlineData("The Court of Appeals held that the Smith v. Jones, 123 U.S. 456 (1990), requirement is inapplicable where pure speech is at issue.", "Smith v. Jones, 123 U.S. 456 (1990)", "distinguishes", "is inapplicable")]
    [InlineData("the court of appeals held that the smith jones,requirement is inapplicable where pure speech is at issue.", "smith jones", "distinguishes", "is inapplicable")]
    [InlineData("Whether or not the court below erred, Smith v. Jones, 123 U.S. 456 (1990), is inapplicable here.", "Smith v. Jones, 123 U.S. 456 (1990)", "distinguishes", "is inapplicable")]
    [InlineData("whether or not the court below erred,smith jones,is inapplicable here.", "smith jones", "distinguishes", "is inapplicable")]
    public void Classify_NoHoldingCalledError_KeepsTheCue(string text, string mention, string relation, string cue)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.Equal(relation, Relations.Name(treatment.Relation));
        Assert.Equal(cue, treatment.Cue);
    }
}
