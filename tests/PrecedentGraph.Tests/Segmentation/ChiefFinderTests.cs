using PrecedentGraph.Segmentation;

namespace PrecedentGraph.Tests.Segmentation;

public sealed class ChiefFinderTests
{
    [Theory]
    [InlineData("WHITE, J., delivered the opinion of the Court, in which BURGER, C. J., and BRENNAN, J., joined.", "Burger")]
    [InlineData("white,delivered the opinion of the court,in which burger,and brennan,marshall,and o connor,joined.", "Burger")]
    [InlineData("CHIEF JUSTICE REHNQUIST, dissenting.", "Rehnquist")]
    [InlineData("MR. CHIEF JUSTICE WARREN delivered the opinion of the Court.", "Warren")]
    [InlineData("scalia,delivered the opinion of the court,in which kennedy,thomas,and alito,joined.", null)]
    [InlineData("Chief Justice Marshall, writing for the Court in 1819, explained that the power to tax is the power to destroy.", null)]
    public void Find_Paragraph_GivesTheChief(string paragraph, string? chief)
    {
        Assert.Equal(chief, ChiefFinder.Find([paragraph]));
    }
}
