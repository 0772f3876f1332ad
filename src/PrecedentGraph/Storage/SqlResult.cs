namespace PrecedentGraph.Storage;

/// <summary>The result of a read-only SQL query: column names and rows of values (long, double, string, byte[] or null).</summary>
public sealed record SqlResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
