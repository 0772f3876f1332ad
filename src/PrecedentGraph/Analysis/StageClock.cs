using System.Diagnostics;

namespace PrecedentGraph.Analysis;

/// <summary>Accumulates the time spent in each pipeline stage, across threads, for the benchmark.</summary>
public sealed class StageClock
{
    public static readonly string[] StageNames = ["read", "segment", "find", "resolve", "treat", "arguments", "graph"];

    private readonly long[] ticks = new long[StageNames.Length];

    public void Add(int stage, long startTimestamp) =>
        Interlocked.Add(ref ticks[stage], Stopwatch.GetTimestamp() - startTimestamp);

    public double Seconds(int stage) => (double)Interlocked.Read(ref ticks[stage]) / Stopwatch.Frequency;

    /// <summary>Stage name to summed seconds, in pipeline order.</summary>
    public IReadOnlyList<(string Stage, double Seconds)> Totals() =>
        StageNames.Select((name, index) => (name, Seconds(index))).ToList();
}
