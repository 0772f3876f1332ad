namespace PrecedentGraph.Storage;

/// <summary>A case by how much the stored decisions cite it.</summary>
/// <param name="Opinions">Opinions citing it.</param>
/// <param name="Decisions">Distinct decisions citing it.</param>
/// <param name="PageRank">Its PageRank in the decision-to-case citation network.</param>
public sealed record MostCitedRow(int Rank, string Case, string CaseNode, string? Citation, int? Year, int Opinions, int Decisions, double PageRank);
