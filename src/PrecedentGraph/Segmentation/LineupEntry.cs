using PrecedentGraph.Model;

namespace PrecedentGraph.Segmentation;

/// <summary>One opinion announced in the line-up paragraph ("BREYER, J., filed a concurring opinion").</summary>
internal sealed record LineupEntry(
    string? Author,
    OpinionKind Kind,
    bool InJudgment,
    IReadOnlyList<string> JoinedBy,
    IReadOnlyList<PartialJoin> PartialJoins);
