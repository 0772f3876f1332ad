using System.Diagnostics;
using PrecedentGraph.Analysis;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Corpus;

/// <summary>Builds a store from files (parallel analysis, one writer) and measures query latencies on it.</summary>
public static class StoreBenchmark
{
    /// <param name="CpuMean">Mean process CPU time per run (ms): on a loaded machine wall-clock latency mostly measures the wait for a core.</param>
    public sealed record Latency(double P50, double P95, int Runs, double CpuMean = 0);

    public sealed record Report(
        double IngestSeconds,
        int Stored,
        int Refused,
        double DatabaseMegabytes,
        IReadOnlyList<(string Query, Latency Latency)> Queries);

    /// <summary>The store's side of an ingest alone: time and process CPU of writing already-analysed documents.</summary>
    public sealed record WriterReport(int Documents, double WallSeconds, double CpuSeconds, double DatabaseMegabytes)
    {
        public double MillisecondsPerDocument => Documents == 0 ? 0 : WallSeconds * 1000 / Documents;

        public double CpuMillisecondsPerDocument => Documents == 0 ? 0 : CpuSeconds * 1000 / Documents;
    }

    /// <summary>Analyses <paramref name="files"/> first (in parallel, all held in memory: keep the sample small), then
    /// writes them into a new store at <paramref name="databasePath"/> in batches of <paramref name="batchSize"/>, with
    /// nothing else running in the process, and measures only the writing (the citation summary included).</summary>
    public static WriterReport MeasureWriter(IReadOnlyList<string> files, string databasePath, DocumentAnalyzer analyzer, int workers, int batchSize = 32)
    {
        DeleteDatabase(databasePath);
        var prepared = new (DocumentAnalysis Analysis, byte[]? Text)?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) }, i =>
        {
            try
            {
                var document = Reading.DocumentReader.ReadFile(files[i]);
                prepared[i] = (analyzer.Analyze(document), CorpusStore.CompressText(document.Text));
            }
            catch (Reading.InputException)
            {
                prepared[i] = null;
            }
        });
        var documents = prepared.OfType<(DocumentAnalysis, byte[]?)>().ToList();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using (var store = CorpusStore.Open(databasePath))
        {
            foreach (var batch in documents.Chunk(Math.Max(1, batchSize)))
            {
                store.IngestMany(batch);
            }
            store.SummarizeCitations();
        }
        clock.Stop();
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        return new WriterReport(documents.Count, clock.Elapsed.TotalSeconds, used.TotalSeconds, Size(databasePath));
    }

    /// <summary>A store built from generated decisions and the latency of relies-on over its most cited cases.</summary>
    public sealed record SyntheticReport(int Decisions, double BuildSeconds, double BuildCpuSeconds, double WritingSeconds, double DatabaseMegabytes, Latency ReliesOn, Latency CitedBy);

    /// <summary>Builds a store from <paramref name="count"/> generated decisions (<see cref="SyntheticOpinionGenerator"/>,
    /// raw form only), through the real pipeline (analysis included), without writing files: the generator feeds the
    /// workers in order, holding only the documents in flight. Then measures relies-on and cited-by over the most cited cases.</summary>
    public static SyntheticReport RunSynthetic(int count, string databasePath, DocumentAnalyzer analyzer, int workers, int sampleCases = 20)
    {
        DeleteDatabase(databasePath);
        var generated = new SyntheticOpinionGenerator().Generate(count).GetEnumerator();
        var ready = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            names.Add($"synthetic-{i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)}.txt");
        }
        var gate = new object();
        Model.SourceDocument Read(string name)
        {
            string raw;
            lock (gate)
            {
                // Workers ask in (nearly) file order: generate up to the one asked for, keep the few ahead of it.
                while (!ready.ContainsKey(name) && generated.MoveNext())
                {
                    ready[generated.Current.Name] = generated.Current.Raw;
                }
                ready.Remove(name, out raw!);
            }
            return Reading.DocumentReader.ReadBytes(System.Text.Encoding.UTF8.GetBytes(raw), name);
        }
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        CorpusIngestResult result;
        using (var store = CorpusStore.Open(databasePath))
        {
            result = CorpusIngestPipeline.Run(names, store, analyzer, new CorpusIngestOptions(workers, 64, SkipStoredContent: false, Reader: Read));
        }
        clock.Stop();
        process.Refresh();
        var buildCpu = (process.TotalProcessorTime - cpu).TotalSeconds;
        using var query = CorpusStore.Open(databasePath, StoreOptions.Query);
        var queries = new StoreQueries(query);
        var cases = QueryTexts(queries, queries.MostCited(sampleCases));
        return new SyntheticReport(result.Documents, clock.Elapsed.TotalSeconds, buildCpu, result.Writing.TotalSeconds, Size(databasePath),
            Measure(cases, c => queries.ReliesOn(c)), Measure(cases, c => queries.CitedBy(c)));
    }

    public static Report Run(IReadOnlyList<string> files, string databasePath, DocumentAnalyzer analyzer, int workers, int sampleCases = 20)
    {
        DeleteDatabase(databasePath);
        var clock = Stopwatch.StartNew();
        IReadOnlyList<CorpusIngestPipeline.Outcome> outcomes;
        using (var store = CorpusStore.Open(databasePath))
        {
            outcomes = CorpusIngestPipeline.Run(files, store, analyzer, workers);
        }
        var ingestSeconds = clock.Elapsed.TotalSeconds;
        var size = Size(databasePath);

        var queries = MeasureQueries(databasePath, sampleCases);
        return new Report(ingestSeconds, outcomes.Count(o => o.Result is not null), outcomes.Count(o => o.Result is null), size, queries);
    }

    /// <summary>Latency of relies-on, cited-by and path over the <paramref name="sampleCases"/> most cited cases of a
    /// store (three rounds after a warm-up), and of most-cited itself.</summary>
    public static IReadOnlyList<(string Query, Latency Latency)> MeasureQueries(string databasePath, int sampleCases = 20)
    {
        var queries = new List<(string, Latency)>();
        using var store = CorpusStore.Open(databasePath, StoreOptions.Query);
        var query = new StoreQueries(store);
        var top = Measure(() => query.MostCited(sampleCases), 5, out var mostCited);
        var cases = QueryTexts(query, top);
        if (cases.Count > 0)
        {
            queries.Add(("relies-on", Measure(cases, c => query.ReliesOn(c))));
            queries.Add(("cited-by", Measure(cases, c => query.CitedBy(c))));
            var pairs = cases.Zip(cases.Skip(1).Append(cases[0])).ToList();
            queries.Add(("path", Measure(pairs, p => SafePath(query, p.First, p.Second))));
        }
        queries.Add(("most-cited", mostCited));
        return queries;
    }

    /// <summary>What a user would type for each row: its citation where it has one (two decisions may share a slug),
    /// else its node id; rows that would still be ambiguous are left out.</summary>
    private static List<string> QueryTexts(StoreQueries query, IReadOnlyList<MostCitedRow> rows)
    {
        var texts = new List<string>();
        foreach (var row in rows)
        {
            var text = row.Citation ?? row.CaseNode;
            try
            {
                query.FindCase(text);
                texts.Add(text);
            }
            catch (StoreQueryException)
            {
            }
        }
        return texts;
    }

    private static void DeleteDatabase(string databasePath)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }
    }

    private static double Size(string databasePath) =>
        new[] { "", "-wal" }.Select(s => databasePath + s).Where(File.Exists).Sum(p => new FileInfo(p).Length) / 1_000_000.0;

    private static IReadOnlyList<PathStepRow> SafePath(StoreQueries query, string from, string to)
    {
        try
        {
            return query.Path(from, to);
        }
        catch (StoreQueryException)
        {
            return [];
        }
    }

    private static T Measure<T>(Func<T> run, int times, out Latency latency)
    {
        var result = run();
        var samples = new List<double>();
        var cpu = ProcessorTime();
        for (var i = 0; i < times; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }
        latency = Summarize(samples, ProcessorTime() - cpu);
        return result;
    }

    private static Latency Measure<T, TResult>(IReadOnlyList<T> inputs, Func<T, TResult> run)
    {
        foreach (var input in inputs.Take(2))
        {
            run(input); // warm up statements and page cache
        }
        var samples = new List<double>();
        var cpu = ProcessorTime();
        for (var round = 0; round < 3; round++)
        {
            foreach (var input in inputs)
            {
                var watch = Stopwatch.StartNew();
                run(input);
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        return Summarize(samples, ProcessorTime() - cpu);
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static Latency Summarize(List<double> samples, TimeSpan cpu)
    {
        samples.Sort();
        double At(double q) => samples.Count == 0 ? 0 : samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(q * samples.Count) - 1)];
        return new Latency(Math.Round(At(0.50), 3), Math.Round(At(0.95), 3), samples.Count,
            samples.Count == 0 ? 0 : Math.Round(cpu.TotalMilliseconds / samples.Count, 3));
    }
}
