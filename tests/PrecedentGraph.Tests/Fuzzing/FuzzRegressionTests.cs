using System.Text;
using PrecedentGraph.Rendering;
using PrecedentGraph.Tests.Rendering;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>Faults the fuzz suite found, each kept as a fixed case.</summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> LongLabels => new()
    {
        new string('W', 40000),
        string.Concat(Enumerable.Repeat("<script>\"]]>\\ ", 3000)),
        string.Concat(Enumerable.Repeat("\u05d0\u0301\U0001F600", 6000)),
        "e" + new string('\u0301', 4000),
    };

    /// <summary>Found by GraphWriterFuzzTests: a node tooltip (the full label) longer than 16384 bytes once escaped
    /// made Graphviz fail with "syntax error ... longer than 16384?". DotEscaper now cuts such strings.</summary>
    [Theory]
    [MemberData(nameof(LongLabels))]
    public void DotWriter_LabelLongerThanGraphvizLimit_QuotedStringsFitAndParse(string label)
    {
        var graph = RenderingGraphs.Constructed();
        graph = graph with { Label = label, Nodes = graph.Nodes.Select(n => n with { Label = label }).ToList() };
        var dot = DotWriter.Write(graph);
        foreach (var quoted in QuotedStrings(dot))
        {
            Assert.InRange(Encoding.UTF8.GetByteCount(quoted), 0, 16384);
        }
        DotChecker.Parse([dot]);
    }

    /// <summary>The DOT double-quoted strings of a text (a backslash escapes the next character).</summary>
    private static IEnumerable<string> QuotedStrings(string dot)
    {
        var start = -1;
        for (var i = 0; i < dot.Length; i++)
        {
            if (dot[i] == '\\' && start >= 0)
            {
                i++;
            }
            else if (dot[i] == '"')
            {
                if (start < 0)
                {
                    start = i;
                }
                else
                {
                    yield return dot[start..(i + 1)];
                    start = -1;
                }
            }
        }
        Assert.True(start < 0, "unterminated quoted string");
    }
}
