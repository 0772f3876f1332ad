using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using PrecedentGraph.Graph;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Rendering;

/// <summary>A bounded property check: the constructed graph with random labels drawn from hostile characters
/// (fixed seeds) always gives DOT that Graphviz parses, well-formed SVG, GraphML and GEXF, and valid JSON.</summary>
public sealed class RandomLabelTests
{
    private const string Alphabet = "aZ09 .,;:'\"\\/<>&]]>[{}-=+@#%\n\r\t\u0000\u0001\u001f\u007f\u00e9\u0301\u05d0\u0645\u200f\u202e\u2028\ufeff\uffff\u4e2d";

    private static DecisionGraph RandomGraph(int seed)
    {
        var random = new Random(seed);
        string Label()
        {
            var builder = new StringBuilder();
            var length = random.Next(4) == 0 ? random.Next(200, 400) : random.Next(0, 40);
            for (var i = 0; i < length; i++)
            {
                var pick = random.Next(Alphabet.Length + 3);
                if (pick == Alphabet.Length)
                {
                    builder.Append("\U0001F600");
                }
                else if (pick == Alphabet.Length + 1)
                {
                    builder.Append('\uD83D'); // a lone high surrogate
                }
                else if (pick == Alphabet.Length + 2)
                {
                    builder.Append('\uDE00'); // a lone low surrogate
                }
                else
                {
                    builder.Append(Alphabet[pick]);
                }
            }
            return builder.ToString();
        }
        var graph = RenderingGraphs.Constructed();
        var nodes = graph.Nodes.Select(n => n.Kind == NodeKind.Opinion
            ? n with { Label = Label(), Author = Label(), JoinedBy = [Label(), Label()] }
            : n with { Label = Label(), Citation = n.Citation is null ? null : Label() }).ToList();
        return graph with { Label = Label(), Nodes = nodes };
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Writers_RandomLabels_WellFormedOutput(int seed)
    {
        var graph = RandomGraph(seed);
        var svg = XDocument.Parse(BuiltinSvgRenderer.Render(graph, new DiagramOptions { Layout = seed % 2 == 0 ? DiagramLayout.TopToBottom : DiagramLayout.LeftToRight }));
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "foreignObject");
        XDocument.Parse(GraphMlWriter.Write(graph));
        XDocument.Parse(GexfWriter.Write(graph));
        using (JsonDocument.Parse(CytoscapeJsonWriter.Write(graph)))
        using (JsonDocument.Parse(AifJsonWriter.Write(graph)))
        using (JsonDocument.Parse(GraphJsonWriter.Write(graph)))
        {
        }
        var plan = DiagramPlanner.Plan(graph, DiagramOptions.Default);
        Assert.Empty(LayeredLayoutBuilder.Build(plan, DiagramOptions.Default).Overlaps());
        var dot = DotWriter.Write(graph);
        Assert.All(dot.Split('\n'), line => Assert.True(QuotesClosed(line), "unterminated string: " + line));
        Assert.All(dot, c => Assert.False(char.IsControl(c) && c != '\n', $"control character U+{(int)c:X4} in DOT"));
    }

    /// <summary>True when every DOT double-quoted string opened on the line is closed on it (backslash escapes the next character).</summary>
    private static bool QuotesClosed(string line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (quoted && line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '"')
            {
                quoted = !quoted;
            }
        }
        return !quoted;
    }

    [GraphvizTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void DotWriter_RandomLabels_GraphvizParses(int seed)
    {
        var svg = GraphvizEngine.Find()!.Render(DotWriter.Write(RandomGraph(seed)), "svg");
        Assert.Equal("svg", XDocument.Parse(Encoding.UTF8.GetString(svg)).Root!.Name.LocalName);
    }
}
