using PrecedentGraph.Storage;

namespace PrecedentGraph.Tests.Storage;

public sealed class CaseMatchKeyTests
{
    [Theory]
    [InlineData("Alder v. Birch", "alder birch")]
    [InlineData("alder birch", "alder birch")]
    [InlineData("alder-v-birch", "alder birch")]
    [InlineData("United States v. Oak", "united states oak")]
    [InlineData("O'Hara vs. Pine Co.", "ohara pine co")]
    [InlineData("Board of Ed. No. 2 v. Elm", "board of ed no elm")]
    [InlineData("", "")]
    public void For_Name_GivesFormIndependentKey(string name, string expected)
    {
        Assert.Equal(expected, CaseMatchKey.For(name));
    }

    [Theory]
    [InlineData("475 U. S. 335", "475 U.S. 335")]
    [InlineData("475  U.S.\t335", "475 U.S. 335")]
    [InlineData("106 S. Ct. 1092", "106 S. Ct. 1092")]
    [InlineData("89 L. Ed. 2d 271", "89 L. Ed. 2d 271")]
    public void NormalizeCitation_Spacing_IsCanonical(string citation, string expected)
    {
        Assert.Equal(expected, CaseMatchKey.NormalizeCitation(citation));
    }
}
