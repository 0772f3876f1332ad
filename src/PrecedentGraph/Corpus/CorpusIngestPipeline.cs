using System.Diagnostics;
using System.Threading.Channels;
using PrecedentGraph.Analysis;
using PrecedentGraph.Reading;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Corpus;

/// <summary>Reads and analyses files on several workers and stores them through one writer, in file order,
/// a batch per transaction. At most <c>inFlight</c> documents are held at once, so memory is bounded by the
/// largest documents, not by the corpus. Content the store already holds is skipped before analysis; a bad file
/// (unreadable, binary, empty, or a stage that threw) is an outcome with its problem, never an exception.</summary>
public static class CorpusIngestPipeline
{
    /// <summary>One file's outcome: stored or skipped as unchanged (with the store's result), or refused (with the problem).</summary>
    /// <param name="Index">The file's position in the input list.</param>
    public sealed record Outcome(string Path, IngestResult? Result, string? Problem, int Index = -1);

    private sealed record Work(int Index, DocumentAnalysis? Analysis, byte[]? Text, IngestResult? Skipped, string? Problem);

    public static IReadOnlyList<Outcome> Run(
        IReadOnlyList<string> files,
        CorpusStore store,
        DocumentAnalyzer analyzer,
        int workers,
        int batchSize = 32,
        Action<Outcome>? onOutcome = null) =>
        Run(files, store, analyzer, new CorpusIngestOptions(workers, batchSize), onOutcome).Outcomes;

    public static CorpusIngestResult Run(
        IReadOnlyList<string> files,
        CorpusStore store,
        DocumentAnalyzer analyzer,
        CorpusIngestOptions options,
        Action<Outcome>? onOutcome = null)
    {
        var workers = Math.Max(1, options.Workers);
        var batchSize = Math.Max(1, options.BatchSize);
        var read = options.Reader ?? DocumentReader.ReadFile;
        var writing = new Stopwatch();
        writing.Start();
        var stored = options.SkipStoredContent && !options.Reanalyze ? store.StoredContent() : new Dictionary<string, string>();
        writing.Stop();
        // Room for a batch and a half: the workers analyse the next batch while the writer stores this one. With room for
        // one, every slot was held by the batch being written, so analysis and writing took turns (corpus ingest 57 s);
        // room for two took 44 s but 394 MB at peak, a batch and a half 47 s and 355 MB (322 MB with room for one).
        var inFlight = batchSize + batchSize / 2 + workers * 2;
        var slots = new SemaphoreSlim(inFlight, inFlight);
        var channel = Channel.CreateBounded<Work>(inFlight);
        using var cancel = new CancellationTokenSource();
        var next = -1;
        var producers = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                await slots.WaitAsync(cancel.Token).ConfigureAwait(false);
                var index = Interlocked.Increment(ref next);
                if (index >= files.Count)
                {
                    slots.Release();
                    return;
                }
                await channel.Writer.WriteAsync(Prepare(index, files[index], read, analyzer, stored), cancel.Token).ConfigureAwait(false);
            }
        })).ToArray();
        _ = Task.WhenAll(producers).ContinueWith(t => channel.Writer.TryComplete(t.Exception), TaskScheduler.Default);

        var outcomes = new List<Outcome>(files.Count);
        var waiting = new Dictionary<int, Work>();
        // In file order: documents to write and the skipped or refused files between them, reported after the commit.
        var pending = new List<Work>();
        var analysed = 0;
        var written = 0;

        void Flush()
        {
            if (pending.Count == 0)
            {
                return;
            }
            var batch = pending.Where(w => w.Analysis is not null).Select(w => (w.Analysis!, w.Text)).ToList();
            IReadOnlyList<IngestResult> results = [];
            if (batch.Count > 0)
            {
                writing.Start();
                results = store.IngestMany(batch, options.Reanalyze);
                writing.Stop();
            }
            var resultIndex = 0;
            foreach (var work in pending)
            {
                var result = work.Analysis is not null ? results[resultIndex++] : work.Skipped;
                if (result?.Status is IngestStatus.Added or IngestStatus.Replaced or IngestStatus.Reanalyzed)
                {
                    written++;
                }
                var outcome = new Outcome(files[work.Index], result, work.Problem, work.Index);
                outcomes.Add(outcome);
                onOutcome?.Invoke(outcome);
            }
            slots.Release(pending.Count);
            pending.Clear();
            analysed = 0;
        }

        try
        {
            foreach (var work in channel.Reader.ReadAllAsync().ToBlockingEnumerable())
            {
                waiting[work.Index] = work;
                while (waiting.Remove(outcomes.Count + pending.Count, out var ready))
                {
                    pending.Add(ready);
                    analysed += ready.Analysis is null ? 0 : 1;
                    // Skipped files hold slots too: flush on either count so that workers never starve.
                    if (analysed >= batchSize || pending.Count >= batchSize)
                    {
                        Flush();
                    }
                }
            }
            Flush();
            Task.WaitAll(producers);
        }
        catch
        {
            cancel.Cancel();
            throw;
        }
        var summarizing = Stopwatch.StartNew();
        // Also after a run that wrote nothing, when an earlier one was killed before summarizing.
        var summarize = written > 0 || !CitationSummary.IsCurrent(store.Connection);
        if (summarize)
        {
            store.SummarizeCitations();
        }
        summarizing.Stop();
        return new CorpusIngestResult(outcomes, writing.Elapsed, summarize ? summarizing.Elapsed : TimeSpan.Zero, written);
    }

    private static Work Prepare(int index, string path, Func<string, Model.SourceDocument> read, DocumentAnalyzer analyzer, IReadOnlyDictionary<string, string> stored)
    {
        Model.SourceDocument document;
        try
        {
            document = read(path);
        }
        catch (InputException e)
        {
            return new Work(index, null, null, null, e.Problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Work(index, null, null, null, "cannot be read: " + e.Message.ReplaceLineEndings(" "));
        }
        if (stored.TryGetValue(document.ContentHash, out var storedAs))
        {
            return new Work(index, null, null, new IngestResult(document.Path, IngestStatus.Unchanged, "", 0, 0, storedAs), null);
        }
        try
        {
            var analysis = analyzer.Analyze(document);
            return new Work(index, analysis, CorpusStore.CompressText(document.Text), null, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Stages should never throw on text; if one does, the file is reported and the rest go on.
            return new Work(index, null, null, null, "analysis failed: " + e.Message.ReplaceLineEndings(" "));
        }
    }
}
