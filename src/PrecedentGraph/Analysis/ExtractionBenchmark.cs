using System.Diagnostics;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Analysis;

/// <summary>Runs the whole extraction (reading through graph, no storage) over files, in parallel across
/// documents, keeping nothing but counters: memory is bounded by the largest documents in flight.</summary>
public static class ExtractionBenchmark
{
    public static ExtractionReport Run(IReadOnlyList<string> files, DocumentAnalyzer analyzer, int degreeOfParallelism)
    {
        var clock = new StageClock();
        long bytes = 0, citations = 0, opinions = 0;
        int documents = 0, rejected = 0, authored = 0;
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degreeOfParallelism) }, file =>
        {
            var start = StageClock.Now();
            SourceDocument document;
            try
            {
                document = DocumentReader.ReadFile(file);
            }
            catch (InputException)
            {
                Interlocked.Increment(ref rejected);
                return;
            }
            clock.Add(0, start);
            var analysis = analyzer.Analyze(document, clock);
            Interlocked.Add(ref bytes, new FileInfo(file).Length);
            Interlocked.Add(ref citations, analysis.Resolution.Citations.Count);
            var real = analysis.Segmentation.Opinions.Count(o => o.Kind != OpinionKind.Syllabus);
            Interlocked.Add(ref opinions, real);
            if (analysis.Segmentation.Opinions.Any(o => o.Kind != OpinionKind.Syllabus && o.Author is not null))
            {
                Interlocked.Increment(ref authored);
            }
            Interlocked.Increment(ref documents);
        });
        wall.Stop();
        process.Refresh();
        return new ExtractionReport(documents, rejected, bytes, citations, opinions, authored, wall.Elapsed.TotalSeconds, clock.Totals())
        {
            CpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds,
            StagesMeasureCpu = StageClock.MeasuresCpu,
        };
    }
}
