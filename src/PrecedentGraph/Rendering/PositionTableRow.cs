using PrecedentGraph.Model;

namespace PrecedentGraph.Rendering;

/// <summary>One justice's row of the position table: the opinions that place them, and one cell per issue.</summary>
public sealed record PositionTableRow(string Justice, IReadOnlyList<string> Opinions, IReadOnlyList<Position> Cells);
