using System.Globalization;
using PrecedentGraph.Analysis;
using PrecedentGraph.Corpus;
using PrecedentGraph.Storage;
using PrecedentGraph.Tests.Storage;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Corpus;

/// <summary>The store's benchmarks on small inputs (CI), or on bigger ones when asked: PG_WRITER_CORPUS (a folder) and
/// PG_WRITER_LIMIT (files, default 300) for the writer alone; PG_SYNTHETIC_N for a synthetic store. Figures are printed
/// (`--logger "console;verbosity=detailed"`), never asserted: wall-clock varies with the machine.</summary>
public sealed class StoreBenchmarkTests(ITestOutputHelper output) : IDisposable
{
    private readonly StoreTestDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void MeasureWriter_Files_WritesEveryAnalysedDocument()
    {
        var folder = Environment.GetEnvironmentVariable("PG_WRITER_CORPUS");
        var limit = int.TryParse(Environment.GetEnvironmentVariable("PG_WRITER_LIMIT"), out var n) && n > 0 ? n : 300;
        var files = string.IsNullOrEmpty(folder)
            ? Directory.GetFiles(TestPaths.DevSet, "*.txt").Append(TestPaths.Sample).Order(StringComparer.Ordinal).ToList()
            : CorpusFiles.Enumerate(folder).Take(limit).ToList();
        var path = directory.File("writer.db");
        var report = StoreBenchmark.MeasureWriter(files, path, new DocumentAnalyzer(), Environment.ProcessorCount);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"writer: {report.Documents} documents in {report.WallSeconds:0.00} s wall, {report.CpuSeconds:0.00} s CPU: {report.MillisecondsPerDocument:0.0} ms ({report.CpuMillisecondsPerDocument:0.0} ms CPU) per document; {report.DatabaseMegabytes:0.0} MB"));
        Assert.Equal(files.Count, report.Documents);
        using var store = CorpusStore.Open(path, StoreOptions.Query);
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM documents";
        // Files with the same bytes are stored once.
        Assert.InRange((long)command.ExecuteScalar()!, 1, files.Count);
    }

    [Fact]
    public void MeasureQueries_Store_TimesEveryQuery()
    {
        var path = Environment.GetEnvironmentVariable("PG_CORPUS_DB");
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            path = directory.File("queries.db");
            FixtureCorpus.Create(path).Dispose();
        }
        var latencies = StoreBenchmark.MeasureQueries(path, 20);
        foreach (var (name, latency) in latencies)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: p50 {latency.P50:0.00} ms p95 {latency.P95:0.00} ms, CPU {latency.CpuMean:0.00} ms per run ({latency.Runs} runs)"));
        }
        Assert.Equal(["relies-on", "cited-by", "path", "most-cited"], latencies.Select(l => l.Query));
        Assert.All(latencies, l => Assert.True(l.Latency.Runs > 0));
    }

    [Fact]
    public void RunSynthetic_Decisions_StoresEachAndAnswersReliesOn()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("PG_SYNTHETIC_N"), out var n) && n > 0 ? n : 60;
        var path = Environment.GetEnvironmentVariable("PG_SYNTHETIC_DB") is { Length: > 0 } keep ? keep : directory.File("synthetic.db");
        var report = StoreBenchmark.RunSynthetic(count, path, new DocumentAnalyzer(), Environment.ProcessorCount);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"synthetic: {report.Decisions} decisions built in {report.BuildSeconds:0.0} s wall, {report.BuildCpuSeconds:0.0} s CPU ({report.WritingSeconds:0.0} s store writes), {report.DatabaseMegabytes:0.0} MB"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"relies-on p50 {report.ReliesOn.P50:0.00} ms p95 {report.ReliesOn.P95:0.00} ms CPU {report.ReliesOn.CpuMean:0.00} ms; cited-by p50 {report.CitedBy.P50:0.00} ms p95 {report.CitedBy.P95:0.00} ms CPU {report.CitedBy.CpuMean:0.00} ms ({report.ReliesOn.Runs} runs)"));
        Assert.Equal(count, report.Decisions);
        Assert.True(report.ReliesOn.Runs > 0);
    }
}
