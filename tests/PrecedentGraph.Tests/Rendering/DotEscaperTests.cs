using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Rendering;

public sealed class DotEscaperTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("trailing\\", "\"trailing\\\\\"")]
    [InlineData("a\\Nb", "\"a\\\\Nb\"")]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    [InlineData("crlf\r\nend", "\"crlf \\nend\"")]
    [InlineData("<b>&amp;", "\"&lt;b&gt;&amp;amp;\"")]
    [InlineData("caf\u00e9", "\"caf&#233;\"")]
    [InlineData("e\u0301", "\"e&#769;\"")]
    [InlineData("\u05D0", "\"&#1488;\"")]
    [InlineData("bell\u0007", "\"bell \"")]
    [InlineData("{a} -> [b];", "\"{a} -&gt; [b];\"")]
    public void Quote_HostileText_IsEscaped(string input, string expected)
    {
        Assert.Equal(expected, DotEscaper.Quote(input));
    }

    [Fact]
    public void Quote_LoneSurrogate_BecomesReplacementCharacter()
    {
        Assert.Equal("\"lone&#65533;x\"", DotEscaper.Quote("lone\uD800x"));
    }

    [Fact]
    public void Quote_SupplementaryCharacter_StaysUtf8()
    {
        Assert.Equal("\"x \U0001F600\"", DotEscaper.Quote("x \U0001F600"));
    }
}
