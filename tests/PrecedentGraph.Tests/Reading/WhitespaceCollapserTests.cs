using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Reading;

public sealed class WhitespaceCollapserTests
{
    [Theory]
    [InlineData("The Court held.", "The Court held.")]
    [InlineData("  The\tCourt \r\n held.  ", "The Court held.")]
    [InlineData("a\u00a0\u2003b", "a b")]
    [InlineData("a\u0001b\u0085c", "a b c")]
    [InlineData(" \t\r\n", "")]
    [InlineData("", "")]
    public void Collapse_Text_FoldsRunsAndTrims(string text, string expected)
    {
        Assert.Equal(expected, WhitespaceCollapser.Collapse(text));
    }

    [Fact]
    public void Collapse_NothingToFold_ReturnsTheSameString()
    {
        var text = "Nothing to fold here.";
        Assert.Same(text, WhitespaceCollapser.Collapse(text));
    }

    [Theory]
    [InlineData("xx  The\n\nCourt  xx", 2, 14, "The Court")]
    [InlineData("before the sentence. After it.", 21, 9, "After it.")]
    public void Collapse_Span_FoldsOnlyTheStretch(string text, int start, int length, string expected)
    {
        Assert.Equal(expected, WhitespaceCollapser.Collapse(text.AsSpan(start, length)));
    }

    [Fact]
    public void Collapse_LongText_FoldsBeyondTheStackBuffer()
    {
        var text = string.Join("  \n", Enumerable.Repeat("word", 400));
        Assert.Equal(string.Join(' ', Enumerable.Repeat("word", 400)), WhitespaceCollapser.Collapse(text));
    }
}
