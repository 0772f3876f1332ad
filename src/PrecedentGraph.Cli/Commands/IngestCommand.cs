using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PrecedentGraph.Analysis;
using PrecedentGraph.Citations;
using PrecedentGraph.Corpus;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Storage;
using Spectre.Console;

namespace PrecedentGraph.Cli.Commands;

/// <summary>`ingest PATH... [--db FILE] [--batch N] [--threads N] [--reanalyze]`: analyses files (folders recursively, - for
/// standard input) on several threads and stores them through one writer (CorpusIngestPipeline). Content this build of the
/// extractor already stored is skipped before analysis; changed files, and files an older build analysed, replace their
/// old rows; --reanalyze analyses every file again (after raw text taught the store new case names, say). A bad file named on the command line is an error (exit 1 at
/// the end); one found inside a folder is a warning and is skipped.</summary>
internal static class IngestCommand
{
    public const string DefaultDatabase = "output/precedents.db";

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Opinion files, folders (recursive) or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var database = new Option<string>("--db") { Description = "The database file.", DefaultValueFactory = _ => DefaultDatabase };
        var batch = new Option<int>("--batch") { Description = "Documents per transaction (each document is still stored whole or not at all).", DefaultValueFactory = _ => 32 };
        var threads = new Option<int>("--threads") { Description = "Files analysed at once (one writer stores them).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var reanalyze = new Option<bool>("--reanalyze") { Description = "Analyse and store again files the store already holds unchanged (e.g. normalized text, once raw text has taught the store more case names)." };
        var command = new Command("ingest", "Analyse opinion files and store them in the corpus database.") { paths, database, batch, threads, reanalyze };
        command.SetAction(parse => CommandRunner.Guard(() => Run(parse.GetValue(paths) ?? [], parse.GetValue(database)!, parse.GetValue(batch), parse.GetValue(threads), parse.GetValue(reanalyze))));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, string databasePath, int batchSize, int threads, bool reanalyze)
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
        if (threads < 1)
        {
            throw new UsageException("--threads must be at least 1");
        }
        var inputs = IngestInputs.Expand(paths);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var store = CorpusStore.Open(databasePath);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failed = false;
        var options = new CorpusIngestOptions(threads, batchSize, SkipStoredContent: true, Reader: Read, Reanalyze: reanalyze);
        // Normalized text names cases without reporters; the names the store read in raw text help find them.
        var namesBefore = new StoreQueries(store).LearnedCaseNames();
        var analyzer = new DocumentAnalyzer(new AnalysisOptions(new CitationFinderOptions(namesBefore)));

        CorpusIngestResult Ingest(Action<string> log)
        {
            var first = CorpusIngestPipeline.Run(inputs.Select(i => i.Path).ToList(), store, analyzer, options, outcome =>
            {
                var input = inputs[outcome.Index];
                if (outcome.Problem is not null)
                {
                    failed |= !input.InFolder;
                    Count(counts, input.InFolder ? "skipped" : "failed");
                    log((input.InFolder ? "warning: skipped " : "error: ") + input.Path + ": " + outcome.Problem);
                    return;
                }
                var result = outcome.Result!;
                var status = result.Status.ToString().ToLowerInvariant();
                Count(counts, status);
                log(result.Status == IngestStatus.Unchanged
                    ? $"unchanged {input.Path}" + (result.StoredAs is null || result.StoredAs == input.Path ? "" : $" (same content as {result.StoredAs})")
                    : $"{status} {input.Path} ({result.Decision}: {result.Opinions} opinions, {result.Edges} edges)");
            });
            return ReadNormalizedAgain(store, first, namesBefore.Count, options, log) ?? first;
        }

        CorpusIngestResult? ingest = null;
        if (Console.IsErrorRedirected)
        {
            ingest = Ingest(line => Console.Error.WriteLine(line));
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress().AutoClear(true).Start(context =>
            {
                var task = context.AddTask("ingest", maxValue: Math.Max(1, inputs.Count));
                ingest = Ingest(line =>
                {
                    // On a terminal only problems are printed; the bar shows the rest.
                    if (line.StartsWith("warning", StringComparison.Ordinal) || line.StartsWith("error", StringComparison.Ordinal))
                    {
                        console.WriteLine(line);
                    }
                    task.Increment(1);
                });
            });
        }
        var c = CultureInfo.InvariantCulture;
        var summary = string.Join(", ", counts.Select(pair => $"{pair.Value.ToString(c)} {pair.Key}"));
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var written = Math.Max(1, ingest!.Documents);
        Console.Error.WriteLine(string.Create(c,
            $"ingest: {inputs.Count} inputs ({summary}) into {databasePath} in {clock.Elapsed.TotalSeconds:0.0} s, {used.TotalSeconds:0.0} s CPU; store writes {ingest.Writing.TotalSeconds:0.0} s ({ingest.Writing.TotalMilliseconds / written:0.0} ms per document written), citation summary {ingest.Summarizing.TotalSeconds:0.0} s"));
        return failed ? CommandRunner.BadInput : CommandRunner.Ok;
    }

    /// <summary>Raw text read in this run may have taught the store names that the normalized files of the same run
    /// were read without: those files are read again with every name the store now knows, so a folder mixing both
    /// forms gives the same store whichever order its files come in. Null when there is nothing to read again.</summary>
    private static CorpusIngestResult? ReadNormalizedAgain(CorpusStore store, CorpusIngestResult first, int namesBefore,
        CorpusIngestOptions options, Action<string> log)
    {
        var queries = new StoreQueries(store);
        var names = queries.LearnedCaseNames();
        if (names.Count == namesBefore)
        {
            return null;
        }
        var normalized = queries.NormalizedDocumentPaths().ToHashSet(StringComparer.Ordinal);
        var written = first.Outcomes
            .Where(o => o.Result is { Status: not IngestStatus.Unchanged } && o.Path != "-" && normalized.Contains(Path.GetFullPath(o.Path)))
            .Select(o => o.Path)
            .ToList();
        if (written.Count == 0)
        {
            return null;
        }
        var analyzer = new DocumentAnalyzer(new AnalysisOptions(new CitationFinderOptions(names)));
        var again = CorpusIngestPipeline.Run(written, store, analyzer, options with { Reanalyze = true }, outcome =>
        {
            if (outcome.Problem is not null)
            {
                log("warning: could not read again " + outcome.Path + ": " + outcome.Problem);
            }
        });
        log(string.Create(CultureInfo.InvariantCulture,
            $"read again {written.Count} normalized files with the {names.Count - namesBefore} case names raw text taught the store in this run"));
        return first with { Writing = first.Writing + again.Writing, Summarizing = first.Summarizing + again.Summarizing };
    }

    private static SourceDocument Read(string path) => path == "-"
        ? DocumentReader.ReadBytes(ReadStandardInput(), "-")
        : DocumentReader.ReadFile(path);

    private static byte[] ReadStandardInput()
    {
        using var input = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static void Count(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
