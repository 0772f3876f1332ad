namespace PrecedentGraph.Storage;

/// <summary>A case that a decision's majority and one of its dissents both cite, with each side's treatment.</summary>
/// <param name="Differs">The two treatments differ.</param>
public sealed record ContestedRow(
    string Decision,
    string Case,
    string CaseNode,
    string MajorityOpinion,
    string? MajorityAuthor,
    string MajorityRelation,
    string MajorityEvidence,
    string DissentOpinion,
    string? DissentAuthor,
    string DissentRelation,
    string DissentEvidence,
    bool Differs);
