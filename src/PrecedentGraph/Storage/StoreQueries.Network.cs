using QuikGraph.Algorithms;

namespace PrecedentGraph.Storage;

public sealed partial class StoreQueries
{
    /// <summary>The cases cited by the most decisions, with opinion counts and PageRank in the citation network.</summary>
    public IReadOnlyList<MostCitedRow> MostCited(int top)
    {
        var network = new GraphLoader(store).LoadCitationNetwork();
        var ranks = new Dictionary<long, double>();
        if (network.VertexCount > 0)
        {
            // One edge per (citing decision, cited case): several opinions citing a case count once for PageRank.
            var simple = new QuikGraph.BidirectionalGraph<long, CitationLink>(allowParallelEdges: false);
            simple.AddVertexRange(network.Vertices);
            var pairs = new HashSet<(long, long)>();
            foreach (var link in network.Edges)
            {
                if (pairs.Add((link.Source, link.Target)))
                {
                    simple.AddEdge(link);
                }
            }
            foreach (var (vertex, rank) in CitationRanker.Rank(simple))
            {
                ranks[vertex] = rank;
            }
        }
        var counts = new List<(long Id, int Opinions, int Decisions)>();
        using (var command = Command(
            """
            SELECT e.case_id, count(*), count(DISTINCT d.case_id) FROM edges e JOIN opinions o ON o.id = e.opinion_id
            JOIN decisions d ON d.id = o.decision_id
            WHERE e.case_id IS NOT NULL AND d.preferred = 1 GROUP BY e.case_id
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                counts.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2)));
            }
        }
        var rows = new List<MostCitedRow>();
        foreach (var (id, opinions, decisions) in counts
            .OrderByDescending(c => c.Decisions).ThenByDescending(c => c.Opinions)
            .ThenByDescending(c => ranks.GetValueOrDefault(c.Id)).ThenBy(c => c.Id).Take(Math.Max(0, top)))
        {
            var found = finder.Load(id);
            rows.Add(new MostCitedRow(rows.Count + 1, found.Label, found.NodeId, found.Citation, found.Year, opinions, decisions,
                Math.Round(ranks.GetValueOrDefault(id), 6)));
        }
        return rows;
    }

    /// <summary>The shortest chain of citations from one case or decision to another (either direction), one row
    /// per hop; empty when none connects them.</summary>
    public IReadOnlyList<PathStepRow> Path(string fromText, string toText)
    {
        var from = finder.Find(fromText);
        var to = finder.Find(toText);
        if (from.Id == to.Id)
        {
            return [];
        }
        var network = new GraphLoader(store).LoadCitationNetwork();
        var path = ShortestPath(network, from.Id, to.Id) ?? ShortestPath(network, to.Id, from.Id);
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

    private static List<CitationLink>? ShortestPath(QuikGraph.BidirectionalGraph<long, CitationLink> network, long from, long to)
    {
        if (!network.ContainsVertex(from) || !network.ContainsVertex(to))
        {
            return null;
        }
        var paths = network.ShortestPathsDijkstra(_ => 1.0, from);
        return paths(to, out var found) ? [.. found] : null;
    }

    private string EvidenceOf(long edgeId)
    {
        using var command = Command("SELECT s.text FROM edge_evidence ev JOIN evidence_sentences s ON s.id = ev.sentence_id WHERE ev.edge_id = $p0 ORDER BY ev.ordinal LIMIT 1", edgeId);
        return command.ExecuteScalar() as string ?? "";
    }
}
