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

    public static Timing Run(int nodes)
    {
        var graph = Generate(nodes);
        var watch = Stopwatch.StartNew();
        DotWriter.Write(graph);
        var dot = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        BuiltinSvgRenderer.Render(graph);
        return new Timing(graph.Nodes.Count, Math.Round(dot, 1), Math.Round(watch.Elapsed.TotalMilliseconds, 1));
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
