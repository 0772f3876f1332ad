using PrecedentGraph.Reading;

namespace PrecedentGraph.Analysis;

/// <summary>One file of a <see cref="ParallelAnalyzer"/> run: its analysis, or why it could not be read.</summary>
public sealed record AnalyzedFile(int Index, string Path, DocumentAnalysis? Analysis, InputException? Problem);
