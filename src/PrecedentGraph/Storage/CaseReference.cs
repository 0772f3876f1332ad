namespace PrecedentGraph.Storage;

/// <summary>A stored case as a query names it.</summary>
/// <param name="Decisions">Slugs of the ingested decisions that are this case (none when it is only cited).</param>
public sealed record CaseReference(long Id, string Key, string Label, string? Citation, int? Year, IReadOnlyList<string> Decisions)
{
    public string NodeId => Decisions.Count > 0 ? Graph.NodeIds.Decision(Decisions[0]) : Graph.NodeIds.Case(Key);

    public override string ToString() => Citation is null ? $"{Label} [{Key}]" : $"{Label}, {Citation} [{Key}]";
}
