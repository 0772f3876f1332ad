using System.Text.Json;
using System.Xml.Linq;
using PrecedentGraph.Graph;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Rendering;

/// <summary>GraphML, GEXF, Cytoscape.js, CSV and AIF exports.</summary>
public sealed class ExportWriterTests
{
    private static string Export(string format, DecisionGraph graph) => format switch
    {
        "graphml" => GraphMlWriter.Write(graph),
        "gexf" => GexfWriter.Write(graph),
        "cyjs" => CytoscapeJsonWriter.Write(graph),
        "aif" => AifJsonWriter.Write(graph),
        "csv" => CsvEdgeWriter.Write(graph),
        _ => GraphJsonWriter.Write(graph),
    };

    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    [InlineData("cyjs")]
    [InlineData("aif")]
    [InlineData("csv")]
    [InlineData("json")]
    public void Write_Twice_ByteIdentical(string format)
    {
        Assert.Equal(Export(format, RenderingGraphs.Hostile()), Export(format, RenderingGraphs.Hostile()));
    }

    [Fact]
    public void GraphMl_HostileLabels_WellFormedWithTextIntact()
    {
        var graph = RenderingGraphs.Hostile();
        var document = XDocument.Parse(GraphMlWriter.Write(graph));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var keys = document.Root!.Elements(ns + "key").Select(k => (string)k.Attribute("attr.name")!).ToHashSet();
        Assert.Superset(new HashSet<string> { "label", "kind", "relation", "x", "y", "color" }, keys);
        var labels = document.Descendants(ns + "node")
            .Select(n => n.Elements(ns + "data").First(d => (string)d.Attribute("key")! == "label").Value).ToList();
        Assert.Equal(graph.Nodes.Select(n => LabelText.Clean(n.Label)), labels);
        Assert.Equal(graph.Edges.Count, document.Descendants(ns + "edge").Count());
    }

    [Fact]
    public void Gexf_HostileLabels_WellFormedVersion13WithTextIntact()
    {
        var graph = RenderingGraphs.Hostile();
        var document = XDocument.Parse(GexfWriter.Write(graph));
        XNamespace ns = "http://gexf.net/1.3";
        XNamespace viz = "http://gexf.net/1.3/viz";
        Assert.Equal("1.3", (string?)document.Root!.Attribute("version"));
        var nodes = document.Descendants(ns + "node").ToList();
        Assert.Equal(graph.Nodes.Select(n => LabelText.Clean(n.Label)), nodes.Select(n => (string)n.Attribute("label")!));
        Assert.All(nodes, n => Assert.NotNull(n.Element(viz + "position")));
        Assert.Equal(graph.Edges.Count, document.Descendants(ns + "edge").Count());
    }

    [Fact]
    public void Cytoscape_Arguments_HaveTheirOpinionAsParent()
    {
        var graph = RenderingGraphs.Constructed();
        using var json = JsonDocument.Parse(CytoscapeJsonWriter.Write(graph));
        var nodes = json.RootElement.GetProperty("elements").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        var arguments = nodes.Where(d => d.GetProperty("kind").GetString() == "argument").ToList();
        Assert.NotEmpty(arguments);
        Assert.All(arguments, d => Assert.StartsWith("opinion:", d.GetProperty("parent").GetString(), StringComparison.Ordinal));
        Assert.Equal(graph.Edges.Count, json.RootElement.GetProperty("elements").GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public void Cytoscape_HostileLabels_ValidJsonWithTextIntact()
    {
        var graph = RenderingGraphs.Hostile();
        using var json = JsonDocument.Parse(CytoscapeJsonWriter.Write(graph));
        var labels = json.RootElement.GetProperty("elements").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("data").GetProperty("label").GetString()).ToList();
        Assert.Equal(graph.Nodes.Select(n => LabelText.Clean(n.Label)), labels);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=SUM(A1)", "\"'=SUM(A1)\"")]
    [InlineData("+1", "\"'+1\"")]
    [InlineData("-2", "\"'-2\"")]
    [InlineData("@cmd", "\"'@cmd\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("", "")]
    public void CsvField_Value_QuotedAndNeutralized(string value, string expected)
    {
        Assert.Equal(expected, CsvEdgeWriter.Field(value));
    }

    [Fact]
    public void Csv_HostileGraph_OneRecordPerEdgePlusHeader()
    {
        var graph = RenderingGraphs.Hostile();
        var csv = CsvEdgeWriter.Write(graph);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(graph.Edges.Count + 1, CountRecords(csv));
    }

    [Fact]
    public void Aif_ConstructedGraph_SchemeNodePerSupportOrAttack()
    {
        var graph = RenderingGraphs.Constructed();
        using var json = JsonDocument.Parse(AifJsonWriter.Write(graph));
        var aif = json.RootElement.GetProperty("AIF");
        var nodes = aif.GetProperty("nodes").EnumerateArray().ToList();
        var ids = nodes.Select(n => n.GetProperty("nodeID").GetInt32()).ToHashSet();
        Assert.Equal(graph.Nodes.Count(n => n.Kind == NodeKind.Argument), nodes.Count(n => n.GetProperty("type").GetString() == "I"));
        Assert.Equal(graph.Edges.Count(e => e.Relation == Relations.Supports), nodes.Count(n => n.GetProperty("type").GetString() == "RA"));
        Assert.Equal(graph.Edges.Count(e => e.Relation == Relations.Attacks), nodes.Count(n => n.GetProperty("type").GetString() == "CA"));
        Assert.All(aif.GetProperty("edges").EnumerateArray(), e =>
        {
            Assert.Contains(e.GetProperty("fromID").GetInt32(), ids);
            Assert.Contains(e.GetProperty("toID").GetInt32(), ids);
        });
        var surnames = aif.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("surname").GetString()).ToList();
        Assert.Equal(["Whitcombe", "Ostrander", "Halloway"], surnames);
        Assert.Equal(nodes.Count, json.RootElement.GetProperty("OVA").GetProperty("nodes").GetArrayLength());
    }

    /// <summary>Counts RFC 4180 records: line breaks outside quoted fields.</summary>
    private static int CountRecords(string csv)
    {
        var records = 0;
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            if (csv[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && csv[i] == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                records++;
            }
        }
        Assert.False(quoted, "unbalanced quotes");
        return records;
    }
}
