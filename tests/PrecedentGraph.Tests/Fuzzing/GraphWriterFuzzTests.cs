using FsCheck;
using FsCheck.Fluent;
using PrecedentGraph.Graph;
using PrecedentGraph.Rendering;
using PrecedentGraph.Tests.Rendering;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>The DOT, SVG, GraphML, GEXF, JSON and CSV writers over random graphs (a constructed decision with any
/// subset of its nodes, every label, citation, author, cue and evidence replaced by hostile text): every output parses.</summary>
public sealed class GraphWriterFuzzTests(ITestOutputHelper output)
{
    private static readonly Gen<string> Label = Gen.Frequency(
        (3, FuzzInputs.CaseName),
        (2, FuzzInputs.NoiseText),
        (1, Gen.Elements(FuzzInputs.Hostile.ToArray())),
        (1, Gen.Constant("")));

    private static Gen<DecisionGraph> RandomGraph { get; } =
        from keep in Gen.Choose(0, int.MaxValue).ArrayOf(RenderingGraphs.Constructed().Nodes.Count)
        from labels in Label.ArrayOf(200)
        select Build(keep, labels);

    private static DecisionGraph Build(int[] keep, string[] labels)
    {
        var graph = RenderingGraphs.Constructed();
        var next = 0;
        string Next() => labels[next++ % labels.Length];
        var nodes = graph.Nodes
            .Where((_, i) => i >= keep.Length || keep[i] % 5 != 0)
            .Select(n => n.Kind switch
            {
                NodeKind.Opinion => n with { Label = Next(), Author = Next(), JoinedBy = [Next(), Next()] },
                NodeKind.Argument => n with { Label = Next(), Text = Next(), Disposition = Next() },
                _ => n with { Label = Next(), Citation = n.Citation is null ? null : Next() },
            })
            .ToList();
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var edges = graph.Edges
            .Where(e => ids.Contains(e.Source) && ids.Contains(e.Target))
            .Select(e => e with { Cue = Next(), Evidence = [Next(), Next()] })
            .ToList();
        return graph with { Label = Next(), Source = Next(), Nodes = nodes, Edges = edges };
    }

    [Fact]
    public void Write_RandomHostileGraph_EveryFormatParses()
    {
        var cases = FuzzSettings.Cases(200, 0.04);
        var dots = new DotBatch();
        var generator = RandomGraph.SelectMany(graph => Gen.Elements(DiagramLayout.TopToBottom, DiagramLayout.LeftToRight)
            .SelectMany(layout => Gen.Elements(DiagramStyle.Screen, DiagramStyle.Paper)
            .Select(style => (Graph: graph, Options: new DiagramOptions { Layout = layout, Style = style, ShowJustices = graph.Nodes.Count % 2 == 0 }))));
        Prop.ForAll(generator.ToArbitrary(), input =>
        {
            dots.Add(OutputChecks.AllFormats(input.Graph, input.Options));
        }).Check(FuzzSettings.Config(cases));
        dots.Flush();
        output.WriteLine($"{cases} graphs written in 8 formats; "
            + dots.Summary());
    }
}
