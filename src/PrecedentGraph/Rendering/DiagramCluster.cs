namespace PrecedentGraph.Rendering;

/// <summary>One opinion's box: the opinion node and its arguments, labelled with author and joiners.</summary>
public sealed record DiagramCluster(int Index, string OpinionId, IReadOnlyList<string> Lines, IReadOnlyList<string> Members)
{
    public string Id => "cluster_" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
