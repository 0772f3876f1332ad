namespace PrecedentGraph.Model;

/// <summary>"475 U.S. 335": volume, reporter, first page ("___" for a slip opinion).</summary>
public sealed record ReporterCitation(string Volume, string Reporter, string Page)
{
    public override string ToString() => $"{Volume} {Reporter} {Page}";
}
