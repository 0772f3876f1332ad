using System.Runtime.ExceptionServices;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Analysis;

/// <summary>Reads and analyses files on several workers and hands the analyses back one by one, in file order.
/// At most <see cref="DocumentsPerWorker"/> documents per worker are held at once (done but not yet taken), so memory
/// is bounded by the largest documents, not by the corpus. A file that cannot be read comes back with its problem;
/// any other exception is rethrown to the caller at that file's turn.</summary>
public static class ParallelAnalyzer
{
    public const int DocumentsPerWorker = 4;

    public static IEnumerable<AnalyzedFile> Run(IReadOnlyList<string> files, DocumentAnalyzer analyzer, int workers)
    {
        workers = Math.Clamp(workers, 1, Math.Max(1, files.Count));
        var inFlight = workers * DocumentsPerWorker;
        var slots = new SemaphoreSlim(inFlight);
        var results = new (AnalyzedFile? File, ExceptionDispatchInfo? Failure)[files.Count];
        var gate = new object();
        var next = -1;
        var stop = false;

        void Work()
        {
            while (true)
            {
                slots.Wait();
                var index = Interlocked.Increment(ref next);
                if (Volatile.Read(ref stop) || index >= files.Count)
                {
                    return;
                }
                (AnalyzedFile?, ExceptionDispatchInfo?) result;
                try
                {
                    result = (new AnalyzedFile(index, files[index], analyzer.Analyze(DocumentReader.ReadFile(files[index])), null), null);
                }
                catch (InputException e)
                {
                    result = (new AnalyzedFile(index, files[index], null, e), null);
                }
                catch (Exception e)
                {
                    result = (null, ExceptionDispatchInfo.Capture(e));
                }
                lock (gate)
                {
                    results[index] = result;
                    Monitor.PulseAll(gate);
                }
            }
        }

        var threads = Enumerable.Range(0, workers).Select(_ => new Thread(Work) { IsBackground = true, Name = "analysis" }).ToList();
        threads.ForEach(t => t.Start());
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                (AnalyzedFile? File, ExceptionDispatchInfo? Failure) result;
                lock (gate)
                {
                    while (results[i] is (null, null))
                    {
                        Monitor.Wait(gate);
                    }
                    result = results[i];
                    results[i] = default;
                }
                slots.Release();
                result.Failure?.Throw();
                yield return result.File!;
            }
        }
        finally
        {
            // the caller stopped early or a file failed: let the workers finish what they hold and leave
            Volatile.Write(ref stop, true);
            slots.Release(workers);
        }
    }
}
