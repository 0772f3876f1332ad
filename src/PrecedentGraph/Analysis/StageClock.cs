namespace PrecedentGraph.Analysis;

/// <summary>Accumulates the time spent in each pipeline stage, across threads, for the benchmark: the CPU time of
/// the thread running the stage where the system tells it (<see cref="MeasuresCpu"/>), else the elapsed time.</summary>
public sealed class StageClock
{
    public static readonly string[] StageNames = ["read", "segment", "find", "resolve", "treat", "arguments", "graph"];

    private readonly long[] ticks = new long[StageNames.Length];

    /// <summary>Whether the stage seconds are thread CPU seconds (else elapsed seconds).</summary>
    public static bool MeasuresCpu => ThreadCpuClock.MeasuresCpu;

    /// <summary>A start reading for <see cref="Add"/>, taken on the thread that runs the stage.</summary>
    public static long Now() => ThreadCpuClock.Now();

    /// <summary>Adds the time from <paramref name="start"/> (a <see cref="Now"/> reading of this thread) to now.</summary>
    public void Add(int stage, long start) =>
        Interlocked.Add(ref ticks[stage], ThreadCpuClock.Now() - start);

    public double Seconds(int stage) => (double)Interlocked.Read(ref ticks[stage]) / ThreadCpuClock.Frequency;

    /// <summary>Stage name to summed seconds, in pipeline order.</summary>
    public IReadOnlyList<(string Stage, double Seconds)> Totals() =>
        StageNames.Select((name, index) => (name, Seconds(index))).ToList();
}
