using PrecedentGraph.Analysis;
using PrecedentGraph.Reading;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Analysis;

public sealed class ParallelAnalyzerTests
{
    /// <summary>The dev set's decisions (raw and normalized), the sample and a binary file, on 1 to 3 workers: the
    /// analyses come back in file order and equal the one-by-one analyses byte for byte; the unreadable file comes
    /// back with its problem at its turn.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Run_SeveralWorkers_GivesSequentialResultsInFileOrder(int workers)
    {
        var binary = Path.Combine(Path.GetTempPath(), $"parallel-analyzer-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(binary, [0x50, 0x4b, 0x00, 0x01, 0x02]);
        try
        {
            var files = Directory.GetFiles(TestPaths.DevSet, "*.txt").Order(StringComparer.Ordinal).Append(binary).Append(TestPaths.Sample).ToList();
            var analyzer = new DocumentAnalyzer();

            var results = ParallelAnalyzer.Run(files, analyzer, workers).ToList();

            Assert.Equal(Enumerable.Range(0, files.Count), results.Select(r => r.Index));
            Assert.Equal(files, results.Select(r => r.Path));
            for (var i = 0; i < files.Count; i++)
            {
                if (files[i] == binary)
                {
                    Assert.Null(results[i].Analysis);
                    Assert.IsType<InputException>(results[i].Problem);
                    continue;
                }
                var expected = GraphJsonWriter.Write(analyzer.Analyze(DocumentReader.ReadFile(files[i])).Graph);
                Assert.Equal(expected, GraphJsonWriter.Write(results[i].Analysis!.Graph));
            }
        }
        finally
        {
            File.Delete(binary);
        }
    }

    /// <summary>A caller that stops early gets what it asked for, and the workers leave.</summary>
    [Fact]
    public void Run_CallerStopsEarly_GivesTheFirstFiles()
    {
        var files = Enumerable.Repeat(TestPaths.Sample, 12).ToList();

        var first = ParallelAnalyzer.Run(files, new DocumentAnalyzer(), 2).Take(2).ToList();

        Assert.Equal([0, 1], first.Select(f => f.Index));
        Assert.All(first, f => Assert.NotNull(f.Analysis));
    }
}
