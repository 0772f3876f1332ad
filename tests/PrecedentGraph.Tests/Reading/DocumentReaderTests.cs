using System.Text;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Reading;

public sealed class DocumentReaderTests
{
    private const string Opinion = "JUSTICE WHITE delivered the opinion of the Court.\nThe officer applied for a warrant \u00a7 1983.\n";

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Opinion) },
        { "utf-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Opinion)] },
        { "utf-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Opinion)] },
        { "utf-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Opinion)] },
        { "utf-32 LE with BOM", [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(false, false).GetBytes(Opinion)] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ReadBytes_UnicodeEncodings_DecodeWithoutWarning(string name, byte[] bytes)
    {
        var document = DocumentReader.ReadBytes(bytes, "x.txt");
        Assert.True(Opinion == document.Text, name);
        Assert.Empty(document.Diagnostics);
        Assert.Equal("text", document.Format);
        Assert.Null(document.SourceOffsets);
    }

    [Fact]
    public void ReadBytes_Windows1252WithCrLf_DecodesWithWarning()
    {
        // "Argued:<A0>Decided:" and a curly apostrophe (0x92) as in the corpus
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Argued:"), 0xA0, .. Encoding.ASCII.GetBytes("Decided: O"), 0x92,
            .. Encoding.ASCII.GetBytes("CONNOR "), 0xA7, .. Encoding.ASCII.GetBytes("\r\nNext line\r\n")];
        var document = DocumentReader.ReadBytes(bytes, "1.txt");
        Assert.Equal("Argued:\u00a0Decided: O\u2019CONNOR \u00a7\r\nNext line\r\n", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "encoding" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x00, 0x42, 0x43 }, "binary")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0E, 0x0F, 0x41 }, "binary")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00 }, "binary")]
    [InlineData(new byte[] { }, "empty")]
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A, 0x09, 0x20 }, "empty")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "empty")]
    public void ReadBytes_BadInput_ThrowsInputException(byte[] bytes, string problem)
    {
        var error = Assert.Throws<InputException>(() => DocumentReader.ReadBytes(bytes, "bad.txt"));
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.Equal("bad.txt", error.Path);
    }

    [Fact]
    public void ReadBytes_OverLimit_ThrowsClearLimitMessage()
    {
        var bytes = new byte[DocumentReader.MaxBytes + 1];
        var error = Assert.Throws<InputException>(() => DocumentReader.ReadBytes(bytes, "huge.txt"));
        Assert.Equal("file too large (65 MB; limit 64 MB)", error.Problem);
    }

    [Fact]
    public void ReadFile_Missing_ThrowsNoSuchFile()
    {
        var error = Assert.Throws<InputException>(() => DocumentReader.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-opinion-" + Guid.NewGuid() + ".txt")));
        Assert.Equal("no such file", error.Problem);
    }

    [Fact]
    public void ReadFile_Folder_ThrowsInputException()
    {
        var error = Assert.Throws<InputException>(() => DocumentReader.ReadFile(AppContext.BaseDirectory));
        Assert.False(string.IsNullOrEmpty(error.Problem));
    }

    [Fact]
    public void ReadFile_HtmlPage_StripsTagsAndMapsOffsets()
    {
        var path = TestPaths.TestData("Reading/opinion-page.html");
        var input = File.ReadAllText(path);
        var document = DocumentReader.ReadFile(path);
        Assert.Equal("html", document.Format);
        Assert.Equal(
            "JUSTICE WHITE delivered the opinion of the Court.\nThe officer applied for a warrant under \u00a7 1983. Gamma v. Delta, 457 U.S. 800.\nJUSTICE POWELL, dissenting.\nI would reverse.",
            document.Text);
        Assert.Equal("Alpha v. Beta", document.TitleHint);
        AssertOffsetsMapLetters(input, document);
    }

    [Fact]
    public void ReadBytes_HtmlWithTextExtension_ChosenByContent()
    {
        var document = DocumentReader.ReadBytes(Encoding.UTF8.GetBytes("<p>PER CURIAM.</p><p>Affirmed &amp; so ordered.</p>"), "opinion.txt");
        Assert.Equal("html", document.Format);
        Assert.Equal("PER CURIAM.\nAffirmed & so ordered.", document.Text);
    }

    [Fact]
    public void ReadFile_CourtListenerJsonWithHtml_UsesHtmlWithCitationsAndClusterHints()
    {
        var path = TestPaths.TestData("Reading/courtlistener-opinion.json");
        var input = File.ReadAllText(path);
        var document = DocumentReader.ReadFile(path);
        Assert.Equal("json", document.Format);
        Assert.Equal("Alpha v. Beta", document.TitleHint);
        Assert.Equal("1986-03-05", document.DateHint);
        Assert.StartsWith("JUSTICE WHITE delivered the opinion of the Court.\nThe question is whether an officer \"reasonably\" believed. See 457 U.S. 800, 818 (1982) \u00a7 1983.\nJUSTICE POWELL,", document.Text);
        AssertOffsetsMapLetters(input, document);
    }

    [Fact]
    public void ReadFile_CourtListenerJsonWithPlainText_PrefersPlainText()
    {
        var path = TestPaths.TestData("Reading/courtlistener-plain.json");
        var input = File.ReadAllText(path);
        var document = DocumentReader.ReadFile(path);
        Assert.Equal("JUSTICE BREYER, concurring.\nThe \"court\" is right.\tSee \u00a7 1983.", document.Text);
        Assert.Equal("Gamma v. Delta", document.TitleHint);
        Assert.Equal("2012-02-22", document.DateHint);
        Assert.Equal('\\', input[document.SourceOffsets![document.Text.IndexOf('\n')]]);
        AssertOffsetsMapLetters(input, document);
    }

    [Theory]
    [InlineData("{\"plain_text\": \"JUSTICE X, dissenting.", "opinion.json")]
    [InlineData("{\"plain_text\": 12,,}", "opinion.json")]
    public void ReadBytes_BrokenJson_ThrowsClearError(string json, string path)
    {
        var error = Assert.Throws<InputException>(() => DocumentReader.ReadBytes(Encoding.UTF8.GetBytes(json), path));
        Assert.StartsWith("not valid JSON", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[ Footnote * ] Together with No. 760.\nJUSTICE X, dissenting.", "text")]
    [InlineData("{ this brace opens an opinion text, not JSON }\nMore.", "text")]
    [InlineData("a < b and c > d, see <i>Alpha</i>.", "text")]
    [InlineData("<div>JUSTICE X, dissenting.", "html")]
    public void ReadBytes_Content_ChoosesFormat(string text, string format)
    {
        Assert.Equal(format, DocumentReader.ReadBytes(Encoding.UTF8.GetBytes(text), "x.txt").Format);
    }

    [Fact]
    public void ReadFile_Sample_IsNormalizedText()
    {
        var document = DocumentReader.ReadFile(TestPaths.Sample);
        Assert.Equal(InputForm.Normalized, document.Form);
        Assert.Equal(64, document.ContentHash.Length);
    }

    // Every letter of the text comes from the same letter of the input (entities and escapes map to their start).
    private static void AssertOffsetsMapLetters(string input, SourceDocument document)
    {
        Assert.NotNull(document.SourceOffsets);
        Assert.Equal(document.Text.Length, document.SourceOffsets!.Count);
        for (var i = 0; i < document.Text.Length; i++)
        {
            var offset = document.SourceOffsets[i];
            Assert.InRange(offset, 0, input.Length);
            if (i > 0)
            {
                Assert.True(offset >= document.SourceOffsets[i - 1], $"offsets go back at {i}");
            }
            if (char.IsAsciiLetter(document.Text[i]))
            {
                Assert.Equal(document.Text[i], input[offset]);
            }
        }
    }
}
