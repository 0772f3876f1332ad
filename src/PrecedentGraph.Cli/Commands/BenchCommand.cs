using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PrecedentGraph.Analysis;
using PrecedentGraph.Corpus;

namespace PrecedentGraph.Cli.Commands;

/// <summary>`bench [--corpus DIR|ARCHIVE | --synthetic N] [--threads N] [--json]`: measures the pipeline;
/// `bench --scale-store N` measures queries on a store of N generated decisions instead (<see cref="ScaleStoreBench"/>).</summary>
internal static class BenchCommand
{
    private const string DefaultArchive = "../shared/corpus/findlaw-scotus.tar.gz";

    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus")
        {
            Description = $"A folder of opinions, or a .tar.gz archive unpacked once into .corpus/ (default: {DefaultArchive}).",
        };
        var synthetic = new Option<int?>("--synthetic") { Description = "Generate N decisions deterministically (raw and normalized) instead." };
        var threads = new Option<int>("--threads") { Description = "Documents extracted in parallel.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var limit = new Option<int?>("--limit") { Description = "Use only the first N documents." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (see contracts/cli.md) instead of a table." };
        var database = new Option<string>("--db") { Description = "The store built for the ingest and query figures (replaced).", DefaultValueFactory = _ => Path.Combine(".corpus", "bench.db") };
        var skipStore = new Option<bool>("--no-store") { Description = "Measure extraction only." };
        var scale = new Option<int?>("--scale-store")
        {
            Description = "Instead: build a store of N generated decisions (two opinions each) in .corpus/scale.db and time relies-on and cited-by on it.",
        };
        var command = new Command("bench", "Measure extraction, ingest, queries and rendering over a corpus.")
        {
            corpus, synthetic, threads, limit, json, database, skipStore, scale,
        };
        command.SetAction(parse => CommandRunner.Guard(() =>
        {
            if (parse.GetValue(scale) is { } decisions)
            {
                Console.Out.Write(ScaleStoreBench.Run(decisions, Path.Combine(".corpus", "scale.db"), parse.GetValue(threads), parse.GetValue(json)));
                return CommandRunner.Ok;
            }
            var files = Inputs(parse.GetValue(corpus), parse.GetValue(synthetic));
            if (parse.GetValue(limit) is { } max)
            {
                files = files.Take(max).ToList();
            }
            var analyzer = new DocumentAnalyzer();
            var report = ExtractionBenchmark.Run(files, analyzer, parse.GetValue(threads));
            StoreBenchmark.Report? store = null;
            if (!parse.GetValue(skipStore))
            {
                var path = parse.GetValue(database)!;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                store = StoreBenchmark.Run(files, path, analyzer, parse.GetValue(threads));
            }
            var renders = new[] { 50, 200, 1000 }.Select(nodes => RenderBenchmark.Run(nodes)).ToList();
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000.0;
            Console.Out.Write(parse.GetValue(json) ? Json(report, store, renders, peak) : Table(report, store, renders, peak));
            return CommandRunner.Ok;
        }));
        return command;
    }

    private static IReadOnlyList<string> Inputs(string? corpus, int? synthetic)
    {
        if (synthetic is { } count)
        {
            if (count <= 0)
            {
                throw new UsageException("--synthetic takes a positive number of decisions");
            }
            return WriteSynthetic(count);
        }
        var source = corpus ?? DefaultArchive;
        if (source.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || source.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(source))
            {
                throw new Reading.InputException(source, "no such corpus archive");
            }
            source = CorpusArchive.Unpack(source, Path.Combine(".corpus", Path.GetFileName(source).Split('.')[0]));
        }
        var files = CorpusFiles.Enumerate(source);
        if (files.Count == 0)
        {
            throw new Reading.InputException(source, Directory.Exists(source) ? "no opinion files in this folder" : "no such file or folder");
        }
        return files;
    }

    private static IReadOnlyList<string> WriteSynthetic(int count)
    {
        var folder = Path.Combine(".corpus", "synthetic-" + count.ToString(CultureInfo.InvariantCulture));
        var marker = Path.Combine(folder, ".complete");
        if (!File.Exists(marker))
        {
            Directory.CreateDirectory(Path.Combine(folder, "raw"));
            Directory.CreateDirectory(Path.Combine(folder, "normalized"));
            foreach (var document in new SyntheticOpinionGenerator().Generate(count))
            {
                File.WriteAllText(Path.Combine(folder, "raw", document.Name), document.Raw);
                File.WriteAllText(Path.Combine(folder, "normalized", document.Name), document.Normalized);
            }
            File.WriteAllText(marker, "");
        }
        return CorpusFiles.Enumerate(folder);
    }

    private static string Table(ExtractionReport report, StoreBenchmark.Report? store, IReadOnlyList<RenderBenchmark.Timing> renders, double peakMegabytes)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        text.AppendLine(c, $"documents: {report.Documents} ({report.Rejected} rejected), {report.Megabytes:0.0} MB, {report.Opinions} opinions, {report.Citations} citations");
        text.AppendLine(c, $"extraction: {report.WallSeconds:0.00} s, {report.MegabytesPerSecond:0.0} MB/s, {report.DocumentsPerSecond:0.0} documents/s, {report.CitationsPerSecond:0} citations/s");
        text.AppendLine(c, $"extraction CPU: {report.CpuSeconds:0.00} s (all threads, GC included), {report.MegabytesPerCpuSecond:0.0} MB per CPU-second");
        text.AppendLine(c, $"decisions with an authored opinion: {report.DocumentsWithAuthoredOpinion}/{report.Documents}");
        text.AppendLine(report.StagesMeasureCpu
            ? "per stage (thread CPU, summed over threads): seconds, MB/s"
            : "per stage (elapsed, summed over threads): seconds, MB/s");
        foreach (var (stage, seconds) in report.Stages)
        {
            text.AppendLine(c, $"  {stage,-10} {seconds,8:0.000} {(seconds > 0 ? report.Megabytes / seconds : 0),10:0.0}");
        }
        if (store is not null)
        {
            text.AppendLine(c, $"ingest: {store.IngestSeconds:0.00} s for {store.Stored} documents ({store.Refused} refused), database {store.DatabaseMegabytes:0.0} MB ({store.DatabaseMegabytes / Math.Max(report.Megabytes, 0.001):0.00}x the text)");
            foreach (var (query, latency) in store.Queries)
            {
                text.AppendLine(c, $"  query {query,-11} p50 {latency.P50,8:0.000} ms  p95 {latency.P95,8:0.000} ms  ({latency.Runs} runs)");
            }
        }
        foreach (var render in renders)
        {
            text.AppendLine(c, $"render {render.Nodes,5} nodes: DOT {render.DotMilliseconds:0.0} ms, built-in SVG {render.BuiltinSvgMilliseconds:0.0} ms");
        }
        text.AppendLine(c, $"peak working set: {peakMegabytes:0} MB");
        return text.ToString();
    }

    private static string Json(ExtractionReport report, StoreBenchmark.Report? store, IReadOnlyList<RenderBenchmark.Timing> renders, double peakMegabytes)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("documents", report.Documents);
            json.WriteNumber("rejected", report.Rejected);
            json.WriteNumber("megabytes", Math.Round(report.Megabytes, 3));
            json.WriteNumber("extractSeconds", Math.Round(report.WallSeconds, 3));
            json.WriteNumber("extractMegabytesPerSecond", Math.Round(report.MegabytesPerSecond, 2));
            json.WriteNumber("documentsPerSecond", Math.Round(report.DocumentsPerSecond, 1));
            json.WriteNumber("citationsPerSecond", Math.Round(report.CitationsPerSecond, 0));
            json.WriteNumber("extractCpuSeconds", Math.Round(report.CpuSeconds, 3));
            json.WriteStartObject("stageSeconds");
            foreach (var (stage, seconds) in report.Stages)
            {
                json.WriteNumber(stage, Math.Round(seconds, 3));
            }
            json.WriteEndObject();
            json.WriteNumber("ingestSeconds", Math.Round(store?.IngestSeconds ?? 0, 3));
            json.WriteNumber("databaseMegabytes", Math.Round(store?.DatabaseMegabytes ?? 0, 3));
            json.WriteStartObject("queryMilliseconds");
            foreach (var (query, latency) in store?.Queries ?? [])
            {
                json.WriteStartObject(query);
                json.WriteNumber("p50", latency.P50);
                json.WriteNumber("p95", latency.P95);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteStartObject("renderMilliseconds");
            foreach (var render in renders)
            {
                json.WriteStartObject(render.Nodes.ToString(CultureInfo.InvariantCulture));
                json.WriteNumber("dot", render.DotMilliseconds);
                json.WriteNumber("builtinSvg", render.BuiltinSvgMilliseconds);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteNumber("peakWorkingSetMegabytes", Math.Round(peakMegabytes, 1));
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
