using System.Threading.Channels;
using PrecedentGraph.Analysis;
using PrecedentGraph.Reading;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Corpus;

/// <summary>Reads and analyses files on several workers and stores them through one writer, in file order,
/// a batch per transaction. At most <c>inFlight</c> documents are held at once, so memory is bounded by the
/// largest documents, not by the corpus.</summary>
public static class CorpusIngestPipeline
{
    /// <summary>One file's outcome: stored (with the store's result) or refused (with the problem).</summary>
    public sealed record Outcome(string Path, IngestResult? Result, string? Problem);

    public static IReadOnlyList<Outcome> Run(
        IReadOnlyList<string> files,
        CorpusStore store,
        DocumentAnalyzer analyzer,
        int workers,
        int batchSize = 32,
        Action<Outcome>? onOutcome = null)
    {
        workers = Math.Max(1, workers);
        var inFlight = Math.Max(batchSize, workers * 4);
        var slots = new SemaphoreSlim(inFlight, inFlight);
        var channel = Channel.CreateBounded<(int Index, DocumentAnalysis? Analysis, string? Problem)>(inFlight);
        var next = -1;
        var producers = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                await slots.WaitAsync().ConfigureAwait(false);
                var index = Interlocked.Increment(ref next);
                if (index >= files.Count)
                {
                    slots.Release();
                    return;
                }
                (int, DocumentAnalysis?, string?) item;
                try
                {
                    item = (index, analyzer.Analyze(DocumentReader.ReadFile(files[index])), null);
                }
                catch (InputException e)
                {
                    item = (index, null, e.Problem);
                }
                await channel.Writer.WriteAsync(item).ConfigureAwait(false);
            }
        })).ToArray();
        _ = Task.WhenAll(producers).ContinueWith(t => channel.Writer.Complete(t.Exception), TaskScheduler.Default);

        var outcomes = new List<Outcome>(files.Count);
        var waiting = new Dictionary<int, (DocumentAnalysis? Analysis, string? Problem)>();
        var batch = new List<(int Index, DocumentAnalysis Analysis)>();
        var expected = 0;

        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }
            var results = store.IngestMany(batch.Select(b => b.Analysis).ToList());
            for (var i = 0; i < batch.Count; i++)
            {
                Report(new Outcome(files[batch[i].Index], results[i], null));
            }
            slots.Release(batch.Count);
            batch.Clear();
        }

        void Report(Outcome outcome)
        {
            outcomes.Add(outcome);
            onOutcome?.Invoke(outcome);
        }

        foreach (var (index, analysis, problem) in channel.Reader.ReadAllAsync().ToBlockingEnumerable())
        {
            waiting[index] = (analysis, problem);
            while (waiting.Remove(expected, out var ready))
            {
                if (ready.Analysis is null)
                {
                    Flush();
                    Report(new Outcome(files[expected], null, ready.Problem));
                    slots.Release();
                }
                else
                {
                    batch.Add((expected, ready.Analysis));
                    if (batch.Count >= batchSize)
                    {
                        Flush();
                    }
                }
                expected++;
            }
        }
        Flush();
        Task.WaitAll(producers);
        return outcomes;
    }
}
