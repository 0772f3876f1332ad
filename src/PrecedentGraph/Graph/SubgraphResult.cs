namespace PrecedentGraph.Graph;

/// <summary>The selected subgraph; when the focus did not match exactly one node, <see cref="Problem"/> says why
/// and <see cref="Candidates"/> lists the labels it could have meant.</summary>
public sealed record SubgraphResult(DecisionGraph Graph, string? Problem, IReadOnlyList<string> Candidates)
{
    public bool Succeeded => Problem is null;
}
