using Microsoft.Data.Sqlite;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;

namespace PrecedentGraph.Storage;

/// <summary>Reads stored rows back as <see cref="GraphNode"/>s with the fields of the graph JSON contract.</summary>
internal sealed class StoredNodeReader(SqliteConnection connection)
{
    public IEnumerable<GraphNode> DocumentNodes(long documentId)
    {
        var nodes = new List<GraphNode>();
        string? decisionNode = null;
        using (var reader = Read("SELECT node_id, title, citation, year FROM decisions WHERE document_id = $p0", documentId))
        {
            if (reader.Read())
            {
                decisionNode = reader.GetString(0);
                nodes.Add(new GraphNode(decisionNode, reader.GetString(1), NodeKind.Decision)
                {
                    Citation = reader.IsDBNull(2) ? null : reader.GetString(2),
                    Year = reader.IsDBNull(3) ? null : reader.GetInt32(3),
                });
            }
        }
        var justices = new List<GraphNode>();
        using (var reader = Read(
            """
            SELECT o.id, o.node_id, o.label, o.kind, j.name, j.node_id FROM opinions o JOIN decisions d ON d.id = o.decision_id
            LEFT JOIN justices j ON j.id = o.author_id WHERE d.document_id = $p0 ORDER BY o.ordinal
            """, documentId))
        {
            var opinions = new List<(long Id, GraphNode Node)>();
            while (reader.Read())
            {
                opinions.Add((reader.GetInt64(0), new GraphNode(reader.GetString(1), reader.GetString(2), NodeKind.Opinion)
                {
                    OpinionKind = ParseKind(reader.GetString(3)),
                    Author = reader.IsDBNull(4) ? null : reader.GetString(4),
                    Decision = decisionNode,
                }));
                if (!reader.IsDBNull(5))
                {
                    justices.Add(new GraphNode(reader.GetString(5), "Justice " + reader.GetString(4), NodeKind.Justice));
                }
            }
            reader.Close();
            foreach (var (id, node) in opinions)
            {
                var joiners = new List<string>();
                using var joined = Read(
                    "SELECT j.name, j.node_id FROM opinion_joiners oj JOIN justices j ON j.id = oj.justice_id WHERE oj.opinion_id = $p0 AND oj.parts IS NULL ORDER BY j.rowid", id);
                while (joined.Read())
                {
                    joiners.Add(joined.GetString(0));
                    justices.Add(new GraphNode(joined.GetString(1), "Justice " + joined.GetString(0), NodeKind.Justice));
                }
                nodes.Add(node with { JoinedBy = joiners });
            }
        }
        nodes.AddRange(justices.DistinctBy(j => j.Id));
        string? text = null;
        using (var reader = Read(
            """
            SELECT a.node_id, a.label, o.node_id, a.paragraph, a.start, a.length, a.role, a.disposition FROM arguments a
            JOIN opinions o ON o.id = a.opinion_id JOIN decisions d ON d.id = o.decision_id
            WHERE d.document_id = $p0 ORDER BY a.decision_index
            """, documentId))
        {
            while (reader.Read())
            {
                nodes.Add(new GraphNode(reader.GetString(0), reader.GetString(1), NodeKind.Argument)
                {
                    Opinion = reader.GetString(2),
                    Paragraph = reader.GetInt32(3),
                    Text = Slice(text ??= DocumentText(documentId), reader.GetInt32(4), reader.GetInt32(5)),
                    Role = reader.GetString(6) == "conclusion" ? ArgumentRole.Conclusion : ArgumentRole.Reason,
                    Disposition = reader.IsDBNull(7) ? null : reader.GetString(7),
                });
            }
        }
        return nodes;
    }

    /// <summary>The node of a case; with <paramref name="linkDecisions"/>, an ingested decision's own node.</summary>
    public GraphNode CaseNode(long caseId, bool linkDecisions)
    {
        if (linkDecisions)
        {
            using var decision = Read("SELECT node_id, title, citation, year FROM decisions WHERE case_id = $p0 ORDER BY id LIMIT 1", caseId);
            if (decision.Read())
            {
                return new GraphNode(decision.GetString(0), decision.GetString(1), NodeKind.Decision)
                {
                    Citation = decision.IsDBNull(2) ? null : decision.GetString(2),
                    Year = decision.IsDBNull(3) ? null : decision.GetInt32(3),
                };
            }
        }
        var citations = new List<string>();
        using (var reader = Read("SELECT citation FROM case_citations WHERE case_id = $p0 ORDER BY citation", caseId))
        {
            while (reader.Read())
            {
                citations.Add(reader.GetString(0));
            }
        }
        using var row = Read("SELECT key, label, primary_citation, year FROM cases WHERE id = $p0", caseId);
        row.Read();
        var primary = row.IsDBNull(2) ? null : row.GetString(2);
        if (primary is not null)
        {
            citations.Remove(primary);
            citations.Insert(0, primary);
        }
        return new GraphNode(NodeIds.Case(row.GetString(0)), row.GetString(1), NodeKind.Case)
        {
            Citation = primary,
            Citations = citations.Count == 0 ? null : citations,
            Year = row.IsDBNull(3) ? null : row.GetInt32(3),
        };
    }

    public GraphNode? ProvisionNode(string nodeId)
    {
        using var reader = Read("SELECT key, label FROM provisions WHERE key = $p0", nodeId["provision:".Length..]);
        return reader.Read() ? new GraphNode(nodeId, reader.GetString(1), NodeKind.Provision) : null;
    }

    private string DocumentText(long documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM documents WHERE id = $id";
        command.Parameters.AddWithValue("$id", documentId);
        return DocumentTextCodec.Decompress((byte[])command.ExecuteScalar()!);
    }

    private static string Slice(string text, int start, int length)
    {
        start = Math.Clamp(start, 0, text.Length);
        return GraphBuilder.Clean(text.Substring(start, Math.Clamp(length, 0, text.Length - start)));
    }

    internal static OpinionKind ParseKind(string name) =>
        Enum.GetValues<OpinionKind>().FirstOrDefault(k => Relations.Name(k) == name, OpinionKind.Majority);

    private SqliteDataReader Read(string sql, object value)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p0", value);
        return command.ExecuteReader(System.Data.CommandBehavior.Default);
    }
}
