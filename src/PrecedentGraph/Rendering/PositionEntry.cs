using PrecedentGraph.Model;

namespace PrecedentGraph.Rendering;

/// <summary>One justice's position on one issue through one opinion they wrote or joined (a row of
/// <c>query positions</c>, or the same fact taken from an analysis).</summary>
/// <param name="Justice">Surname ("Kagan"); null for an unsigned opinion (per curiam).</param>
/// <param name="Opinion">How the justice comes to the position: "wrote the concurrence", "joined Roberts (majority)".</param>
public sealed record PositionEntry(string? Justice, string Opinion, int IssueIndex, string Issue, Position Position);
