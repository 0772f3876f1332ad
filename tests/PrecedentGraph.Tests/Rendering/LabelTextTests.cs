using PrecedentGraph.Rendering;
using Xunit;

namespace PrecedentGraph.Tests.Rendering;

public class LabelTextTests
{
    [Theory]
    [InlineData("Malley v. Briggs", 16, "Malley v. Briggs")]
    [InlineData("the court of appeals held that", 16, "the court of|appeals held|that")]
    // normalized text has no space after a comma: the label may still break there, and keeps the comma
    [InlineData("of experience,including the warrant", 16, "of experience,|including the|warrant")]
    [InlineData("appeals,however,gave weight", 16, "appeals,however,|gave weight")]
    [InlineData("a,b", 16, "a,b")]
    [InlineData("ends with a comma,", 16, "ends with a|comma,")]
    [InlineData("", 16, "")]
    public void Wrap_Text_BreaksAtSpacesAndAfterCommas(string text, int width, string expected)
    {
        Assert.Equal(expected, string.Join('|', LabelText.Wrap(text, width)));
    }

    [Fact]
    public void Wrap_WordLongerThanOneAndAHalfLines_IsCut()
    {
        var lines = LabelText.Wrap(new string('x', 40), 10);

        Assert.All(lines, l => Assert.True(l.Length <= 15));
        Assert.Equal(new string('x', 40), string.Concat(lines));
    }
}
