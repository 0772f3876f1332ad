namespace PrecedentGraph.Analysis;

/// <summary>What an extraction run over many files measured.</summary>
/// <param name="Stages">Summed CPU-side seconds per stage (across threads), in pipeline order.</param>
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
    public double Megabytes => Bytes / 1_000_000.0;

    public double MegabytesPerSecond => WallSeconds > 0 ? Megabytes / WallSeconds : 0;

    public double DocumentsPerSecond => WallSeconds > 0 ? Documents / WallSeconds : 0;

    public double CitationsPerSecond => WallSeconds > 0 ? Citations / WallSeconds : 0;
}
