using System.Globalization;
using System.Text;
using System.Text.Json;
using PrecedentGraph.Analysis;
using PrecedentGraph.Corpus;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Cli.Commands;

/// <summary>`bench --scale-store N`: builds a store of N generated decisions (two opinions each, raw form, through the whole
/// pipeline: analysis, one writer, citation summary) and times relies-on and cited-by over its most cited cases: how the
/// store answers at a size the shared corpus does not reach.</summary>
internal static class ScaleStoreBench
{
    public static string Run(int decisions, string databasePath, int threads, bool json)
    {
        if (decisions <= 0)
        {
            throw new UsageException("--scale-store takes a positive number of decisions");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        var report = StoreBenchmark.RunSynthetic(decisions, databasePath, new DocumentAnalyzer(), threads);
        var opinions = Convert.ToInt64(new ReadOnlySqlRunner(databasePath).Run("SELECT count(*) FROM opinions", TimeSpan.FromMinutes(1)).Rows[0][0],
            CultureInfo.InvariantCulture);
        return json ? Json(report, opinions) : Table(report, opinions);
    }

    private static string Table(StoreBenchmark.SyntheticReport report, long opinions)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        text.AppendLine(c, $"scale store: {report.Decisions} generated decisions, {opinions} opinions, built in {report.BuildSeconds:0.0} s ({report.BuildCpuSeconds:0.0} s CPU, store writes {report.WritingSeconds:0.0} s), database {report.DatabaseMegabytes:0.0} MB");
        foreach (var (query, latency) in new[] { ("relies-on", report.ReliesOn), ("cited-by", report.CitedBy) })
        {
            text.AppendLine(c, $"  query {query,-11} p50 {latency.P50,8:0.000} ms  p95 {latency.P95,8:0.000} ms  ({latency.Runs} runs)");
        }
        return text.ToString();
    }

    private static string Json(StoreBenchmark.SyntheticReport report, long opinions)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("decisions", report.Decisions);
            json.WriteNumber("opinions", opinions);
            json.WriteNumber("buildSeconds", Math.Round(report.BuildSeconds, 3));
            json.WriteNumber("databaseMegabytes", Math.Round(report.DatabaseMegabytes, 3));
            json.WriteStartObject("queryMilliseconds");
            foreach (var (query, latency) in new[] { ("relies-on", report.ReliesOn), ("cited-by", report.CitedBy) })
            {
                json.WriteStartObject(query);
                json.WriteNumber("p50", latency.P50);
                json.WriteNumber("p95", latency.P95);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
