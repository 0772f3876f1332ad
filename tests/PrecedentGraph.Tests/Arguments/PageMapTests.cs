using PrecedentGraph.Arguments;

namespace PrecedentGraph.Tests.Arguments;

public class PageMapTests
{
    [Theory]
    [InlineData(" 815, 819. This standard", false, "815,819", "")]
    [InlineData(" 818-819, summary judgment", false, "818,819", "")]
    [InlineData(" 818-19, summary judgment", false, "818,819", "")]
    [InlineData(" 640, n. 2, should not", false, "640", "2")]
    [InlineData(" 639, and n. 2. I am", false, "639", "2")]
    [InlineData(" 4 (emphasis added)", true, "", "4")]
    [InlineData(" (opinion of the Court)", false, "", "")]
    public void Pinpoint_TextAfterAntePost_ReadsPagesAndNotes(string after, bool noteOnly, string pages, string notes)
    {
        var (foundPages, foundNotes) = PageMap.Pinpoint(after, noteOnly);

        Assert.Equal(pages, string.Join(",", foundPages));
        Assert.Equal(notes, string.Join(",", foundNotes));
    }
}
