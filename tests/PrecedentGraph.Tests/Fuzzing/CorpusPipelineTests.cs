using PrecedentGraph.Analysis;
using PrecedentGraph.Reading;
using PrecedentGraph.Tests.Segmentation;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>The whole pipeline (reader and every stage) over every file of the shared corpus: no exception but the
/// reader's <see cref="InputException"/>, every span inside its text. Reports the counts.</summary>
public sealed class CorpusPipelineTests(ITestOutputHelper output)
{
    [Fact]
    public void Analyze_WholeCorpus_NeverThrowsSpansInside()
    {
        var folder = CorpusFixture.Directory;
        Assert.True(folder is not null, "corpus archive missing: " + CorpusFixture.Archive);
        var files = Directory.GetFiles(folder!, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 2000, $"only {files.Count} files unpacked");

        var analyzer = new DocumentAnalyzer();
        var failures = new List<string>();
        int analyzed = 0, refused = 0, windows1252 = 0, mentions = 0, opinions = 0, edges = 0;
        foreach (var file in files)
        {
            try
            {
                var document = DocumentReader.ReadFile(file);
                windows1252 += document.Diagnostics.Any(d => d.Code == "encoding") ? 1 : 0;
                var analysis = analyzer.Analyze(document);
                SpanChecks.Analysis(analysis);
                analyzed++;
                mentions += analysis.Citations.Cases.Count;
                opinions += analysis.Segmentation.Opinions.Count;
                edges += analysis.Graph.Edges.Count;
            }
            catch (InputException e)
            {
                refused++;
                output.WriteLine("refused: " + e.Message);
            }
            catch (Exception e)
            {
                failures.Add($"{Path.GetFileName(file)}: {e.GetType().Name}: {e.Message}");
            }
        }
        output.WriteLine($"corpus: {files.Count} files, {analyzed} analysed, {refused} refused by the reader, {failures.Count} exceptions; "
            + $"{windows1252} read as Windows-1252; {opinions} opinions, {mentions} case mentions, {edges} graph edges");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.True(analyzed > 2000, $"only {analyzed} analysed");
    }
}
