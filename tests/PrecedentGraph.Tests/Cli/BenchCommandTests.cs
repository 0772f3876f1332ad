using System.Text.Json;

namespace PrecedentGraph.Tests.Cli;

/// <summary>`bench --scale-store N` in a child process: a generated store, its size and the query latencies, as a table
/// or JSON; a bad N is a usage error.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public void ScaleStore_SmallStore_ReportsOpinionsAndQueryLatencies()
    {
        var folder = Directory.CreateTempSubdirectory("pg-scale-");
        try
        {
            var result = CliProcess.Run(folder.FullName, "bench", "--scale-store", "12", "--json");
            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Output);
            var root = json.RootElement;
            Assert.Equal(12, root.GetProperty("decisions").GetInt32());
            Assert.Equal(24, root.GetProperty("opinions").GetInt32());
            foreach (var query in new[] { "relies-on", "cited-by" })
            {
                var latency = root.GetProperty("queryMilliseconds").GetProperty(query);
                Assert.True(latency.GetProperty("p95").GetDouble() >= latency.GetProperty("p50").GetDouble());
            }
            Assert.True(File.Exists(Path.Combine(folder.FullName, ".corpus", "scale.db")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void ScaleStore_NotPositive_ExitsTwoWithOneLine(string count)
    {
        var result = CliProcess.Run(Path.GetTempPath(), "bench", "--scale-store", count);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("--scale-store", result.Error);
    }
}
