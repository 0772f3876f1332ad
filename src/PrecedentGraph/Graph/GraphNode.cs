using PrecedentGraph.Model;

namespace PrecedentGraph.Graph;

/// <summary>A node of the precedent graph. Only the fields of its kind are set.</summary>
public sealed record GraphNode(string Id, string Label, NodeKind Kind)
{
    // opinion
    public OpinionKind? OpinionKind { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<string>? JoinedBy { get; init; }
    public string? Decision { get; init; }

    // case and decision
    public string? Citation { get; init; }
    public IReadOnlyList<string>? Citations { get; init; }
    public int? Year { get; init; }

    // argument
    public string? Opinion { get; init; }
    public int? Paragraph { get; init; }
    public string? Text { get; init; }
    public ArgumentRole? Role { get; init; }
    public string? Disposition { get; init; }
}
