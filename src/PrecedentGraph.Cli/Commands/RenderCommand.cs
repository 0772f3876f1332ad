using System.CommandLine;
using PrecedentGraph.Analysis;
using PrecedentGraph.Graph;
using PrecedentGraph.Reading;
using PrecedentGraph.Rendering;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Cli.Commands;

/// <summary>`render FILE [--focus CASE] [--depth N] [--relations LIST] [--opinions LIST] [--layout LR|TB]
/// [--style screen|paper] [--engine auto|builtin|graphviz] [--format ...] [--out FILE] [--arguments] [--positions]`: a diagram or an export
/// of one opinion file's graph, or of part of it.</summary>
internal static class RenderCommand
{
    private static readonly string[] Formats = ["dot", "svg", "pdf", "png", "graphml", "gexf", "cyjs", "aif", "json", "csv"];

    public static Command Create()
    {
        var file = new Argument<string?>("source")
        {
            Description = "An opinion file (text, HTML or CourtListener JSON), or a decision in the store (slug, name or node id). "
                + "Omit it with --focus to draw a case's network across the whole store.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var database = new Option<string>("--db") { Description = "The store to read decisions and --focus networks from.", DefaultValueFactory = _ => IngestCommand.DefaultDatabase };
        var focus = new Option<string?>("--focus") { Description = "Draw only this case's network: who treats it, and how (node id or case name)." };
        var depth = new Option<int>("--depth") { Description = "Treatment hops from the focus case.", DefaultValueFactory = _ => 1 };
        var relations = new Option<string?>("--relations") { Description = "Comma-separated relations to keep (e.g. relies-on,distinguishes)." };
        var opinions = new Option<string?>("--opinions") { Description = "Comma-separated opinions to keep: author surname, opinion kind or node id." };
        var layout = new Option<string>("--layout") { Description = "Layer direction: LR (left to right) or TB (top to bottom).", DefaultValueFactory = _ => "LR" };
        layout.AcceptOnlyFromAmong("LR", "TB", "lr", "tb");
        var style = new Option<string>("--style") { Description = "screen (colour) or paper (grayscale, serif, 160 mm wide for an A4 text column, text of 8 pt or more).", DefaultValueFactory = _ => "screen" };
        style.AcceptOnlyFromAmong("screen", "paper");
        var engine = new Option<string>("--engine") { Description = "SVG/PDF/PNG renderer: auto (Graphviz if installed; the built-in renderer, with a warning, if Graphviz fails or takes over 20 s), builtin or graphviz.", DefaultValueFactory = _ => "auto" };
        engine.AcceptOnlyFromAmong("auto", "builtin", "graphviz");
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "svg" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var arguments = new Option<bool>("--arguments") { Description = "Draw the argument map too (argument nodes, makes/supports/attacks); diagrams show the citation map without it. Data exports always hold it." };
        var positions = new Option<bool>("--positions") { Description = "Draw the justice × issue table of positions instead of the graph (svg, pdf, png, csv or json)." };
        var command = new Command("render", "Draw or export the precedent graph of an opinion file, a stored decision, or a case's network across the store.")
        {
            file, focus, depth, relations, opinions, layout, style, engine, format, output, database, arguments, positions,
        };
        command.SetAction(parse => CommandRunner.Guard(() =>
        {
            if (parse.GetValue(depth) < 0)
            {
                throw new UsageException("--depth must be 0 or more");
            }
            var path = parse.GetValue(file);
            var renderFormat = ParseFormat(parse.GetValue(format)!);
            var paperStyle = parse.GetValue(style) == "paper" ? DiagramStyle.Paper : DiagramStyle.Screen;
            if (parse.GetValue(positions))
            {
                Output.WriteBytes(parse.GetValue(output), PositionTableOutput.Render(path, parse.GetValue(database)!, renderFormat, paperStyle));
                return CommandRunner.Ok;
            }
            var graph = LoadGraph(path, parse.GetValue(focus), parse.GetValue(database)!);
            if (!parse.GetValue(arguments) && renderFormat is RenderFormat.Dot or RenderFormat.Svg or RenderFormat.Pdf or RenderFormat.Png)
            {
                graph = graph.Without(NodeKind.Argument);
            }
            var selection = SubgraphSelector.Select(graph, new SubgraphOptions
            {
                Focus = parse.GetValue(focus),
                Depth = parse.GetValue(depth),
                Relations = List(parse.GetValue(relations)),
                Opinions = List(parse.GetValue(opinions)),
            });
            if (!selection.Succeeded)
            {
                foreach (var candidate in selection.Candidates)
                {
                    Console.Error.WriteLine("  " + candidate);
                }
                throw new InputException(path ?? parse.GetValue(database)!, selection.Problem!);
            }
            var options = new DiagramOptions
            {
                Layout = parse.GetValue(layout)!.Equals("TB", StringComparison.OrdinalIgnoreCase) ? DiagramLayout.TopToBottom : DiagramLayout.LeftToRight,
                Style = paperStyle,
            };
            var renderer = new DiagramRenderer(parse.GetValue(engine) switch
            {
                "builtin" => RenderEngine.Builtin,
                "graphviz" => RenderEngine.Graphviz,
                _ => RenderEngine.Auto,
            }, warn: message => Console.Error.WriteLine("precedent-graph: warning: " + message));
            byte[] bytes;
            try
            {
                bytes = renderer.Render(selection.Graph, renderFormat, options);
            }
            catch (RenderingException e)
            {
                throw new EnvironmentException(e.Message);
            }
            Output.WriteBytes(parse.GetValue(output), bytes);
            return CommandRunner.Ok;
        }));
        return command;
    }

    private static RenderFormat ParseFormat(string format) => format switch
    {
        "dot" => RenderFormat.Dot,
        "svg" => RenderFormat.Svg,
        "pdf" => RenderFormat.Pdf,
        "png" => RenderFormat.Png,
        "graphml" => RenderFormat.GraphMl,
        "gexf" => RenderFormat.Gexf,
        "cyjs" => RenderFormat.CytoscapeJson,
        "aif" => RenderFormat.Aif,
        "csv" => RenderFormat.Csv,
        _ => RenderFormat.Json,
    };

    private static IReadOnlyList<string> List(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>An opinion file's graph; else a stored decision's; else, with only --focus, the whole store's
    /// citation network (the selector then keeps the case's ego network).</summary>
    private static DecisionGraph LoadGraph(string? source, string? focus, string database)
    {
        if (source is not null && (File.Exists(source) || source == "-" || LooksLikePath(source)))
        {
            return new DocumentAnalyzer().Analyze(DocumentReader.ReadFile(source)).Graph;
        }
        if (source is null && focus is null)
        {
            throw new UsageException("render: give an opinion file, a stored decision, or --focus CASE");
        }
        if (!File.Exists(database))
        {
            throw new InputException(database, "no such database (run map or ingest first)");
        }
        using var store = CorpusStore.Open(database, StoreOptions.Query);
        var loader = new GraphLoader(store);
        return source is null ? loader.LoadCorpusGraph() : loader.LoadDecisionGraph(source);
    }

    private static bool LooksLikePath(string source) =>
        source.Contains('/') || source.Contains('\\') || Path.HasExtension(source) && !source.Contains(' ');
}
