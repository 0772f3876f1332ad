using System.CommandLine;
using System.Text;
using PrecedentGraph.Analysis;
using PrecedentGraph.Graph;
using PrecedentGraph.Reading;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Cli.Commands;

/// <summary>`extract FILE [--format json|dot|svg] [--out FILE] [--explain] [--names-from DB|FOLDER]`: the graph of one file.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = CliArguments.Path("file", "An opinion file (text, HTML or CourtListener JSON).");
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "dot", "svg");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var explain = new Option<bool>("--explain") { Description = "Print each opinion's treatments with their evidence and cue instead of the graph." };
        var names = LearnedNames.Option();
        var command = new Command("extract", "Extract the precedent graph of one opinion file.") { file, format, output, explain, names };
        command.SetAction(parse => CommandRunner.Guard(() =>
        {
            var document = DocumentReader.ReadFile(parse.GetValue(file)!);
            var analysis = new DocumentAnalyzer(LearnedNames.Options(parse.GetValue(names))).Analyze(document);
            var text = parse.GetValue(explain)
                ? TreatmentExplainer.Explain(analysis)
                : parse.GetValue(format) switch
                {
                    // Diagrams draw the citation map, as map does; JSON keeps every node, arguments included.
                    "dot" => DotWriter.Write(analysis.Graph.Without(NodeKind.Argument)),
                    "svg" => Encoding.UTF8.GetString(new DiagramRenderer(RenderEngine.Auto, warn: m => Console.Error.WriteLine("precedent-graph: warning: " + m))
                        .Render(analysis.Graph.Without(NodeKind.Argument), RenderFormat.Svg, DiagramOptions.Default)),
                    _ => GraphJsonWriter.Write(analysis.Graph),
                };
            Output.Write(parse.GetValue(output), text);
            return CommandRunner.Ok;
        }));
        return command;
    }
}
