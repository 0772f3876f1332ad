namespace PrecedentGraph.Graph;

/// <summary>Which part of a graph to draw or export. Empty lists mean "all".</summary>
public sealed record SubgraphOptions
{
    /// <summary>Treatment and argument relations to keep (structural ones, such as part-of and makes, always stay).</summary>
    public IReadOnlyList<string> Relations { get; init; } = [];

    /// <summary>Opinions to keep, each matched by node id, author surname or opinion kind ("dissent").</summary>
    public IReadOnlyList<string> Opinions { get; init; } = [];

    /// <summary>A case (node id or name) whose ego network to keep: who treats it, and what they treat, to <see cref="Depth"/>.</summary>
    public string? Focus { get; init; }

    /// <summary>Treatment hops from the focus (1: the opinions and arguments that treat it).</summary>
    public int Depth { get; init; } = 1;
}
