using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PrecedentGraph.Analysis;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Storage;
using Spectre.Console;

namespace PrecedentGraph.Cli.Commands;

/// <summary>`ingest PATH... [--db FILE] [--batch N]`: analyses files (folders recursively, - for standard input) and
/// stores them. Unchanged content is skipped, changed files replace their old rows. A bad file named on the command
/// line is an error (exit 1 at the end); one found inside a folder is a warning and is skipped.</summary>
internal static class IngestCommand
{
    public const string DefaultDatabase = "output/precedents.db";

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Opinion files, folders (recursive) or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var database = new Option<string>("--db") { Description = "The database file.", DefaultValueFactory = _ => DefaultDatabase };
        var batch = new Option<int>("--batch") { Description = "Documents per transaction (each document is still stored whole or not at all).", DefaultValueFactory = _ => 16 };
        var command = new Command("ingest", "Analyse opinion files and store them in the corpus database.") { paths, database, batch };
        command.SetAction(parse => CommandRunner.Guard(() => Run(parse.GetValue(paths) ?? [], parse.GetValue(database)!, parse.GetValue(batch))));
        return command;
    }

    private sealed record Item(IngestInputs.Input Input)
    {
        public SourceDocument? Document { get; set; }
        public DocumentAnalysis? Analysis { get; set; }
        public string? Problem { get; set; }
        public string? StoredAs { get; set; }
    }

    private static int Run(IReadOnlyList<string> paths, string databasePath, int batchSize)
    {
        if (paths.Count == 0)
        {
            Console.Error.WriteLine("precedent-graph: ingest: give at least one file, folder or - (standard input)");
            return CommandRunner.BadInput;
        }
        if (batchSize < 1)
        {
            throw new UsageException("--batch must be at least 1");
        }
        var inputs = IngestInputs.Expand(paths);
        using var store = CorpusStore.Open(databasePath);
        var analyzer = new DocumentAnalyzer();
        var clock = Stopwatch.StartNew();
        var storing = new Stopwatch();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failed = false;

        void Process(Action<string> log, Action<int> advance)
        {
            foreach (var chunk in inputs.Chunk(batchSize))
            {
                var items = chunk.Select(input => new Item(input)).ToArray();
                Parallel.ForEach(items.Where(i => i.Input.Path != "-"), Read);
                foreach (var item in items.Where(i => i.Input.Path == "-"))
                {
                    Read(item);
                }
                foreach (var item in items.Where(i => i.Document is not null))
                {
                    item.StoredAs = store.FindContent(item.Document!.ContentHash);
                }
                Parallel.ForEach(items.Where(i => i.Document is not null && i.StoredAs is null), item => Analyze(analyzer, item));
                var analyses = items.Where(i => i.Analysis is not null).Select(i => i.Analysis!).ToList();
                storing.Start();
                var results = analyses.Count == 0 ? [] : store.IngestMany(analyses);
                storing.Stop();
                var resultIndex = 0;
                foreach (var item in items)
                {
                    if (item.Problem is not null)
                    {
                        failed |= !item.Input.InFolder;
                        Count(counts, item.Input.InFolder ? "skipped" : "failed");
                        log((item.Input.InFolder ? "warning: skipped " : "error: ") + item.Input.Path + ": " + item.Problem);
                    }
                    else if (item.StoredAs is not null)
                    {
                        Count(counts, "unchanged");
                        log($"unchanged {item.Input.Path}" + (item.StoredAs == item.Input.Path ? "" : $" (same content as {item.StoredAs})"));
                    }
                    else
                    {
                        var result = results[resultIndex++];
                        Count(counts, result.Status.ToString().ToLowerInvariant());
                        log($"{result.Status.ToString().ToLowerInvariant()} {result.Path} ({result.Decision}: {result.Opinions} opinions, {result.Edges} edges)");
                    }
                }
                advance(items.Length);
            }
        }

        if (Console.IsErrorRedirected)
        {
            Process(line => Console.Error.WriteLine(line), _ => { });
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress().AutoClear(true).Start(context =>
            {
                var task = context.AddTask("ingest", maxValue: Math.Max(1, inputs.Count));
                Process(line =>
                {
                    if (!line.StartsWith("added", StringComparison.Ordinal) && !line.StartsWith("unchanged", StringComparison.Ordinal) && !line.StartsWith("replaced", StringComparison.Ordinal))
                    {
                        console.WriteLine(line);
                    }
                }, n => task.Increment(n));
            });
        }
        var summary = string.Join(", ", counts.Select(c => $"{c.Value.ToString(CultureInfo.InvariantCulture)} {c.Key}"));
        Console.Error.WriteLine($"ingest: {inputs.Count.ToString(CultureInfo.InvariantCulture)} inputs ({summary}) into {databasePath} in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({storing.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s writing the store)");
        return failed ? CommandRunner.BadInput : CommandRunner.Ok;
    }

    private static void Read(Item item)
    {
        try
        {
            item.Document = item.Input.Path == "-"
                ? DocumentReader.ReadBytes(ReadStandardInput(), "-")
                : DocumentReader.ReadFile(item.Input.Path);
        }
        catch (InputException e)
        {
            item.Problem = e.Problem;
        }
    }

    private static void Analyze(DocumentAnalyzer analyzer, Item item)
    {
        try
        {
            item.Analysis = analyzer.Analyze(item.Document!);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Stages should never throw on text; if one does, the file is reported and the rest go on.
            item.Problem = "analysis failed: " + e.Message.ReplaceLineEndings(" ");
        }
    }

    private static byte[] ReadStandardInput()
    {
        using var input = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static void Count(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
