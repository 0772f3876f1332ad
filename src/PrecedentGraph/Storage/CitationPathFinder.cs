using Microsoft.Data.Sqlite;

namespace PrecedentGraph.Storage;

/// <summary>Shortest directed path in the case-level citation network (the one <see cref="GraphLoader.LoadCitationNetwork()"/>
/// loads), found by a breadth-first search from both ends over the indexed edges: the side with the smaller frontier
/// grows by one level at a time, and the search stops at the first node both sides reach. Only the neighbourhoods
/// visited are read. Every node two sides first share lies on a shortest path: its neighbour on the growing side,
/// one level nearer, would otherwise have been reached by the other side earlier and met there. Neighbours come in
/// stored edge order, so answers are stable.</summary>
/// <remarks>With a current citation summary the neighbours come from <c>citation_adjacency</c> (one row each);
/// otherwise from the edges themselves, which gives the same answers more slowly.</remarks>
internal sealed class CitationPathFinder(SqliteConnection connection)
{
    /// <summary>The FROM and WHERE of the network's edges: d is the citing decision, e the edge to the cited case.</summary>
    public const string NetworkEdges =
        """
        edges e JOIN opinions o ON o.id = e.opinion_id JOIN decisions d ON d.id = o.decision_id
        WHERE e.case_id IS NOT NULL AND e.case_id <> d.case_id AND d.preferred = 1
        """;

    private const string OutSql = $"SELECT e.case_id, min(e.id) FROM {NetworkEdges} AND d.case_id = $p0 GROUP BY e.case_id ORDER BY min(e.id)";

    private const string InSql = $"SELECT d.case_id, min(e.id) FROM {NetworkEdges} AND e.case_id = $p0 GROUP BY d.case_id ORDER BY min(e.id)";

    private const string StoredOutSql = "SELECT cites FROM citation_adjacency WHERE case_id = $p0";

    private const string StoredInSql = "SELECT cited_by FROM citation_adjacency WHERE case_id = $p0";

    private HashSet<long>? citing;

    /// <summary>The links from <paramref name="from"/> to <paramref name="to"/>, or null when no directed path exists.</summary>
    public List<CitationLink>? Find(long from, long to)
    {
        // Only the case of an ingested decision cites anything: no other case is looked up for its citations.
        citing ??= Ids("SELECT DISTINCT case_id FROM decisions WHERE preferred = 1");
        var forward = new Dictionary<long, (long Parent, long Edge, int Depth)> { [from] = (-1, -1, 0) };
        var backward = new Dictionary<long, (long Child, long Edge, int Depth)> { [to] = (-1, -1, 0) };
        List<long> forwardLevel = [from], backwardLevel = [to];
        var stored = CitationSummary.IsCurrent(connection);
        using var outCommand = Command(stored ? StoredOutSql : OutSql);
        using var inCommand = Command(stored ? StoredInSql : InSql);
        while (forwardLevel.Count > 0 && backwardLevel.Count > 0)
        {
            var next = new List<long>();
            if (forwardLevel.Count <= backwardLevel.Count)
            {
                foreach (var node in forwardLevel.Where(citing.Contains))
                {
                    var depth = forward[node].Depth + 1;
                    foreach (var (target, edge) in Neighbours(outCommand, node))
                    {
                        if (forward.TryAdd(target, (node, edge, depth)))
                        {
                            next.Add(target);
                            if (backward.ContainsKey(target))
                            {
                                return Links(target, forward, backward);
                            }
                        }
                    }
                }
                forwardLevel = next;
            }
            else
            {
                foreach (var node in backwardLevel)
                {
                    var depth = backward[node].Depth + 1;
                    foreach (var (source, edge) in Neighbours(inCommand, node))
                    {
                        if (backward.TryAdd(source, (node, edge, depth)))
                        {
                            next.Add(source);
                            if (forward.ContainsKey(source))
                            {
                                return Links(source, forward, backward);
                            }
                        }
                    }
                }
                backwardLevel = next;
            }
        }
        return null;
    }

    private List<CitationLink> Links(long meet, Dictionary<long, (long Parent, long Edge, int Depth)> forward, Dictionary<long, (long Child, long Edge, int Depth)> backward)
    {
        var edges = new List<(long Source, long Target, long Edge)>();
        for (var node = meet; forward[node].Edge != -1; node = forward[node].Parent)
        {
            edges.Add((forward[node].Parent, node, forward[node].Edge));
        }
        edges.Reverse();
        for (var node = meet; backward[node].Edge != -1; node = backward[node].Child)
        {
            edges.Add((node, backward[node].Child, backward[node].Edge));
        }
        using var detail = Command("SELECT o.node_id, e.relation FROM edges e JOIN opinions o ON o.id = e.opinion_id WHERE e.id = $p0");
        var links = new List<CitationLink>(edges.Count);
        foreach (var (source, target, edge) in edges)
        {
            detail.Parameters[0].Value = edge;
            using var reader = detail.ExecuteReader();
            reader.Read();
            links.Add(new CitationLink(source, target, edge, reader.GetString(0), reader.GetString(1)));
        }
        return links;
    }

    private static List<(long Node, long Edge)> Neighbours(SqliteCommand command, long node)
    {
        command.Parameters[0].Value = node;
        using var reader = command.ExecuteReader();
        if (reader.FieldCount == 1)
        {
            return reader.Read() && !reader.IsDBNull(0) ? CitationSummary.Unpack((byte[])reader.GetValue(0)) : [];
        }
        var result = new List<(long, long)>();
        while (reader.Read())
        {
            result.Add((reader.GetInt64(0), reader.GetInt64(1)));
        }
        return result;
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$p0", 0L));
        return command;
    }

    private HashSet<long> Ids(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var ids = new HashSet<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }
}
