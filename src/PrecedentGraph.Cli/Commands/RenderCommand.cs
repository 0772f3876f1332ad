using System.CommandLine;
using PrecedentGraph.Analysis;
using PrecedentGraph.Graph;
using PrecedentGraph.Reading;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Cli.Commands;

/// <summary>`render FILE [--focus CASE] [--depth N] [--relations LIST] [--opinions LIST] [--layout LR|TB]
/// [--style screen|paper] [--engine auto|builtin|graphviz] [--format ...] [--out FILE]`: a diagram or an export
/// of one opinion file's graph, or of part of it.</summary>
internal static class RenderCommand
{
    private static readonly string[] Formats = ["dot", "svg", "pdf", "png", "graphml", "gexf", "cyjs", "aif", "json", "csv"];

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "An opinion file (text, HTML or CourtListener JSON), or - for standard input." };
        var focus = new Option<string?>("--focus") { Description = "Draw only this case's network: who treats it, and how (node id or case name)." };
        var depth = new Option<int>("--depth") { Description = "Treatment hops from the focus case.", DefaultValueFactory = _ => 1 };
        var relations = new Option<string?>("--relations") { Description = "Comma-separated relations to keep (e.g. relies-on,distinguishes)." };
        var opinions = new Option<string?>("--opinions") { Description = "Comma-separated opinions to keep: author surname, opinion kind or node id." };
        var layout = new Option<string>("--layout") { Description = "Layer direction: LR (left to right) or TB (top to bottom).", DefaultValueFactory = _ => "LR" };
        layout.AcceptOnlyFromAmong("LR", "TB", "lr", "tb");
        var style = new Option<string>("--style") { Description = "screen (colour) or paper (grayscale, serif, A4 column).", DefaultValueFactory = _ => "screen" };
        style.AcceptOnlyFromAmong("screen", "paper");
        var engine = new Option<string>("--engine") { Description = "SVG/PDF/PNG renderer: auto (Graphviz if installed), builtin or graphviz.", DefaultValueFactory = _ => "auto" };
        engine.AcceptOnlyFromAmong("auto", "builtin", "graphviz");
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "svg" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("render", "Draw or export the precedent graph of one opinion file.")
        {
            file, focus, depth, relations, opinions, layout, style, engine, format, output,
        };
        command.SetAction(parse => CommandRunner.Guard(() =>
        {
            if (parse.GetValue(depth) < 0)
            {
                throw new UsageException("--depth must be 0 or more");
            }
            var path = parse.GetValue(file)!;
            var analysis = new DocumentAnalyzer().Analyze(DocumentReader.ReadFile(path));
            var selection = SubgraphSelector.Select(analysis.Graph, new SubgraphOptions
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
                throw new InputException(path, selection.Problem!);
            }
            var options = new DiagramOptions
            {
                Layout = parse.GetValue(layout)!.Equals("TB", StringComparison.OrdinalIgnoreCase) ? DiagramLayout.TopToBottom : DiagramLayout.LeftToRight,
                Style = parse.GetValue(style) == "paper" ? DiagramStyle.Paper : DiagramStyle.Screen,
            };
            var renderer = new DiagramRenderer(parse.GetValue(engine) switch
            {
                "builtin" => RenderEngine.Builtin,
                "graphviz" => RenderEngine.Graphviz,
                _ => RenderEngine.Auto,
            });
            byte[] bytes;
            try
            {
                bytes = renderer.Render(selection.Graph, ParseFormat(parse.GetValue(format)!), options);
            }
            catch (RenderingException e)
            {
                throw new EnvironmentException(e.Message);
            }
            WriteBytes(parse.GetValue(output), bytes);
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

    /// <summary>To standard output, or atomically to a file (through a temporary file beside it).</summary>
    private static void WriteBytes(string? path, byte[] bytes)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(bytes);
            stdout.Flush();
            return;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
