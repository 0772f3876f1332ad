using System.Diagnostics;
using System.Xml.Linq;
using PrecedentGraph.Graph;
using PrecedentGraph.Rendering;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Rendering;

public sealed class BuiltinSvgRendererTests(ITestOutputHelper output)
{
    public static TheoryData<string, DiagramStyle, DiagramLayout> Cases() => new()
    {
        { "constructed", DiagramStyle.Screen, DiagramLayout.LeftToRight },
        { "constructed", DiagramStyle.Paper, DiagramLayout.TopToBottom },
        { "hostile", DiagramStyle.Screen, DiagramLayout.TopToBottom },
        { "hostile", DiagramStyle.Paper, DiagramLayout.LeftToRight },
        { "large", DiagramStyle.Screen, DiagramLayout.LeftToRight },
        { "large", DiagramStyle.Screen, DiagramLayout.TopToBottom },
        { "sample", DiagramStyle.Screen, DiagramLayout.LeftToRight },
        { "sample", DiagramStyle.Paper, DiagramLayout.TopToBottom },
        { "sample-arguments", DiagramStyle.Screen, DiagramLayout.LeftToRight },
        { "sample-arguments", DiagramStyle.Paper, DiagramLayout.TopToBottom },
    };

    private static DecisionGraph Graph(string name) => name switch
    {
        "hostile" => RenderingGraphs.Hostile(),
        "large" => RenderingGraphs.Large(200),
        "sample" => SampleGraphs.CitationMap,
        "sample-arguments" => SampleGraphs.Graph,
        _ => RenderingGraphs.Constructed(),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_AnyGraph_NoOverlappingBoxes(string name, DiagramStyle style, DiagramLayout layout)
    {
        var options = new DiagramOptions { Style = style, Layout = layout };
        var plan = DiagramPlanner.Plan(Graph(name), options);
        var geometry = LayeredLayoutBuilder.Build(plan, options);
        Assert.Equal(plan.Nodes.Count, geometry.Nodes.Count);
        Assert.Empty(geometry.Overlaps());
        Assert.True(geometry.Legend.Bottom <= geometry.Height && geometry.Nodes.Values.All(b => b.Right <= geometry.Width && b.Bottom <= geometry.Height));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_Clusters_HoldNoForeignNode(string name, DiagramStyle style, DiagramLayout layout)
    {
        var options = new DiagramOptions { Style = style, Layout = layout };
        var plan = DiagramPlanner.Plan(Graph(name), options);
        var geometry = LayeredLayoutBuilder.Build(plan, options);
        for (var i = 0; i < plan.Clusters.Count; i++)
        {
            var cluster = plan.Clusters[i];
            var intruders = plan.Nodes.Where(n => n.Cluster != cluster.Index && geometry.Nodes[n.Id].Overlaps(geometry.Clusters[i])).Select(n => n.Id).ToList();
            Assert.True(intruders.Count == 0, $"{cluster.Id} holds {string.Join(", ", intruders)}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_AnyGraph_SafeWellFormedSvgWithTextIntact(string name, DiagramStyle style, DiagramLayout layout)
    {
        var graph = Graph(name);
        var options = new DiagramOptions { Style = style, Layout = layout };
        var document = XDocument.Parse(BuiltinSvgRenderer.Render(graph, options));
        var root = document.Root!;
        Assert.Equal("svg", root.Name.LocalName);
        Assert.NotNull(root.Attribute("viewBox"));
        Assert.Contains(root.Elements(), e => e.Name.LocalName == "title");
        Assert.Contains(root.Elements(), e => e.Name.LocalName == "desc");
        Assert.Null(document.DocumentType);
        var elements = document.Descendants().ToList();
        Assert.DoesNotContain(elements, e => e.Name.LocalName is "script" or "foreignObject" or "a" or "image" or "use" or "iframe");
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes()), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)
            || a.Name.LocalName == "href" || (a.Value.Contains("url(", StringComparison.Ordinal) && !a.Value.StartsWith("url(#", StringComparison.Ordinal)));
        var titles = elements.Where(e => e.Name.LocalName == "title").Select(e => e.Value).ToHashSet();
        var plan = DiagramPlanner.Plan(graph, options);
        Assert.All(plan.Nodes, n => Assert.Contains(n.FullLabel, titles));
        Assert.Contains(elements, e => e.Attribute("class")?.Value == "legend");
    }

    [Theory]
    [InlineData("constructed")]
    [InlineData("large")]
    public void Render_EdgesSpanningLayers_PassBetweenBoxes(string name)
    {
        var options = DiagramOptions.Default;
        var plan = DiagramPlanner.Plan(Graph(name), options);
        var geometry = LayeredLayoutBuilder.Build(plan, options);
        var svg = XDocument.Parse(BuiltinSvgRenderer.Render(plan, geometry, options));
        var paths = svg.Descendants().Where(e => e.Attribute("class")?.Value == "edge")
            .Select(e => e.Elements().First(c => c.Name.LocalName == "path").Attribute("d")!.Value).ToList();
        var passes = 0;
        foreach (var path in paths)
        {
            // Straight "L" pieces at one height are where an edge crosses a layer: no box may lie across them.
            foreach (System.Text.RegularExpressions.Match piece in System.Text.RegularExpressions.Regex.Matches(path, @"(-?[\d.]+),(-?[\d.]+) L(-?[\d.]+),(-?[\d.]+)"))
            {
                var (x1, y1, x2, y2) = (Number(piece.Groups[1].Value), Number(piece.Groups[2].Value), Number(piece.Groups[3].Value), Number(piece.Groups[4].Value));
                if (Math.Abs(y1 - y2) > 0.01)
                {
                    continue;
                }
                passes++;
                var crossed = geometry.Nodes.Where(p => p.Value.Y < y1 && y1 < p.Value.Bottom && p.Value.X < Math.Max(x1, x2) && Math.Min(x1, x2) < p.Value.Right).Select(p => p.Key).ToList();
                Assert.True(crossed.Count == 0, $"edge {path} crosses {string.Join(", ", crossed)}");
            }
        }
        Assert.True(passes > 0, "no edge spans a layer");
    }

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Render_HostileLabels_FullTextInNodeTitles()
    {
        var document = XDocument.Parse(BuiltinSvgRenderer.Render(RenderingGraphs.Hostile()));
        var titles = string.Join("\n", document.Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value));
        foreach (var label in RenderingGraphs.HostileLabels)
        {
            Assert.Contains(LabelText.OneLine(label), titles, StringComparison.Ordinal);
        }
        Assert.Contains("<script>alert(1)</script>", titles, StringComparison.Ordinal);
        Assert.Contains("]]>", titles, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("constructed")]
    [InlineData("hostile")]
    [InlineData("large")]
    public void Render_Twice_ByteIdentical(string name)
    {
        Assert.Equal(BuiltinSvgRenderer.Render(Graph(name)), BuiltinSvgRenderer.Render(Graph(name)));
    }

    [Fact]
    public void Render_PaperStyleAtA4ColumnWidth_NoTextUnder8Points()
    {
        var options = new DiagramOptions { Style = DiagramStyle.Paper };
        var plan = DiagramPlanner.Plan(RenderingGraphs.Constructed(), options);
        var geometry = LayeredLayoutBuilder.Build(plan, options);
        var svg = XDocument.Parse(BuiltinSvgRenderer.Render(plan, geometry, options));
        Assert.Equal("160mm", svg.Root!.Attribute("width")!.Value);
        var smallest = svg.Descendants().Where(e => e.Name.LocalName == "text")
            .Select(e => double.Parse(e.Attribute("font-size")?.Value ?? svg.Root.Attribute("font-size")!.Value, System.Globalization.CultureInfo.InvariantCulture))
            .Min();
        var points = smallest * (160 / 25.4 * 72) / geometry.Width;
        output.WriteLine($"smallest text {smallest} units in a {geometry.Width}-unit-wide drawing = {points:0.00} pt at 160 mm");
        Assert.True(points >= 8, $"smallest text is {points:0.00} pt");
    }

    [Theory]
    [InlineData(DiagramStyle.Paper, DiagramLayout.LeftToRight, "sample")]
    [InlineData(DiagramStyle.Paper, DiagramLayout.TopToBottom, "sample")]
    [InlineData(DiagramStyle.Screen, DiagramLayout.LeftToRight, "sample")]
    [InlineData(DiagramStyle.Paper, DiagramLayout.LeftToRight, "sample-arguments")]
    [InlineData(DiagramStyle.Screen, DiagramLayout.LeftToRight, "sample-arguments")]
    public void Render_Sample_ReadableAtPrintSize(DiagramStyle style, DiagramLayout layout, string name)
    {
        var graph = name == "sample" ? SampleGraphs.CitationMap : SampleGraphs.Graph;
        var options = new DiagramOptions { Style = style, Layout = layout };
        var drawing = SvgDrawing.Parse(BuiltinSvgRenderer.Render(graph, options));
        output.WriteLine(FormattableString.Invariant(
            $"{name} {style} {layout}: {drawing.WidthMillimetres:0.0} x {drawing.HeightMillimetres:0.0} mm, smallest text {drawing.SmallestFontSize} units = {drawing.SmallestTextPoints:0.00} pt"));
        if (style == DiagramStyle.Paper)
        {
            // An A4 text column: 160 mm wide (A4's 210 mm less 25 mm margins).
            Assert.Equal("160mm", drawing.WidthAttribute);
            Assert.EndsWith("mm", drawing.HeightAttribute, StringComparison.Ordinal);
        }
        Assert.True(drawing.SmallestTextPoints >= 8, FormattableString.Invariant($"smallest text is {drawing.SmallestTextPoints:0.00} pt"));
        Assert.Equal(DiagramPlanner.Plan(graph, options).Nodes.Count, drawing.Nodes.Count);
        Assert.All(drawing.Nodes, n => Assert.True(n.Lines.Any(l => l.Trim().Length > 0), $"{n.Id} has no label"));
        Assert.True(drawing.HasLegend, "no legend");
    }

    [Fact]
    public void Render_TwoHundredNodes_ReportsTime()
    {
        var graph = RenderingGraphs.Large(200);
        BuiltinSvgRenderer.Render(RenderingGraphs.Large(20)); // warm up
        var watch = Stopwatch.StartNew();
        var svg = BuiltinSvgRenderer.Render(graph);
        watch.Stop();
        output.WriteLine($"built-in SVG of {graph.Nodes.Count} nodes, {graph.Edges.Count} edges: {watch.ElapsedMilliseconds} ms (target <= 2000 ms, not asserted)");
        Assert.Equal(graph.Nodes.Count, XDocument.Parse(svg).Descendants().Count(e => e.Name.LocalName == "g" && e.Attribute("id") is not null));
    }
}
