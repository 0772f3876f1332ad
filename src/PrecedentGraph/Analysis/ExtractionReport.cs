namespace PrecedentGraph.Analysis;

/// <summary>What an extraction run over many files measured.</summary>
/// <param name="Stages">Summed seconds per stage (across threads), in pipeline order: thread CPU seconds where
/// <see cref="StageClock.MeasuresCpu"/>, else elapsed seconds.</param>
/// <param name="WallSeconds">Elapsed time of the whole run.</param>
public sealed record ExtractionReport(
    int Documents,
    int Rejected,
    long Bytes,
    long Citations,
    long Opinions,
    int DocumentsWithAuthoredOpinion,
    double WallSeconds,
    IReadOnlyList<(string Stage, double Seconds)> Stages)
{
    /// <summary>The CPU time the process used during the run (every thread, the garbage collector's too).</summary>
    public double CpuSeconds { get; init; }

    /// <summary>Whether <see cref="Stages"/> holds CPU seconds (else elapsed seconds).</summary>
    public bool StagesMeasureCpu { get; init; }

    public double Megabytes => Bytes / 1_000_000.0;

    /// <summary>Megabytes per second of process CPU time: what the run would give one idle core.</summary>
    public double MegabytesPerCpuSecond => CpuSeconds > 0 ? Megabytes / CpuSeconds : 0;

    public double MegabytesPerSecond => WallSeconds > 0 ? Megabytes / WallSeconds : 0;

    public double DocumentsPerSecond => WallSeconds > 0 ? Documents / WallSeconds : 0;

    public double CitationsPerSecond => WallSeconds > 0 ? Citations / WallSeconds : 0;
}
