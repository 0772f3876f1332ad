using System.Text;
using PrecedentGraph.Analysis;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>Files as they come (issue 9, item 1): every encoding, binary, empty and white-space files, a 200 MB file
/// with no line break, text cut off mid-word, broken HTML and JSON. Each is read and analysed, or refused with a
/// clear <see cref="InputException"/>; nothing else is thrown.</summary>
public sealed class InputFileTests : IDisposable
{
    private const string Opinion =
        "JUSTICE ADAMS delivered the opinion of the Court.\r\n"
        + "The caf\u00e9 owner\u2019s claim under \u00a7 1983 fails. See Gamma v. Delta, 457 U.S. 800, 818 (1982); cf. Alpha v. Beta, 468 U.S. 897 (1984).\r\n"
        + "We follow Gamma, supra, at 819. The judgment is \u201creversed.\u201d\r\n";

    private readonly string folder = Directory.CreateTempSubdirectory("precedentgraph-input-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("utf-8", 0)]
    [InlineData("utf-8-bom", 1)]
    [InlineData("utf-16le-bom", 2)]
    [InlineData("utf-16be-bom", 3)]
    [InlineData("utf-32le-bom", 4)]
    [InlineData("windows-1252", 5)]
    public void ReadFile_Encoding_SameTextAndCitations(string name, int encoding)
    {
        var document = DocumentReader.ReadFile(Write(name + ".txt", FuzzInputs.Encode(Opinion, encoding)));
        var analysis = new DocumentAnalyzer().Analyze(document);

        Assert.Equal(Opinion, document.Text);
        Assert.Equal(encoding == 5, document.Diagnostics.Any(d => d.Code == "encoding"));
        Assert.True(analysis.Citations.Cases.Count >= 3, $"{analysis.Citations.Cases.Count} citations in {name}");
        SpanChecks.Analysis(analysis);
    }

    [Theory]
    [InlineData("nul", new byte[] { 0x4a, 0x55, 0x00, 0x53, 0x54 }, "binary")]
    [InlineData("elf", new byte[] { 0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00 }, "binary")]
    [InlineData("nul-utf8-bom", new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0x00, 0x00, 0x00, 0x00, 0x01, 0x02 }, "binary")]
    [InlineData("empty", new byte[0], "empty")]
    [InlineData("spaces", new byte[] { 0x20, 0x0d, 0x0a, 0x09, 0x20 }, "empty")]
    [InlineData("bom-only", new byte[] { 0xEF, 0xBB, 0xBF }, "empty")]
    [InlineData("utf16-spaces", new byte[] { 0xFF, 0xFE, 0x20, 0x00, 0x0a, 0x00 }, "empty")]
    public void ReadFile_BinaryOrEmpty_ClearInputException(string name, byte[] bytes, string problem)
    {
        var path = Write(name + ".txt", bytes);
        var error = Assert.Throws<InputException>(() => DocumentReader.ReadFile(path));
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.Equal(path, error.Path);
    }

    /// <summary>200 MB with no line break is refused by its size before it is read: the reader allocates almost nothing.</summary>
    [Fact]
    public void ReadFile_200MegabytesOneLine_RefusedWithLimitAndBoundedMemory()
    {
        var path = Path.Combine(folder, "one-line.txt");
        var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("word v. word, 1 U.S. 1 ", 1024 * 1024 / 23 + 1)))[..(1024 * 1024)];
        using (var stream = File.Create(path))
        {
            for (var i = 0; i < 200; i++)
            {
                stream.Write(chunk);
            }
        }
        Assert.Equal(200L * 1024 * 1024, new FileInfo(path).Length);
        Assert.DoesNotContain((byte)'\n', chunk);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<InputException>(() => DocumentReader.ReadFile(path));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("file too large (200 MB; limit 64 MB)", error.Problem);
        Assert.True(allocated < 1024 * 1024, $"{allocated} bytes allocated to refuse the file");
    }

    /// <summary>Just past the limit in memory (ReadBytes) is refused too; a 17 KB single line (slow: see the report) of citations is analysed.</summary>
    [Fact]
    public void ReadBytes_OneLongLine_OverLimitRefusedUnderLimitAnalyzed()
    {
        var error = Assert.Throws<InputException>(() => DocumentReader.ReadBytes(new byte[DocumentReader.MaxBytes + 1], "big.txt"));
        Assert.Contains("limit 64 MB", error.Problem, StringComparison.Ordinal);

        var line = string.Concat(Enumerable.Range(0, 400).Select(i => $"See Gamma v. Delta, {i % 900 + 1} U.S. {i % 700 + 1} ({1900 + i % 100}); "));
        var document = DocumentReader.ReadBytes(Encoding.UTF8.GetBytes(line), "line.txt");
        var analysis = new DocumentAnalyzer().Analyze(document);
        Assert.True(line.Length > 15_000, "line too short: " + line.Length);
        Assert.True(analysis.Citations.Cases.Count > 300, $"{analysis.Citations.Cases.Count} citations on the long line");
        SpanChecks.Analysis(analysis);
    }

    public static TheoryData<string, int> Cuts => new()
    {
        { "messerschmidt-v-millender.txt", 7 }, { "messerschmidt-v-millender.txt", 1001 }, { "messerschmidt-v-millender.txt", 20011 },
        { "malley-v-briggs.raw.txt", 3 }, { "malley-v-briggs.raw.txt", 2503 }, { "malley-v-briggs.raw.txt", 15007 }, { "malley-v-briggs.raw.txt", 30011 },
        { "malley-v-briggs.normalized.txt", 12345 },
    };

    /// <summary>Text cut off mid-word (as the sample is) at several places: read, analysed, spans inside.</summary>
    [Theory]
    [MemberData(nameof(Cuts))]
    public void Analyze_TruncatedMidWord_SpansInsideText(string file, int cut)
    {
        var source = file.StartsWith("messerschmidt", StringComparison.Ordinal) ? TestPaths.Sample : Path.Combine(TestPaths.DevSet, file);
        var full = File.ReadAllText(source);
        var end = Math.Min(cut, full.Length - 1);
        while (end < full.Length - 1 && !char.IsLetter(full[end]))
        {
            end++;
        }
        var document = DocumentReader.ReadBytes(Encoding.UTF8.GetBytes(full[..(end + 1)]), file);
        var analysis = new DocumentAnalyzer().Analyze(document);
        Assert.True(char.IsLetter(document.Text[^1]), "not cut mid-word");
        SpanChecks.Analysis(analysis);
        DotChecker.Parse([OutputChecks.AllFormats(analysis.Graph)]);
    }

    [Theory]
    [InlineData("unclosed.html", "<html><body><p>JUSTICE ADAMS delivered the opinion of the Court.<p>See Gamma v. Delta, 457 U.S. 800 (1982).<div class=\"")]
    [InlineData("entities.html", "<p>Gamma v. Delta, 457 U.S. 800 &#xZZ; &#99999999; &bogus; &amp (1982)</p><script>alert(1)</script><!-- open")]
    [InlineData("cdata.xml", "<?xml version=\"1.0\"?><opinion><![CDATA[Gamma v. Delta, 457 U.S. 800 (1982)</opinion>")]
    [InlineData("tags-in-attrs.htm", "<div title='<p>'>JUSTICE ADAMS, dissenting.</div><p title=\"x>y\">Gamma v. Delta, 457 U.S. 800 (1982).</p></p></div>")]
    [InlineData("truncated.json", "{\"case_name\": \"Gamma v. Delta\", \"plain_text\": \"JUSTICE ADAMS delivered the opinion of the Court. See Alpha v. Beta, 4")]
    [InlineData("wrong-types.json", "{\"case_name\": 7, \"plain_text\": [1, 2], \"html\": {\"a\": null}}")]
    [InlineData("bad-escape.json", "{\"plain_text\": \"Gamma v. Delta, 457 U.S. 800 \\x (1982)\"}")]
    [InlineData("html-in-json.json", "{\"html_with_citations\": \"<p>Gamma v. Delta, <a href=\\\"/x\\\">457 U.S. 800</a> (1982)<p\"}")]
    [InlineData("array.json", "[{\"plain_text\": \"Gamma v. Delta, 457 U.S. 800 (1982).\"}]")]
    public void ReadBytes_BrokenHtmlOrJson_AnalyzedOrClearError(string path, string content)
    {
        SourceDocument? document = null;
        try
        {
            document = DocumentReader.ReadBytes(Encoding.UTF8.GetBytes(content), path);
        }
        catch (InputException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Problem));
            Assert.Equal(path, e.Path);
        }
        if (document is not null)
        {
            var analysis = new DocumentAnalyzer().Analyze(document);
            SpanChecks.Analysis(analysis);
            Assert.DoesNotContain("<script", document.Text, StringComparison.OrdinalIgnoreCase);
            DotChecker.Parse([OutputChecks.AllFormats(analysis.Graph)]);
        }
    }
}
