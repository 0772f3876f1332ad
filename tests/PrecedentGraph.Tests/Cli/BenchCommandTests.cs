using System.Text.Json;

namespace PrecedentGraph.Tests.Cli;

/// <summary>`bench` in a child process: `--scale-store N` (a generated store, its size and the query latencies, as a table
/// or JSON; a bad N is a usage error) and `--synthetic N --no-store` (extraction and the render sizes).</summary>
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

    [Fact]
    public void Synthetic_NoStore_ReportsExtractionAndEveryRenderSize()
    {
        var folder = Directory.CreateTempSubdirectory("pg-bench-");
        try
        {
            var result = CliProcess.Run(folder.FullName, "bench", "--synthetic", "3", "--no-store", "--json");
            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Output);
            var renders = json.RootElement.GetProperty("renderMilliseconds");
            Assert.Equal(["50", "200", "1000"], renders.EnumerateObject().Select(render => render.Name));
            Assert.All(renders.EnumerateObject(), render => Assert.True(render.Value.GetProperty("builtinSvg").GetDouble() > 0));
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
