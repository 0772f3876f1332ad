using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Rendering;

public sealed class DotWriterTests
{
    private static readonly string GoldenFolder = Path.Combine(TestPaths.RepositoryRoot, "tests", "PrecedentGraph.Tests", "TestData", "Rendering");

    [Theory]
    [InlineData("constructed-screen-lr.dot", DiagramStyle.Screen, DiagramLayout.LeftToRight)]
    [InlineData("constructed-paper-tb.dot", DiagramStyle.Paper, DiagramLayout.TopToBottom)]
    public void Write_ConstructedGraph_MatchesGolden(string golden, DiagramStyle style, DiagramLayout layout)
    {
        var actual = DotWriter.Write(RenderingGraphs.Constructed(), new DiagramOptions { Style = style, Layout = layout });
        var path = Path.Combine(GoldenFolder, golden);
        var expected = File.Exists(path) ? File.ReadAllText(path) : "";
        if (expected != actual)
        {
            Directory.CreateDirectory(GoldenFolder);
            File.WriteAllText(path + ".actual", actual);
        }
        Assert.True(expected == actual, $"DOT differs from {path}; the new output is in {path}.actual");
    }

    [Fact]
    public void Write_AnyGraph_UsesSyntheticIdsOnly()
    {
        var dot = DotWriter.Write(RenderingGraphs.Constructed(), new DiagramOptions { ShowJustices = true });
        var statements = Regex.Matches(dot, @"^\s*([A-Za-z_][A-Za-z0-9_]*|""[^""]*"") \[", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(statements);
        Assert.All(statements.Where(s => s is not ("graph" or "node" or "edge")), id => Assert.Matches(@"^(n\d+|l\d+[ab])$", id));
        Assert.DoesNotContain("case:", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("opinion:", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CitedCases_DeclaredInYearOrderWithUnknownYearsLast()
    {
        var dot = DotWriter.Write(RenderingGraphs.Constructed());
        var order = new[] { "Corbin", "Pell", "Ivers", "Quill", "Hanley", "Merrow", "Rourke", "Tamsin" }
            .Select(name => dot.IndexOf(name, StringComparison.Ordinal)).ToList();
        Assert.All(order, index => Assert.True(index >= 0));
        Assert.Equal(order.Order().ToList(), order);
    }

    [Theory]
    [InlineData("relies-on", "style=solid")]
    [InlineData("distinguishes", "style=dashed")]
    [InlineData("limits", "style=dotted")]
    [InlineData("criticizes", "color=\"#d62728\"")]
    [InlineData("overrules", "color=\"#a50f15\"")]
    [InlineData("attacks", "color=\"#d62728\"")]
    public void Write_Relation_HasItsStyle(string relation, string attribute)
    {
        var dot = DotWriter.Write(RenderingGraphs.Constructed());
        var line = dot.Split('\n').First(l => l.Contains("tooltip=\"" + relation + "\"", StringComparison.Ordinal));
        Assert.Contains(attribute, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_QuotedEdge_IsBoldAndMarked()
    {
        var dot = DotWriter.Write(RenderingGraphs.Constructed());
        var quoted = dot.Split('\n').Where(l => l.Contains("label=\"&#8220;&#8221;\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(quoted);
        Assert.All(quoted, l => Assert.Matches(@"penwidth=(3|[4-9])", l));
    }

    [Fact]
    public void Write_Opinions_OneClusterEachLabelledWithAuthorAndJoiners()
    {
        var dot = DotWriter.Write(RenderingGraphs.Constructed());
        Assert.Equal(3, Regex.Matches(dot, @"subgraph cluster_\d+ \{").Count);
        Assert.Contains("label=\"Opinion of the Court: Whitcombe\\njoined by Ostrander, Kellerman,\\nPryce\"", dot, StringComparison.Ordinal);
        Assert.Contains("subgraph cluster_legend", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PaperStyle_GrayscaleSerifSizedForA4()
    {
        var dot = DotWriter.Write(RenderingGraphs.Constructed(), new DiagramOptions { Style = DiagramStyle.Paper });
        Assert.Contains("size=\"6.3,60\"", dot, StringComparison.Ordinal);
        Assert.Contains("Times-Roman", dot, StringComparison.Ordinal);
        foreach (Match color in Regex.Matches(dot, "color=\"#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})\""))
        {
            Assert.True(color.Groups[1].Value == color.Groups[2].Value && color.Groups[2].Value == color.Groups[3].Value, "not gray: " + color.Value);
        }
    }

    [Fact]
    public void Write_Twice_ByteIdentical()
    {
        Assert.Equal(DotWriter.Write(RenderingGraphs.Hostile()), DotWriter.Write(RenderingGraphs.Hostile()));
    }

    [GraphvizTheory]
    [InlineData(DiagramStyle.Screen, DiagramLayout.LeftToRight)]
    [InlineData(DiagramStyle.Paper, DiagramLayout.TopToBottom)]
    public void Write_HostileLabels_GraphvizParsesWithTextIntact(DiagramStyle style, DiagramLayout layout)
    {
        var graph = RenderingGraphs.Hostile();
        var dot = DotWriter.Write(graph, new DiagramOptions { Style = style, Layout = layout });
        var svg = Encoding.UTF8.GetString(GraphvizEngine.Find()!.Render(dot, "svg"));
        var document = XDocument.Parse(svg);
        var texts = string.Join("\n", document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        var plan = DiagramPlanner.Plan(graph, new DiagramOptions { Style = style, Layout = layout });
        foreach (var node in plan.Nodes)
        {
            Assert.Contains(node.Lines[0], texts, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "a" or "foreignObject");
    }
}
