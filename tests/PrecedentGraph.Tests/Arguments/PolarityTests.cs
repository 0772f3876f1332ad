using PrecedentGraph.Arguments;

namespace PrecedentGraph.Tests.Arguments;

public class PolarityTests
{
    /// <summary>Agreement across the line is support: named justices "are correct that", reasons adopted "as well as
    /// those given by" another justice.</summary>
    [Theory]
    [InlineData("On the other hand, I think THE CHIEF JUSTICE and JUSTICE SMITH are correct that this standard will be a fertile source of uncertainty.")]
    [InlineData("For these reasons, as well as those given by THE CHIEF JUSTICE, I dissent.")]
    [InlineData("JUSTICE SMITH was quite right to say that the statute reaches the county.")]
    public void Of_AgreementWithNamedJustices_IsSupport(string sentence)
    {
        Assert.True(Polarity.Of(sentence).Score > 0);
    }
}
