namespace PrecedentGraph.Storage;

/// <summary>A justice's position on an issue of a decision, through the opinion they wrote or joined.</summary>
/// <param name="Justice">Surname; null for an unsigned (per curiam) opinion.</param>
/// <param name="Position">"with-majority", "against" or "silent".</param>
public sealed record PositionRow(string Decision, int IssueIndex, string Issue, string? Justice, string Opinion, string OpinionKind, string Position);
