using System.Diagnostics;
using System.Globalization;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Corpus;

/// <summary>Times the built-in SVG renderer and the DOT writer on generated decision graphs of a given size.</summary>
public static class RenderBenchmark
{
    public sealed record Timing(int Nodes, double DotMilliseconds, double BuiltinSvgMilliseconds);

    /// <summary>Times each renderer on a graph of <paramref name="nodes"/> nodes: the median of <paramref name="repetitions"/>
    /// runs after one untimed warm-up run, so the first size asked does not carry the renderers' start-up (compilation,
    /// font and layout tables).</summary>
    public static Timing Run(int nodes, int repetitions = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repetitions, 1);
        var graph = Generate(nodes);
        DotWriter.Write(graph);
        BuiltinSvgRenderer.Render(graph);
        var dot = new double[repetitions];
        var svg = new double[repetitions];
        for (var i = 0; i < repetitions; i++)
        {
            var watch = Stopwatch.StartNew();
            DotWriter.Write(graph);
            dot[i] = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            BuiltinSvgRenderer.Render(graph);
            svg[i] = watch.Elapsed.TotalMilliseconds;
        }
        return new Timing(graph.Nodes.Count, Math.Round(Median(dot), 1), Math.Round(Median(svg), 1));
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /// <summary>A decision with four opinions citing <paramref name="nodes"/> − 5 cases, deterministically.</summary>
    public static DecisionGraph Generate(int nodes)
    {
        var random = new Random(nodes);
        var list = new List<GraphNode> { new("decision:bench", "Bench v. Mark", NodeKind.Decision) };
        var kinds = new[] { OpinionKind.Majority, OpinionKind.Concurrence, OpinionKind.ConcurrenceDissent, OpinionKind.Dissent };
        var opinions = kinds.Select((kind, i) => new GraphNode($"opinion:bench:{i}", $"Opinion {i}", NodeKind.Opinion)
        {
            OpinionKind = kind, Author = "Justice" + i.ToString(CultureInfo.InvariantCulture), JoinedBy = [], Decision = "decision:bench",
        }).ToList();
        list.AddRange(opinions);
        var edges = opinions.Select(o => new GraphEdge(o.Id, "decision:bench", Relations.PartOf)).ToList();
        var relations = new[] { Relations.ReliesOn, Relations.ReliesOn, Relations.Distinguishes, Relations.Cites, Relations.Criticizes };
        for (var i = 0; list.Count < nodes; i++)
        {
            var id = "case:c" + i.ToString(CultureInfo.InvariantCulture);
            list.Add(new GraphNode(id, $"Party{i} v. Other{i % 17}", NodeKind.Case) { Year = 1900 + i % 120 });
            foreach (var opinion in opinions.Where(_ => random.Next(3) == 0).DefaultIfEmpty(opinions[0]))
            {
                edges.Add(new GraphEdge(opinion.Id, id, relations[random.Next(relations.Length)]) { Count = 1 + random.Next(4) });
            }
        }
        return new DecisionGraph("Bench v. Mark", "bench", InputForm.Raw, list, edges);
    }
}
