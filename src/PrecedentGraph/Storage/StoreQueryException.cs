namespace PrecedentGraph.Storage;

/// <summary>A query that cannot be answered as asked: an unknown or ambiguous case or decision, a rejected
/// or timed-out SQL statement. <see cref="Candidates"/> lists what an ambiguous name could mean. The CLI exits 1.</summary>
public sealed class StoreQueryException(string message, IReadOnlyList<string>? candidates = null) : Exception(message)
{
    public IReadOnlyList<string> Candidates { get; } = candidates ?? [];
}
