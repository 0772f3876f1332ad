using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PrecedentGraph.Storage;

/// <summary>The per-case citation counts and PageRank behind `most-cited`. Computing them needs the whole citation
/// network (seconds on the corpus), so ingest stores them in <c>case_ranks</c> at its end; a store changed since
/// (a killed ingest, a writer that does not summarize) is answered by computing them live.</summary>
internal static class CitationSummary
{
    public sealed record Entry(long CaseId, int Opinions, int Decisions, double PageRank);

    /// <summary>Records, inside the caller's write transaction, that the corpus changed.</summary>
    public static void MarkChanged(StoreCommands commands) => commands.Execute(
        "INSERT INTO store_state(key, value) VALUES ('generation', 1) ON CONFLICT(key) DO UPDATE SET value = value + 1");

    /// <summary>Whether the stored summary was computed after the last change.</summary>
    public static bool IsCurrent(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT coalesce((SELECT value FROM store_state WHERE key = 'generation'), 0)
                 = coalesce((SELECT value FROM store_state WHERE key = 'summary_generation'), -1)
            """;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>The stored summary's top rows, in the order of `most-cited`.</summary>
    public static List<Entry> ReadTop(SqliteConnection connection, int top)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT case_id, opinions, decisions, page_rank FROM case_ranks ORDER BY decisions DESC, opinions DESC, page_rank DESC, case_id LIMIT $top";
        command.Parameters.AddWithValue("$top", Math.Max(0, top));
        using var reader = command.ExecuteReader();
        var rows = new List<Entry>();
        while (reader.Read())
        {
            rows.Add(new Entry(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetDouble(3)));
        }
        return rows;
    }

    /// <summary>Computes the summary from the edges: every cited case, ordered as `most-cited` lists them.</summary>
    public static List<Entry> Compute(CorpusStore store, SqliteTransaction? transaction = null)
    {
        var network = new GraphLoader(store).LoadCitationNetwork(transaction);
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
        var entries = new List<Entry>();
        using (var command = store.Connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText =
                """
                SELECT e.case_id, count(*), count(DISTINCT d.case_id) FROM edges e JOIN opinions o ON o.id = e.opinion_id
                JOIN decisions d ON d.id = o.decision_id
                WHERE e.case_id IS NOT NULL AND d.preferred = 1 GROUP BY e.case_id
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                entries.Add(new Entry(id, reader.GetInt32(1), reader.GetInt32(2), ranks.GetValueOrDefault(id)));
            }
        }
        return [.. entries.OrderByDescending(e => e.Decisions).ThenByDescending(e => e.Opinions).ThenByDescending(e => e.PageRank).ThenBy(e => e.CaseId)];
    }

    /// <summary>Recomputes the summary and stores it in one write transaction, unless another writer changed the
    /// corpus meanwhile (then the summary stays stale and queries compute it live).</summary>
    public static void Refresh(CorpusStore store)
    {
        using var read = store.Connection.BeginTransaction(deferred: true);
        var generation = Generation(store.Connection, read);
        var entries = Compute(store, read);
        var adjacency = Adjacency(store.Connection, read);
        read.Commit();
        using var transaction = store.Connection.BeginTransaction(deferred: false);
        if (Generation(store.Connection, transaction) != generation)
        {
            return;
        }
        using var commands = new StoreCommands(store.Connection, transaction);
        commands.Execute("DELETE FROM citation_adjacency");
        foreach (var (caseId, (cites, citedBy)) in adjacency)
        {
            commands.Execute("INSERT INTO citation_adjacency(case_id, cites, cited_by) VALUES ($p0, $p1, $p2)",
                caseId, cites.Count == 0 ? null : Pack(cites), citedBy.Count == 0 ? null : Pack(citedBy));
        }
        commands.Execute("DELETE FROM case_ranks");
        foreach (var entry in entries)
        {
            commands.Execute("INSERT INTO case_ranks(case_id, opinions, decisions, page_rank) VALUES ($p0, $p1, $p2, $p3)",
                entry.CaseId, entry.Opinions, entry.Decisions, entry.PageRank);
        }
        commands.Execute(
            "INSERT INTO store_state(key, value) VALUES ('summary_generation', $p0) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            generation);
        transaction.Commit();
    }

    /// <summary>Per case, the (case, first edge) pairs it cites and that cite it, in edge order.</summary>
    private static SortedDictionary<long, (List<(long, long)> Cites, List<(long, long)> CitedBy)> Adjacency(SqliteConnection connection, SqliteTransaction transaction)
    {
        var result = new SortedDictionary<long, (List<(long, long)>, List<(long, long)>)>();
        (List<(long, long)> Cites, List<(long, long)> CitedBy) Of(long id)
        {
            if (!result.TryGetValue(id, out var lists))
            {
                result[id] = lists = ([], []);
            }
            return lists;
        }
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT d.case_id, e.case_id, min(e.id) AS first FROM {CitationPathFinder.NetworkEdges} GROUP BY d.case_id, e.case_id ORDER BY first";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var (source, target, edge) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
            Of(source).Cites.Add((target, edge));
            Of(target).CitedBy.Add((source, edge));
        }
        return result;
    }

    internal static byte[] Pack(List<(long Case, long Edge)> pairs)
    {
        var bytes = new byte[pairs.Count * 16];
        for (var i = 0; i < pairs.Count; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * 16), pairs[i].Case);
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * 16 + 8), pairs[i].Edge);
        }
        return bytes;
    }

    internal static List<(long Case, long Edge)> Unpack(byte[] bytes)
    {
        var pairs = new List<(long, long)>(bytes.Length / 16);
        for (var i = 0; i + 16 <= bytes.Length; i += 16)
        {
            pairs.Add((System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(i)), System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(i + 8))));
        }
        return pairs;
    }

    private static long Generation(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce((SELECT value FROM store_state WHERE key = 'generation'), 0)";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
