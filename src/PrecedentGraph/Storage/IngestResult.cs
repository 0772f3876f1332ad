namespace PrecedentGraph.Storage;

/// <summary>What ingesting one document did.</summary>
/// <param name="Decision">The decision's slug.</param>
/// <param name="StoredAs">For <see cref="IngestStatus.Unchanged"/>: the path already holding this content.</param>
public sealed record IngestResult(string Path, IngestStatus Status, string Decision, int Opinions, int Edges, string? StoredAs = null);
