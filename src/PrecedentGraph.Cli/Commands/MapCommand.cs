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

/// <summary>`map DIR --out DIR`: the whole job. Every opinion under DIR goes into OUT/precedents.db, and each
/// decision gets OUT/&lt;slug&gt;.json, .dot and .svg; a summary goes to standard output.</summary>
internal static class MapCommand
{
    public static Command Create()
    {
        var input = CliArguments.Path("dir", "A folder of opinions (searched recursively), or one opinion file.");
        var output = new Option<string>("--out") { Description = "Where to write precedents.db and the per-decision files.", DefaultValueFactory = _ => "output" };
        var engine = new Option<RenderEngine>("--engine") { Description = "SVG engine: auto (Graphviz when installed), builtin or graphviz.", DefaultValueFactory = _ => RenderEngine.Auto };
        var command = new Command("map", "Read every opinion under a folder; write the store, and JSON, DOT and SVG per decision.") { input, output, engine };
        command.SetAction(parse => CommandRunner.Guard(() => Run(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(engine))));
        return command;
    }

    private static int Run(string input, string outputFolder, RenderEngine engine)
    {
        var files = CorpusFiles.Enumerate(input);
        if (files.Count == 0)
        {
            throw new InputException(input, Directory.Exists(input) ? "no opinion files in this folder" : "no such file or folder");
        }
        var single = File.Exists(input);
        var analyses = new DocumentAnalysis?[files.Count];
        var problems = new string?[files.Count];
        var analyzer = new DocumentAnalyzer();
        Parallel.For(0, files.Count, i =>
        {
            try
            {
                analyses[i] = analyzer.Analyze(DocumentReader.ReadFile(files[i]));
            }
            catch (InputException e) when (!single)
            {
                problems[i] = e.Problem;
            }
        });
        for (var i = 0; i < files.Count; i++)
        {
            if (problems[i] is { } problem)
            {
                Console.Error.WriteLine($"precedent-graph: warning: skipped {files[i]}: {problem}");
            }
        }
        var read = analyses.OfType<DocumentAnalysis>().ToList();
        if (read.Count == 0)
        {
            throw new InputException(input, "no readable opinions in this folder");
        }

        Directory.CreateDirectory(outputFolder);
        var renderer = new DiagramRenderer(engine);
        var summary = new StringBuilder();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var analysis in read)
        {
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
        }

        var database = Path.Combine(outputFolder, "precedents.db");
        using (var store = CorpusStore.Open(database))
        {
            var results = store.IngestMany(read);
            var counts = results.GroupBy(r => r.Status.ToString().ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Count().ToString(CultureInfo.InvariantCulture)} {g.Key}");
            summary.AppendLine(CultureInfo.InvariantCulture, $"store: {database} ({string.Join(", ", counts)})");
        }
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
                $"{x.Case} ({x.Opinions.ToString(c)} opinion{(x.Opinions == 1 ? "" : "s")}, {x.Mentions.ToString(c)} mentions)")));
        }
    }
}
