using Microsoft.Data.Sqlite;
using PrecedentGraph.Analysis;
using PrecedentGraph.Corpus;
using PrecedentGraph.Reading;
using PrecedentGraph.Storage;
using PrecedentGraph.Tests.Storage;

namespace PrecedentGraph.Tests.Corpus;

public sealed class CorpusIngestPipelineTests : IDisposable
{
    private readonly StoreTestDirectory directory = new();

    public void Dispose() => directory.Dispose();

    /// <summary>Copies of the sample that differ by a line (so none is the same content), a binary file, and an exact duplicate.</summary>
    private List<string> Files(int copies)
    {
        var text = File.ReadAllText(TestPaths.Sample);
        var files = new List<string>();
        for (var i = 0; i < copies; i++)
        {
            var path = directory.File($"copy-{i}.txt");
            File.WriteAllText(path, text + $"\ncopy {i}\n");
            files.Add(path);
        }
        return files;
    }

    private static long Count(CorpusStore store, string sql)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(2, 3)]
    public void Run_MixedInputs_OutcomesInInputOrderBadFileReported(int workers, int batch)
    {
        var files = Files(4);
        var binary = directory.File("binary.txt");
        File.WriteAllBytes(binary, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x00, 0x01, 0x02]);
        var duplicate = directory.File("duplicate.txt");
        File.Copy(files[0], duplicate);
        List<string> inputs = [files[0], files[1], binary, files[2], duplicate, files[3]];
        using var store = CorpusStore.Open(directory.File("mixed.db"));
        var reported = new List<int>();
        var result = CorpusIngestPipeline.Run(inputs, store, new DocumentAnalyzer(), new CorpusIngestOptions(workers, batch), o => reported.Add(o.Index));
        Assert.Equal([0, 1, 2, 3, 4, 5], reported);
        Assert.Equal(inputs, result.Outcomes.Select(o => o.Path));
        Assert.NotNull(result.Outcomes[2].Problem);
        Assert.Null(result.Outcomes[2].Result);
        Assert.Equal(IngestStatus.Unchanged, result.Outcomes[4].Result!.Status);
        Assert.Equal(files[0], result.Outcomes[4].Result!.StoredAs);
        Assert.All(new[] { 0, 1, 3, 5 }, i => Assert.Equal(IngestStatus.Added, result.Outcomes[i].Result!.Status));
        Assert.Equal(4, result.Documents);
        Assert.Equal(4L, Count(store, "SELECT count(*) FROM documents"));
    }

    [Fact]
    public void Run_SecondRun_SkipsStoredContentBeforeAnalysisAndReplacesChangedFile()
    {
        var files = Files(3);
        var path = directory.File("rerun.db");
        using (var store = CorpusStore.Open(path))
        {
            CorpusIngestPipeline.Run(files, store, new DocumentAnalyzer(), new CorpusIngestOptions(2, 2));
        }
        File.AppendAllText(files[1], "\nchanged\n");
        using (var store = CorpusStore.Open(path))
        {
            var result = CorpusIngestPipeline.Run(files, store, new DocumentAnalyzer(), new CorpusIngestOptions(2, 2));
            Assert.Equal([IngestStatus.Unchanged, IngestStatus.Replaced, IngestStatus.Unchanged], result.Outcomes.Select(o => o.Result!.Status));
            // Skipped before analysis: no decision was read out of them.
            Assert.Equal("", result.Outcomes[0].Result!.Decision);
            Assert.Equal(files[0], result.Outcomes[0].Result!.StoredAs);
            Assert.NotEqual("", result.Outcomes[1].Result!.Decision);
            Assert.Equal(1, result.Documents);
            Assert.Equal(3L, Count(store, "SELECT count(*) FROM documents"));
            Assert.Equal(3L, Count(store, "SELECT count(*) FROM decisions"));
        }
    }

    [Fact]
    public void Run_NothingNewAfterARunKilledBeforeItsSummary_SummarizesAnyway()
    {
        var files = Files(2);
        using var store = CorpusStore.Open(directory.File("unsummarized.db"));
        // Stored without the pipeline's final summary, as by an ingest killed just before it.
        store.IngestMany(files.Select(f => new DocumentAnalyzer().Analyze(DocumentReader.ReadFile(f))).ToList());
        Assert.False(CitationSummary.IsCurrent(store.Connection));
        var result = CorpusIngestPipeline.Run(files, store, new DocumentAnalyzer(), new CorpusIngestOptions(1, 4));
        Assert.Equal(0, result.Documents);
        Assert.True(CitationSummary.IsCurrent(store.Connection));
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(2, 8)]
    public void Run_BatchBeingStored_WorkersAlreadyReadTheNextBatch(int workers, int batch)
    {
        // The first outcome is reported after the first batch is committed, and before its slots are freed: it waits
        // for the reader to be asked for the first file of the next batch. With room for one batch only, no worker could
        // take that file until the report returned, so the wait ran out.
        var files = Files(batch + 1);
        var nextBatchAsked = new ManualResetEventSlim();
        var options = new CorpusIngestOptions(workers, batch, Reader: p =>
        {
            if (p == files[batch])
            {
                nextBatchAsked.Set();
            }
            return DocumentReader.ReadFile(p);
        });
        var askedDuringTheFirstReport = new List<bool>();
        using var store = CorpusStore.Open(directory.File($"overlap-{workers}-{batch}.db"));
        var result = CorpusIngestPipeline.Run(files, store, new DocumentAnalyzer(), options, o =>
        {
            if (o.Index == 0)
            {
                askedDuringTheFirstReport.Add(nextBatchAsked.Wait(TimeSpan.FromSeconds(30)));
            }
        });
        Assert.Equal([true], askedDuringTheFirstReport);
        Assert.Equal(batch + 1, result.Documents);
    }

    [Fact]
    public void Run_ReaderRefusesOnePath_OthersStoredAndNothingThrown()
    {
        var files = Files(2);
        List<string> inputs = [files[0], "-", files[1]];
        using var store = CorpusStore.Open(directory.File("reader.db"));
        var options = new CorpusIngestOptions(2, 8, Reader: p => p == "-" ? throw new InputException(p, "refused by the reader") : DocumentReader.ReadFile(p));
        var result = CorpusIngestPipeline.Run(inputs, store, new DocumentAnalyzer(), options);
        Assert.Equal("refused by the reader", result.Outcomes[1].Problem);
        Assert.Equal(2L, Count(store, "SELECT count(*) FROM documents"));
    }

    [Fact]
    public void Run_StoresSomething_CitationSummaryIsCurrentAndMatchesLive()
    {
        var files = Directory.GetFiles(TestPaths.DevSet, "*.raw.txt").Order(StringComparer.Ordinal).Take(3).Append(TestPaths.Sample).ToList();
        var path = directory.File("summary.db");
        using var store = CorpusStore.Open(path);
        var result = CorpusIngestPipeline.Run(files, store, new DocumentAnalyzer(), new CorpusIngestOptions(2, 2));
        Assert.True(result.Documents > 0);
        Assert.True(CitationSummary.IsCurrent(store.Connection));
        var stored = new StoreQueries(store).MostCited(25);
        Assert.NotEmpty(stored);
        var live = CitationSummary.Compute(store).Take(25).ToList();
        Assert.Equal(live.Select(e => (e.Opinions, e.Decisions)), stored.Select(r => (r.Opinions, r.Decisions)));
        Assert.Equal(live.Select(e => Math.Round(e.PageRank, 6)), stored.Select(r => r.PageRank));
    }
}
