namespace PrecedentGraph.Corpus;

/// <summary>One generated decision: its file name and its raw and normalized texts.</summary>
public sealed record SyntheticDocument(string Name, string Raw, string Normalized);
