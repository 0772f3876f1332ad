using System.Diagnostics;
using System.Globalization;
using PrecedentGraph.Storage;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Storage;

/// <summary>Runs the case queries over a store built from the whole shared corpus, when PG_CORPUS_DB names one
/// (`precedent-graph ingest findlaw-scotus --db X`); otherwise over the dev set and the sample. Reports p50/p95 of
/// relies-on and cited-by (reported, never asserted: wall-clock varies with the machine).</summary>
public sealed class StoreQueriesCorpusTests(ITestOutputHelper output) : IDisposable
{
    private readonly StoreTestDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void CaseQueries_MostCitedCases_AnswerWithRows()
    {
        var path = Environment.GetEnvironmentVariable("PG_CORPUS_DB");
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            path = directory.File("devset.db");
            using var build = CorpusStore.Open(path);
            var analyzer = new PrecedentGraph.Analysis.DocumentAnalyzer();
            foreach (var file in Directory.GetFiles(TestPaths.DevSet, "*.txt").Append(TestPaths.Sample).Order(StringComparer.Ordinal))
            {
                build.Ingest(analyzer.Analyze(PrecedentGraph.Reading.DocumentReader.ReadFile(file)));
            }
        }
        using var store = CorpusStore.Open(path, StoreOptions.Query);
        var queries = new StoreQueries(store);
        var mostCited = Stopwatch.StartNew();
        var network = new GraphLoader(store).LoadCitationNetwork();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"citation network: {network.VertexCount} vertices, {network.EdgeCount} edges, loaded in {mostCited.Elapsed.TotalMilliseconds:0} ms"));
        mostCited.Restart();
        var cases = queries.MostCited(50);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"most-cited (with PageRank): {mostCited.Elapsed.TotalMilliseconds:0} ms"));
        Assert.NotEmpty(cases);
        var timings = new Dictionary<string, List<double>>(StringComparer.Ordinal) { ["relies-on"] = [], ["cited-by"] = [] };
        foreach (var row in cases)
        {
            // Two decisions may share a slug, two cases a citation (a resolver's slip): the row's own case is the one
            // whose node answers; text that names several is left out.
            var key = new[] { row.Citation, row.CaseNode[(row.CaseNode.IndexOf(':', StringComparison.Ordinal) + 1)..] }
                .OfType<string>().FirstOrDefault(text => Unique(queries, text, row.CaseNode));
            if (key is null)
            {
                continue;
            }
            var clock = Stopwatch.StartNew();
            queries.ReliesOn(key);
            timings["relies-on"].Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var citing = queries.CitedBy(key);
            timings["cited-by"].Add(clock.Elapsed.TotalMilliseconds);
            Assert.Equal(row.Opinions, citing.Count);
        }
        Assert.NotEmpty(timings["cited-by"]);
        foreach (var (name, values) in timings)
        {
            values.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: n={values.Count} p50={values[values.Count / 2]:0.0} ms p95={values[(int)Math.Min(values.Count - 1, Math.Ceiling(values.Count * 0.95) - 1)]:0.0} ms"));
        }
    }

    private static bool Unique(StoreQueries queries, string text, string node)
    {
        try
        {
            return queries.FindCase(text).NodeId == node;
        }
        catch (StoreQueryException)
        {
            return false;
        }
    }
}
