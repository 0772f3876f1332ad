namespace PrecedentGraph.Storage;

/// <summary>How a <see cref="CorpusStore"/> is opened.</summary>
/// <param name="ReadOnly">Open for queries only: never creates, migrates or writes.</param>
/// <param name="BusyTimeout">How long a writer waits for another one (a second ingest) before failing.</param>
/// <param name="BatchSize">Documents per transaction in <see cref="CorpusStore.IngestMany"/>; each document
/// still commits or rolls back as a whole (a savepoint each).</param>
/// <param name="Analyzer">The extractor build recorded with each document written (default
/// <see cref="Analysis.AnalyzerVersion.Current"/>); a stored document of another build is analysed again.</param>
public sealed record StoreOptions(bool ReadOnly = false, TimeSpan? BusyTimeout = null, int BatchSize = 1, string? Analyzer = null)
{
    public static StoreOptions Default { get; } = new();

    public static StoreOptions Query { get; } = new(ReadOnly: true);

    internal string EffectiveAnalyzer => Analyzer ?? Analysis.AnalyzerVersion.Current;

    internal TimeSpan EffectiveBusyTimeout => BusyTimeout ?? TimeSpan.FromSeconds(30);
}
