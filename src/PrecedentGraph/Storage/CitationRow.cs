namespace PrecedentGraph.Storage;

/// <summary>One opinion's treatment of one case: the row of relies-on, distinguishes, treatments, cited-by and cites.</summary>
/// <param name="Decision">The citing decision's label.</param>
/// <param name="Opinion">The citing opinion's node id.</param>
/// <param name="OpinionKind">"majority", "dissent" ... (graph JSON vocabulary).</param>
/// <param name="Author">The opinion's author, null for per curiam.</param>
/// <param name="Case">The cited case's label.</param>
/// <param name="Relation">"relies-on", "distinguishes" ... (graph JSON vocabulary).</param>
/// <param name="Evidence">The deciding sentence.</param>
/// <param name="Document">The path of the ingested document holding the citing opinion.</param>
public sealed record CitationRow(
    string Decision,
    string DecisionNode,
    int? Year,
    string Opinion,
    string OpinionKind,
    string? Author,
    string Case,
    string CaseNode,
    string? Citation,
    string Relation,
    int Count,
    bool Quoted,
    double? Confidence,
    string? Cue,
    string Evidence,
    string Document);
