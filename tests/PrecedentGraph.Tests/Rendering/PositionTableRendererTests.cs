using System.Globalization;
using System.Xml.Linq;
using PrecedentGraph.Analysis;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Rendering;

public sealed class PositionTableRendererTests
{
    private static readonly Lazy<PositionTable> SampleTable = new(() =>
        PositionTableBuilder.FromAnalysis(new DocumentAnalyzer().Analyze(DocumentReader.ReadFile(TestPaths.Sample))));

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static PositionTable Hostile(string text) => new(text,
        [text, "plain issue"],
        [new PositionTableRow(text, [text], [Position.Against, Position.WithMajority]), new PositionTableRow("Stone", ["wrote the dissent"], [Position.Silent])]);

    [Fact]
    public void FromAnalysis_Sample_EveryJusticeOfEveryOpinionHasARow()
    {
        var table = SampleTable.Value;

        Assert.False(table.IsEmpty);
        // Nine justices sat; each appears once, whatever the number of opinions that place them.
        Assert.Equal(9, table.Rows.Count);
        Assert.Equal(table.Rows.Count, table.Rows.Select(r => r.Justice).Distinct().Count());
        Assert.All(table.Rows, r => Assert.Equal(table.Issues.Count, r.Cells.Count));
        // The majority's author is with the majority on every issue; a dissent's author is against it somewhere.
        Assert.All(table.Rows[0].Cells, c => Assert.Equal(Position.WithMajority, c));
        Assert.Contains(table.Rows, r => r.Opinions.Any(o => o.Contains("dissent", StringComparison.Ordinal)) && r.Cells.Contains(Position.Against));
    }

    [Theory]
    [InlineData(DiagramStyle.Screen)]
    [InlineData(DiagramStyle.Paper)]
    public void ToSvg_Sample_ReadableAndEveryCellDrawn(DiagramStyle style)
    {
        var table = SampleTable.Value;
        var svg = XDocument.Parse(PositionTableRenderer.ToSvg(table, style));
        var root = svg.Root!;
        var viewBoxWidth = double.Parse(root.Attribute("viewBox")!.Value.Split(' ')[2], CultureInfo.InvariantCulture);
        var width = root.Attribute("width")!.Value;
        // Points per user unit at the stated size: mm for paper, CSS px (0.75 pt) on screen.
        var scale = style == DiagramStyle.Paper
            ? double.Parse(width[..^2], CultureInfo.InvariantCulture) * 72 / 25.4 / viewBoxWidth
            : 0.75;
        var sizes = svg.Descendants(Svg + "text").Select(t => (double?)t.Attribute("font-size") is { } size ? size : 11.0);
        Assert.True(sizes.Min() * scale >= 8, $"smallest text {sizes.Min() * scale:0.00} pt");
        if (style == DiagramStyle.Paper)
        {
            Assert.Equal("160mm", width);
        }
        var words = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        var cells = table.Rows.Sum(r => r.Cells.Count);
        Assert.Equal(cells, words.Count(w => w is "with" or "against" or "\u2014"));
        Assert.All(table.Rows, r => Assert.Contains(r.Justice, words));
        Assert.NotNull(root.Element(Svg + "title"));
        Assert.NotNull(root.Element(Svg + "desc"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("]]><x onload=\"evil()\"/>")]
    [InlineData("a & b \"q\" 'r' \\ \u202Eright-to-left")]
    public void ToSvg_HostileText_EscapedWithoutActiveContent(string text)
    {
        var svg = PositionTableRenderer.ToSvg(Hostile(text), DiagramStyle.Screen);
        var document = XDocument.Parse(svg);

        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "foreignObject" or "a" or "x");
        Assert.DoesNotContain(document.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(document.Descendants(Svg + "text"), t => t.Value.Contains(text[..5], StringComparison.Ordinal));
    }

    [Fact]
    public void ToSvg_SameTable_ByteIdentical()
    {
        Assert.Equal(PositionTableRenderer.ToSvg(SampleTable.Value, DiagramStyle.Paper), PositionTableRenderer.ToSvg(SampleTable.Value, DiagramStyle.Paper));
    }

    [Fact]
    public void ToCsv_HostileText_QuotedAndNeutralised()
    {
        var csv = PositionTableRenderer.ToCsv(Hostile("=cmd|' /C calc'!A0, \"x\""));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("justice,opinions,\"'=cmd", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",against,with-majority", lines[1], StringComparison.Ordinal);
        Assert.Equal("Stone,wrote the dissent,silent", lines[2]);
    }
}
