using System.CommandLine;
using System.Text;
using PrecedentGraph.Analysis;
using PrecedentGraph.Citations;
using PrecedentGraph.Corpus;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Rendering;
using PrecedentGraph.Storage;

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
        var names = new Option<string?>("--names-from") { Description = "A store, or a folder of opinions, whose case names read with reporter citations help find name-only citations in normalized text." };
        var command = new Command("extract", "Extract the precedent graph of one opinion file.") { file, format, output, explain, names };
        command.SetAction(parse => CommandRunner.Guard(() =>
        {
            var document = DocumentReader.ReadFile(parse.GetValue(file)!);
            var analysis = new DocumentAnalyzer(Options(parse.GetValue(names))).Analyze(document);
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

    private static AnalysisOptions Options(string? database)
    {
        if (database is null)
        {
            return AnalysisOptions.Default;
        }
        if (Directory.Exists(database))
        {
            // Unreadable files in a folder teach nothing; they are not the file asked about.
            var documents = CorpusFiles.Enumerate(database).Select(Readable).OfType<SourceDocument>();
            return new AnalysisOptions(new CitationFinderOptions(new CaseNameLearner().Learn(documents)));
        }
        if (!File.Exists(database))
        {
            throw new InputException(database, "no such database or folder (run map or ingest first)");
        }
        using var store = CorpusStore.Open(database, StoreOptions.Query);
        return new AnalysisOptions(new CitationFinderOptions(new StoreQueries(store).LearnedCaseNames()));
    }

    private static SourceDocument? Readable(string path)
    {
        try
        {
            return DocumentReader.ReadFile(path);
        }
        catch (InputException)
        {
            return null;
        }
    }
}
