using System.Text;
using System.Xml.Linq;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Rendering;

public sealed class DiagramRendererTests
{
    /// <summary>Set to 1 to rewrite the golden files from the current code instead of comparing.</summary>
    public const string UpdateVariable = "PRECEDENTGRAPH_UPDATE_GOLDEN";

    public const string RefreshCommand =
        UpdateVariable + "=1 dotnet test tests/PrecedentGraph.Tests --filter \"FullyQualifiedName~DiagramRendererTests.Render_SampleCitationMap_MatchesGoldenFile\"";

    private static string GoldenFolder => Path.Combine(TestPaths.RepositoryRoot, "tests", "PrecedentGraph.Tests", "TestData", "Rendering", "golden");

    [Theory]
    [InlineData(RenderFormat.Dot, DiagramStyle.Screen, "messerschmidt-v-millender.dot")]
    [InlineData(RenderFormat.Svg, DiagramStyle.Screen, "messerschmidt-v-millender.builtin.svg")]
    [InlineData(RenderFormat.Svg, DiagramStyle.Paper, "messerschmidt-v-millender.builtin-paper.svg")]
    [InlineData(RenderFormat.GraphMl, DiagramStyle.Screen, "messerschmidt-v-millender.graphml")]
    [InlineData(RenderFormat.Gexf, DiagramStyle.Screen, "messerschmidt-v-millender.gexf")]
    [InlineData(RenderFormat.CytoscapeJson, DiagramStyle.Screen, "messerschmidt-v-millender.cyjs")]
    [InlineData(RenderFormat.Csv, DiagramStyle.Screen, "messerschmidt-v-millender.csv")]
    public void Render_SampleCitationMap_MatchesGoldenFile(RenderFormat format, DiagramStyle style, string name)
    {
        var actual = new DiagramRenderer(RenderEngine.Builtin).Render(SampleGraphs.CitationMap, format, new DiagramOptions { Style = style });
        var golden = Path.Combine(GoldenFolder, name);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(GoldenFolder);
            File.WriteAllBytes(golden, actual);
            File.Delete(golden + ".actual");
            return;
        }
        var expected = File.Exists(golden) ? File.ReadAllBytes(golden) : null;
        if (expected is not null && expected.AsSpan().SequenceEqual(actual))
        {
            File.Delete(golden + ".actual");
            return;
        }
        File.WriteAllBytes(golden + ".actual", actual);
        Assert.Fail((expected is null ? $"{golden} is missing." : $"{name} differs from its golden file ({FirstDifference(expected, actual)}); the new output is in {golden}.actual.")
            + " The goldens follow the sample's extraction, so an intended change in extraction or rendering changes them: refresh all of them with"
            + $"\n    {RefreshCommand}\nand review `git diff {Path.GetRelativePath(TestPaths.RepositoryRoot, GoldenFolder)}` before committing.");
    }

    [Theory]
    [InlineData(RenderFormat.Dot)]
    [InlineData(RenderFormat.Svg)]
    [InlineData(RenderFormat.Png)]
    [InlineData(RenderFormat.Pdf)]
    public void Render_SampleTwice_ByteIdentical(RenderFormat format)
    {
        var options = new DiagramOptions { Style = format == RenderFormat.Pdf ? DiagramStyle.Paper : DiagramStyle.Screen };
        var first = new DiagramRenderer(RenderEngine.Builtin).Render(SampleGraphs.CitationMap, format, options);
        var second = new DiagramRenderer(RenderEngine.Builtin).Render(SampleGraphs.CitationMap, format, options);
        Assert.NotEmpty(first);
        Assert.True(first.AsSpan().SequenceEqual(second), $"{format} differs between runs");
    }

    [Fact]
    public void Render_PaperPdf_NoDatesAndPageOfThePhysicalSize()
    {
        var options = new DiagramOptions { Style = DiagramStyle.Paper };
        var svg = BuiltinSvgRenderer.Render(SampleGraphs.CitationMap, options);
        var pdf = Encoding.Latin1.GetString(new DiagramRenderer(RenderEngine.Builtin).Render(SampleGraphs.CitationMap, RenderFormat.Pdf, options));
        var drawing = SvgDrawing.Parse(svg);

        Assert.DoesNotContain("/CreationDate", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("/ModDate", pdf, StringComparison.Ordinal);
        var box = System.Text.RegularExpressions.Regex.Match(pdf, @"/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]");
        Assert.True(box.Success, "no MediaBox");
        var width = double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var height = double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        // 160 mm = 453.54 pt, not the viewBox's width in units.
        Assert.Equal(160 * 72 / 25.4, width, 0.1);
        Assert.Equal(drawing.HeightMillimetres * 72 / 25.4, height, 0.5);
        Assert.NotEqual(drawing.ViewBoxWidth, width, 1.0);
    }

    [Theory]
    [InlineData(RenderFormat.Svg, 134, "exit 134")]
    [InlineData(RenderFormat.Png, 1, "exit 1")]
    [InlineData(RenderFormat.Pdf, 134, "exit 134")]
    public void Render_AutoWhenGraphvizAborts_BuiltinDrawingAndOneWarning(RenderFormat format, int exitCode, string said)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the stand-in for dot is a shell script
        }
        using var dot = FakeDot.Exiting(exitCode);
        var warnings = new List<string>();
        var bytes = new DiagramRenderer(RenderEngine.Auto, () => new GraphvizEngine(dot.Path, TimeSpan.FromSeconds(30)), warnings.Add)
            .Render(RenderingGraphs.Constructed(), format, DiagramOptions.Default);

        var warning = Assert.Single(warnings);
        Assert.Contains(said, warning, StringComparison.Ordinal);
        Assert.Contains("built-in renderer", warning, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', warning);
        if (format == RenderFormat.Svg)
        {
            Assert.Contains(XDocument.Parse(Encoding.UTF8.GetString(bytes)).Descendants(), e => e.Attribute("class")?.Value == "legend");
        }
        else
        {
            Assert.True(bytes.Length > 100);
        }
    }

    [Fact]
    public void Render_AutoWhenGraphvizPassesTimeLimit_BuiltinDrawingAndOneWarning()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the stand-in for dot is a shell script
        }
        using var dot = FakeDot.Sleeping();
        var warnings = new List<string>();
        var bytes = new DiagramRenderer(RenderEngine.Auto, () => new GraphvizEngine(dot.Path, TimeSpan.FromMilliseconds(300)), warnings.Add)
            .Render(RenderingGraphs.Constructed(), RenderFormat.Svg, DiagramOptions.Default);

        Assert.Contains("longer than", Assert.Single(warnings), StringComparison.Ordinal);
        Assert.Contains("<svg", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_GraphvizEngineWhenGraphvizAborts_RenderingException()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the stand-in for dot is a shell script
        }
        using var dot = FakeDot.Exiting(134);
        var warnings = new List<string>();
        var renderer = new DiagramRenderer(RenderEngine.Graphviz, () => new GraphvizEngine(dot.Path, TimeSpan.FromSeconds(30)), warnings.Add);

        var error = Assert.Throws<RenderingException>(() => renderer.Render(RenderingGraphs.Constructed(), RenderFormat.Svg, DiagramOptions.Default));
        Assert.Contains("exit 134", error.Message, StringComparison.Ordinal);
        Assert.Empty(warnings);
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var a = Encoding.UTF8.GetString(expected).Split('\n');
        var b = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return $"line {i + 1}: expected `{Cut(a[i])}`, got `{Cut(b[i])}`";
            }
        }
        return $"{a.Length} lines expected, {b.Length} written";
    }

    private static string Cut(string line) => line.Length > 120 ? line[..120] + "…" : line;
}
