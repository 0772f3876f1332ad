using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Reading;

public sealed class HtmlReaderTests
{
    [Theory]
    [InlineData("<p>One</p><p>Two</p>", "One\nTwo")]
    [InlineData("<div>A<br/>B<br>C</div>", "A\nB\nC")]
    [InlineData("<pre>line one\nline two\n\n  indented</pre>", "line one\nline two\nindented")]
    [InlineData("x &lt; y &amp;&amp; &quot;q&quot; &#8212; &#x2014; &sect;&nbsp;2", "x < y && \"q\" \u2014 \u2014 \u00a7 2")]
    [InlineData("AT&T &bogus; &#xZZ; & alone", "AT&T &bogus; &#xZZ; & alone")]
    [InlineData("<script>if (a < b) { x = '</p>'; }</script>kept<style>p{}</style>", "kept")]
    [InlineData("before<!-- <p>hidden</p> -->after", "beforeafter")]
    [InlineData("<![CDATA[raw <b>text</b>]]> end", "raw <b>text</b> end")]
    [InlineData("<td>a</td><td>b</td>", "a b")]
    [InlineData("<span class=\"citation\"><a href=\"/opinion/1/x/\">457 U.S. 800</a></span>, 818", "457 U.S. 800, 818")]
    public void Read_Markup_GivesText(string html, string expected)
    {
        Assert.Equal(expected, HtmlReader.Read(html).Text);
    }

    [Theory]
    [InlineData("<p>unclosed paragraph")]
    [InlineData("<a href=\"never closed>text and more text")]
    [InlineData("<script>never closed")]
    [InlineData("<!-- never closed")]
    [InlineData("<![CDATA[never closed")]
    [InlineData("<<<>>> </ > < p> <1> </>")]
    [InlineData("&#99999999; &#0; &#xD800; &#;")]
    [InlineData("<title>only a title")]
    [InlineData("<")]
    [InlineData("&")]
    [InlineData("")]
    public void Read_BrokenMarkup_NeverThrowsAndOffsetsStayInside(string html)
    {
        var result = HtmlReader.Read(html);
        Assert.Equal(result.Text.Length, result.Offsets.Count);
        Assert.All(result.Offsets, offset => Assert.InRange(offset, 0, html.Length));
    }

    [Fact]
    public void Read_Title_IsReturnedNotEmitted()
    {
        var result = HtmlReader.Read("<html><head><title>Alpha  v. Beta</title></head><body><p>Text</p></body></html>");
        Assert.Equal("Alpha v. Beta", result.Title);
        Assert.Equal("Text", result.Text);
    }

    [Fact]
    public void Read_LargeUnclosedAttributes_StaysLinear()
    {
        var html = string.Concat(Enumerable.Repeat("<a href=\"x", 20_000)) + " text";
        var result = HtmlReader.Read(html);
        Assert.Equal(result.Text.Length, result.Offsets.Count);
    }
}
