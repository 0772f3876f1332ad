using System.Text;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Reading;

public sealed class TextDecoderTests
{
    static TextDecoderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Theory]
    [InlineData(0x80, 0x9F)] // the 32 bytes where Windows-1252 and Latin-1 differ (0x81, 0x8D, 0x8F, 0x90, 0x9D unassigned)
    [InlineData(0xA0, 0xFF)] // Latin-1 letters and signs
    [InlineData(0x80, 0xFF)] // both
    public void Decode_Windows1252Bytes_SameTextAsTheCodePage(int first, int last)
    {
        var prose = Encoding.ASCII.GetBytes("The Court held that the warrant was valid. ");
        byte[] bytes = [.. prose, .. Enumerable.Range(first, last - first + 1).Select(b => (byte)b), .. prose];
        var diagnostics = new List<Diagnostic>();
        var text = TextDecoder.Decode(bytes, "x.txt", diagnostics);
        Assert.Equal(Encoding.GetEncoding(1252).GetString(bytes), text);
        Assert.Contains(diagnostics, d => d.Code == "encoding");
    }

    [Fact]
    public void Decode_Windows1252WithoutHighControlRange_SameTextAsTheCodePage()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Section "), 0xA7, .. Encoding.ASCII.GetBytes(" 1983 and caf"), 0xE9];
        Assert.Equal("Section \u00a7 1983 and caf\u00e9", TextDecoder.Decode(bytes, "x.txt", []));
    }
}
