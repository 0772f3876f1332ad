using System.Diagnostics;
using PrecedentGraph.Analysis;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Corpus;

/// <summary>Builds a store from files (parallel analysis, one writer) and measures query latencies on it.</summary>
public static class StoreBenchmark
{
    public sealed record Latency(double P50, double P95, int Runs);

    public sealed record Report(
        double IngestSeconds,
        int Stored,
        int Refused,
        double DatabaseMegabytes,
        IReadOnlyList<(string Query, Latency Latency)> Queries);

    public static Report Run(IReadOnlyList<string> files, string databasePath, DocumentAnalyzer analyzer, int workers, int sampleCases = 20)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }
        var clock = Stopwatch.StartNew();
        IReadOnlyList<CorpusIngestPipeline.Outcome> outcomes;
        using (var store = CorpusStore.Open(databasePath))
        {
            outcomes = CorpusIngestPipeline.Run(files, store, analyzer, workers);
        }
        var ingestSeconds = clock.Elapsed.TotalSeconds;
        var size = new[] { "", "-wal" }.Select(s => databasePath + s).Where(File.Exists).Sum(p => new FileInfo(p).Length) / 1_000_000.0;

        var queries = new List<(string, Latency)>();
        using (var store = CorpusStore.Open(databasePath, StoreOptions.Query))
        {
            var query = new StoreQueries(store);
            var top = Measure(() => query.MostCited(sampleCases), 5, out var mostCited);
            var cases = top.Select(row => row.CaseNode).ToList();
            if (cases.Count > 0)
            {
                queries.Add(("relies-on", Measure(cases, c => query.ReliesOn(c))));
                queries.Add(("cited-by", Measure(cases, c => query.CitedBy(c))));
                var pairs = cases.Zip(cases.Skip(1).Append(cases[0])).ToList();
                queries.Add(("path", Measure(pairs, p => SafePath(query, p.First, p.Second))));
            }
            queries.Add(("most-cited", mostCited));
        }
        return new Report(ingestSeconds, outcomes.Count(o => o.Result is not null), outcomes.Count(o => o.Result is null), size, queries);
    }

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
        for (var i = 0; i < times; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }
        latency = Summarize(samples);
        return result;
    }

    private static Latency Measure<T, TResult>(IReadOnlyList<T> inputs, Func<T, TResult> run)
    {
        foreach (var input in inputs.Take(2))
        {
            run(input); // warm up statements and page cache
        }
        var samples = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var input in inputs)
            {
                var watch = Stopwatch.StartNew();
                run(input);
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        return Summarize(samples);
    }

    private static Latency Summarize(List<double> samples)
    {
        samples.Sort();
        double At(double q) => samples.Count == 0 ? 0 : samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(q * samples.Count) - 1)];
        return new Latency(Math.Round(At(0.50), 3), Math.Round(At(0.95), 3), samples.Count);
    }
}
