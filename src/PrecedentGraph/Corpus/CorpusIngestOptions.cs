using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Corpus;

/// <summary>How <see cref="CorpusIngestPipeline"/> runs.</summary>
/// <param name="Workers">Files read and analysed at once (the store has one writer).</param>
/// <param name="BatchSize">Documents per transaction; each document is still stored whole or not at all.</param>
/// <param name="SkipStoredContent">Skip, before analysis, a file whose bytes the store already holds (by SHA-256).</param>
/// <param name="Reanalyze">Analyse and store again files whose content the store already holds (after the case names
/// the store has learned changed, say); implies not skipping them.</param>
/// <param name="Reader">Reads one path (default <see cref="DocumentReader.ReadFile"/>); throws <see cref="InputException"/>
/// for a bad file. The CLI passes one that reads "-" from standard input.</param>
public sealed record CorpusIngestOptions(int Workers, int BatchSize = 32, bool SkipStoredContent = true, Func<string, SourceDocument>? Reader = null,
    bool Reanalyze = false);
