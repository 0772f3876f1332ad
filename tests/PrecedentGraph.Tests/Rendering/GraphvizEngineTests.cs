using System.Text;
using System.Xml.Linq;
using PrecedentGraph.Graph;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Rendering;

public sealed class GraphvizEngineTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [GraphvizFact]
    public void Render_Svg_StripsDoctypeLinksAndComments()
    {
        var svg = Encoding.UTF8.GetString(GraphvizEngine.Find()!.Render(DotWriter.Write(RenderingGraphs.Constructed()), "svg"));
        Assert.DoesNotContain("<!DOCTYPE", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", svg, StringComparison.Ordinal);
        var document = XDocument.Parse(svg);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "a" or "script");
        Assert.DoesNotContain(document.Descendants().SelectMany(e => e.Attributes()), a => a.Name.LocalName == "href");
        Assert.NotNull(document.Root!.Attribute("viewBox"));
    }

    [GraphvizTheory]
    [InlineData("pdf", "%PDF")]
    [InlineData("png", "\u0089PNG")]
    public void Render_Binary_HasMagicBytes(string format, string magic)
    {
        var bytes = GraphvizEngine.Find()!.Render(DotWriter.Write(RenderingGraphs.Constructed()), format);
        Assert.Equal(magic, Encoding.Latin1.GetString(bytes, 0, magic.Length));
    }

    [GraphvizFact]
    public void Render_PdfTwice_SameBytesWithoutDates()
    {
        var dot = DotWriter.Write(RenderingGraphs.Constructed());
        var first = GraphvizEngine.Find()!.Render(dot, "pdf");
        Thread.Sleep(1100); // cairo stamps the second
        var second = GraphvizEngine.Find()!.Render(dot, "pdf");

        Assert.DoesNotContain("/CreationDate", Encoding.Latin1.GetString(first), StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [GraphvizTheory]
    [InlineData(RenderFormat.Svg)]
    [InlineData(RenderFormat.Png)]
    [InlineData(RenderFormat.Pdf)]
    public void DiagramRenderer_GraphvizSampleTwice_SameBytes(RenderFormat format)
    {
        var renderer = new DiagramRenderer(RenderEngine.Graphviz);
        var first = renderer.Render(SampleGraphs.CitationMap, format, DiagramOptions.Default);
        var second = renderer.Render(SampleGraphs.CitationMap, format, DiagramOptions.Default);
        Assert.True(first.AsSpan().SequenceEqual(second), $"{format} differs between runs");
    }

    [Theory]
    [InlineData("<< /Producer (cairo 1.16.0)\n   /CreationDate (D:20261126014721Z)\n>>")]
    [InlineData("<< /CreationDate (D:20261126014721+01'00') /ModDate (D:20261126014721Z) >>")]
    public void WithoutDates_InformationDictionary_DatesBlankedLengthKept(string information)
    {
        var pdf = Encoding.Latin1.GetBytes(information);
        var cleaned = Encoding.Latin1.GetString(GraphvizEngine.WithoutDates(pdf));

        Assert.Equal(pdf.Length, cleaned.Length);
        Assert.DoesNotContain("Date", cleaned, StringComparison.Ordinal);
        Assert.StartsWith("<<", cleaned, StringComparison.Ordinal);
        Assert.EndsWith(">>", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PastTimeLimit_KilledWithClearError()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // needs a shell script as a stand-in for dot
        }
        var script = Path.Combine(Path.GetTempPath(), $"slow-dot-{Environment.ProcessId}.sh");
        File.WriteAllText(script, "#!/bin/sh\nexec /bin/sleep 30\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            var engine = new GraphvizEngine(script, TimeSpan.FromMilliseconds(300));
            var error = Assert.Throws<RenderingException>(() => engine.Render("digraph { a -> b }", "svg"));
            Assert.Contains("longer than", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(script);
        }
    }

    [Fact]
    public void Render_FailingExecutable_ClearError()
    {
        var engine = new GraphvizEngine("/nonexistent/dot", TimeSpan.FromSeconds(5));
        var error = Assert.Throws<RenderingException>(() => engine.Render("digraph { }", "svg"));
        Assert.Contains("cannot run Graphviz", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RenderEngine.Graphviz, RenderFormat.Png, DiagramRenderer.GraphvizMissing)]
    [InlineData(RenderEngine.Graphviz, RenderFormat.Pdf, DiagramRenderer.GraphvizMissing)]
    [InlineData(RenderEngine.Graphviz, RenderFormat.Svg, DiagramRenderer.GraphvizMissing)]
    public void DiagramRenderer_WithoutGraphviz_ClearError(RenderEngine engine, RenderFormat format, string message)
    {
        var renderer = new DiagramRenderer(engine, () => null);
        var error = Assert.Throws<RenderingException>(() => renderer.Render(RenderingGraphs.Constructed(), format, DiagramOptions.Default));
        Assert.Equal(message, error.Message);
    }

    [GraphvizFact]
    public void DiagramRenderer_GraphvizSvg_HasTitleAndDescription()
    {
        var graph = RenderingGraphs.Hostile();
        var bytes = new DiagramRenderer(RenderEngine.Graphviz).Render(graph, RenderFormat.Svg, DiagramOptions.Default);
        var root = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!;
        Assert.Equal(LabelText.OneLine(graph.Label), root.Elements().First(e => e.Name.LocalName == "title").Value);
        Assert.StartsWith("Precedent graph of", root.Elements().First(e => e.Name.LocalName == "desc").Value, StringComparison.Ordinal);
        Assert.DoesNotContain(root.DescendantsAndSelf().SelectMany(e => e.Attributes()), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
    }

    [GraphvizTheory]
    [InlineData("constructed")]
    [InlineData("sample")]
    public void DiagramRenderer_GraphvizPaperStyle_FitsA4ColumnWithTextOf8PointsOrMore(string name)
    {
        var options = new DiagramOptions { Style = DiagramStyle.Paper };
        var graph = name == "sample" ? SampleGraphs.CitationMap : RenderingGraphs.Constructed();
        var bytes = new DiagramRenderer(RenderEngine.Graphviz).Render(graph, RenderFormat.Svg, options);
        var root = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!;
        var width = double.Parse(root.Attribute("width")!.Value.Replace("pt", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(width <= 454.5, $"{width} pt is wider than an A4 text column (453.6 pt)");
        var transform = root.Descendants().First(e => e.Attribute("transform")?.Value.StartsWith("scale(", StringComparison.Ordinal) == true).Attribute("transform")!.Value;
        var scale = double.Parse(transform["scale(".Length..transform.IndexOf(' ', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        var smallest = root.Descendants().Where(e => e.Name.LocalName == "text")
            .Min(e => double.Parse(e.Attribute("font-size")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        output.WriteLine(FormattableString.Invariant($"{name}: {width:0.#} pt wide, smallest text {smallest} x {scale} = {smallest * scale:0.00} pt"));
        Assert.True(smallest * scale >= 8, $"smallest text {smallest} x {scale} = {smallest * scale:0.0} pt");
    }

    [Fact]
    public void DiagramRenderer_AutoWithoutGraphviz_FallsBackToBuiltinSvg()
    {
        var bytes = new DiagramRenderer(RenderEngine.Auto, () => null).Render(RenderingGraphs.Constructed(), RenderFormat.Svg, DiagramOptions.Default);
        var document = XDocument.Parse(Encoding.UTF8.GetString(bytes));
        Assert.Contains(document.Descendants(), e => e.Attribute("class")?.Value == "legend");
    }
}
