namespace PrecedentGraph.Corpus;

/// <summary>What <see cref="CorpusIngestPipeline"/> did.</summary>
/// <param name="Outcomes">One per input, in input order.</param>
/// <param name="Writing">Time on the writer thread inside store transactions (the serial part of an ingest).</param>
/// <param name="Summarizing">Time refreshing the citation summary (counts and PageRank) at the end.</param>
/// <param name="Documents">Documents written (added or replaced).</param>
public sealed record CorpusIngestResult(IReadOnlyList<CorpusIngestPipeline.Outcome> Outcomes, TimeSpan Writing, TimeSpan Summarizing, int Documents);
