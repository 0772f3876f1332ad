namespace PrecedentGraph.Segmentation;

/// <summary>The line-up paragraph read: the opinions it announces, in order, and who took no part.</summary>
internal sealed record Lineup(IReadOnlyList<LineupEntry> Entries, IReadOnlyList<string> NotParticipating);
