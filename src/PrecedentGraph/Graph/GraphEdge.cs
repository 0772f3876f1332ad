using QuikGraph;

namespace PrecedentGraph.Graph;

/// <summary>A directed edge; <see cref="Relation"/> is one of the exact strings of <see cref="Relations"/>.</summary>
public sealed record GraphEdge(string Source, string Target, string Relation) : IEdge<string>
{
    public int? Count { get; init; }
    public bool? Quoted { get; init; }
    public IReadOnlyList<string> Evidence { get; init; } = [];
    public string? Cue { get; init; }
    public double? Confidence { get; init; }
}
