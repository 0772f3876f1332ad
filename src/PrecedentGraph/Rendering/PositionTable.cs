namespace PrecedentGraph.Rendering;

/// <summary>The justice × issue table of a decision: where each justice stands on each issue of the argument map.</summary>
public sealed record PositionTable(string Title, IReadOnlyList<string> Issues, IReadOnlyList<PositionTableRow> Rows)
{
    public bool IsEmpty => Issues.Count == 0 || Rows.Count == 0;
}
