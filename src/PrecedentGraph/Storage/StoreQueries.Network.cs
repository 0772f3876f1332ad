namespace PrecedentGraph.Storage;

public sealed partial class StoreQueries
{
    /// <summary>The cases cited by the most decisions, with opinion counts and PageRank in the citation network: read
    /// from the summary ingest stores, or computed live when the store changed after it.</summary>
    public IReadOnlyList<MostCitedRow> MostCited(int top)
    {
        var entries = CitationSummary.IsCurrent(connection)
            ? CitationSummary.ReadTop(connection, top)
            : CitationSummary.Compute(store).Take(Math.Max(0, top)).ToList();
        var rows = new List<MostCitedRow>();
        foreach (var entry in entries)
        {
            var found = finder.Load(entry.CaseId);
            rows.Add(new MostCitedRow(rows.Count + 1, found.Label, found.NodeId, found.Citation, found.Year, entry.Opinions, entry.Decisions,
                Math.Round(entry.PageRank, 6)));
        }
        return rows;
    }

    /// <summary>The shortest chain of citations from one case or decision to another (either direction; from the later
    /// case first), one row per hop; empty when none connects them. A bidirectional breadth-first search over the indexed edges, so it
    /// never loads the whole network.</summary>
    public IReadOnlyList<PathStepRow> Path(string fromText, string toText)
    {
        var from = finder.Find(fromText);
        var to = finder.Find(toText);
        if (from.Id == to.Id)
        {
            return [];
        }
        var search = new CitationPathFinder(connection);
        // Decisions cite earlier ones, so a chain runs from the later case to the earlier: searched first that way, since a
        // search from the earlier case toward a later one mostly ends only after reading every case behind it.
        var (start, end) = from.Year < to.Year ? (to, from) : (from, to);
        var path = search.Find(start.Id, end.Id) ?? search.Find(end.Id, start.Id);
        if (path is null)
        {
            return [];
        }
        var rows = new List<PathStepRow>();
        foreach (var link in path)
        {
            var source = finder.Load(link.Source);
            var target = finder.Load(link.Target);
            var evidence = EvidenceOf(link.EdgeId);
            rows.Add(new PathStepRow(rows.Count + 1, source.Label, source.NodeId, target.Label, target.NodeId, link.Opinion, link.Relation, evidence));
        }
        return rows;
    }

    private string EvidenceOf(long edgeId)
    {
        using var command = Command("SELECT s.text FROM edge_evidence ev JOIN evidence_sentences s ON s.id = ev.sentence_id WHERE ev.edge_id = $p0 ORDER BY ev.ordinal LIMIT 1", edgeId);
        return command.ExecuteScalar() as string ?? "";
    }
}
