using System.CommandLine;
using System.Globalization;
using System.Text;
using PrecedentGraph.Analysis;
using PrecedentGraph.Corpus;
using PrecedentGraph.Graph;
using PrecedentGraph.Reading;
using PrecedentGraph.Rendering;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Cli.Commands;

/// <summary>`map DIR --out DIR [--engine E] [--names-from DB|FOLDER]`: the whole job. Every opinion under DIR goes into OUT/precedents.db, and each
/// decision gets OUT/&lt;slug&gt;.json, .dot and .svg; a summary goes to standard output.</summary>
internal static class MapCommand
{
    private const int IngestBatch = 32;

    public static Command Create()
    {
        var input = CliArguments.Path("dir", "A folder of opinions (searched recursively), or one opinion file.");
        var output = new Option<string>("--out") { Description = "Where to write precedents.db and the per-decision files.", DefaultValueFactory = _ => "output" };
        var engine = new Option<RenderEngine>("--engine") { Description = "SVG engine: auto (Graphviz when installed), builtin or graphviz.", DefaultValueFactory = _ => RenderEngine.Auto };
        var names = LearnedNames.Option();
        var command = new Command("map", "Read every opinion under a folder; write the store, and JSON, DOT and SVG per decision.") { input, output, engine, names };
        command.SetAction(parse => CommandRunner.Guard(() =>
            Run(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(engine), LearnedNames.Options(parse.GetValue(names)))));
        return command;
    }

    private static int Run(string input, string outputFolder, RenderEngine engine, AnalysisOptions options)
    {
        var files = CorpusFiles.Enumerate(input);
        if (files.Count == 0)
        {
            throw new InputException(input, Directory.Exists(input) ? "no opinion files in this folder" : "no such file or folder");
        }
        var single = File.Exists(input);
        var renderer = new DiagramRenderer(engine, warn: m => Console.Error.WriteLine("precedent-graph: warning: " + m));
        var summary = new StringBuilder();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var database = Path.Combine(outputFolder, "precedents.db");
        CorpusStore? store = null;
        var results = new List<IngestResult>();
        var batch = new List<DocumentAnalysis>();
        try
        {
            // Analyses arrive in file order from parallel workers and are written as they come, a batch per
            // transaction: memory holds a few documents per core, not the corpus.
            foreach (var file in ParallelAnalyzer.Run(files, new DocumentAnalyzer(options), Environment.ProcessorCount))
            {
                if (file.Analysis is not { } analysis)
                {
                    if (single)
                    {
                        throw file.Problem!;
                    }
                    Console.Error.WriteLine($"precedent-graph: warning: skipped {file.Path}: {file.Problem!.Problem}");
                    continue;
                }
                if (store is null)
                {
                    Directory.CreateDirectory(outputFolder);
                    store = CorpusStore.Open(database);
                }
                var slug = analysis.Segmentation.Decision.Slug;
                for (var n = 2; !slugs.Add(slug); n++)
                {
                    slug = analysis.Segmentation.Decision.Slug + "-" + n.ToString(CultureInfo.InvariantCulture);
                }
                var json = GraphJsonWriter.Write(analysis.Graph);
                Output.Write(Path.Combine(outputFolder, slug + ".json"), json);
                // The diagrams are the citation map; the argument map has its own view (render --positions, AIF).
                var citationMap = analysis.Graph.Without(NodeKind.Argument);
                Output.Write(Path.Combine(outputFolder, slug + ".dot"), DotWriter.Write(citationMap));
                var svg = DiagramStamp.Apply(renderer.Render(citationMap, RenderFormat.Svg, DiagramOptions.Default), json);
                Output.WriteBytes(Path.Combine(outputFolder, slug + ".svg"), svg);
                Summarize(summary, analysis, slug);
                batch.Add(analysis);
                if (batch.Count >= IngestBatch)
                {
                    results.AddRange(store.IngestMany(batch));
                    batch.Clear();
                }
            }
            if (store is null)
            {
                throw new InputException(input, "no readable opinions in this folder");
            }
            results.AddRange(store.IngestMany(batch));
        }
        finally
        {
            store?.Dispose();
        }
        var counts = results.GroupBy(r => r.Status.ToString().ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count().ToString(CultureInfo.InvariantCulture)} {g.Key}");
        summary.AppendLine(CultureInfo.InvariantCulture, $"store: {database} ({string.Join(", ", counts)})");
        Console.Out.Write(summary.ToString());
        return CommandRunner.Ok;
    }

    private static void Summarize(StringBuilder text, DocumentAnalysis analysis, string slug)
    {
        var graph = analysis.Graph;
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"{graph.Label} ({(graph.Form == Model.InputForm.Raw ? "raw" : "normalized")} text) -> {slug}.json, {slug}.dot, {slug}.svg");
        foreach (var opinion in graph.Nodes.Where(n => n.Kind == NodeKind.Opinion))
        {
            var cited = graph.Edges.Count(e => e.Source == opinion.Id && e.Target.StartsWith("case:", StringComparison.Ordinal));
            var joiners = opinion.JoinedBy is { Count: > 0 } j ? ", joined by " + string.Join(", ", j) : "";
            text.AppendLine(c, $"  {Relations.Name(opinion.OpinionKind!.Value),-20} {opinion.Author ?? "(per curiam)"}{joiners}: {cited} cited cases");
        }
        var reliedOn = graph.Edges
            .Where(e => e.Relation == Relations.ReliesOn && e.Source.StartsWith("opinion:", StringComparison.Ordinal)
                && e.Target.StartsWith("case:", StringComparison.Ordinal))
            .GroupBy(e => e.Target)
            .Select(g => (Case: graph.Find(g.Key)?.Label ?? g.Key, Opinions: g.Count(), Mentions: g.Sum(e => e.Count ?? 1)))
            .OrderByDescending(x => x.Opinions).ThenByDescending(x => x.Mentions).ThenBy(x => x.Case, StringComparer.Ordinal)
            .Take(5)
            .ToList();
        if (reliedOn.Count > 0)
        {
            text.AppendLine("  most relied on: " + string.Join("; ", reliedOn.Select(x =>
                $"{x.Case} ({x.Opinions.ToString(c)} opinion{(x.Opinions == 1 ? "" : "s")}, {x.Mentions.ToString(c)} mention{(x.Mentions == 1 ? "" : "s")})")));
        }
    }
}
