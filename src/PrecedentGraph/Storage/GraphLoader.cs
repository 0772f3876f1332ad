using System.Globalization;
using Microsoft.Data.Sqlite;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;
using QuikGraph;

namespace PrecedentGraph.Storage;

/// <summary>Loads graphs back out of the store: one decision's <see cref="DecisionGraph"/> (the shape `extract`
/// writes), the whole corpus (citations to an ingested decision point at its decision node), a case's ego network,
/// and the case-level citation network that the algorithms (PageRank, shortest paths) run on.</summary>
public sealed class GraphLoader(CorpusStore store)
{
    private readonly SqliteConnection connection = store.Connection;

    /// <summary>The graph of one ingested decision, by slug, node id or name (the first document when a decision was
    /// ingested in two forms).</summary>
    public DecisionGraph LoadDecisionGraph(string decision)
    {
        var ids = new StoreQueries(store).FindDecisions(decision);
        var documentId = Long("SELECT document_id FROM decisions WHERE id = $p0", ids[0]);
        var (label, source, form) = DocumentInfo(documentId);
        return Load("e.document_id = $p0", documentId, label, source, form, linkDecisions: false);
    }

    /// <summary>Every stored edge; a case that is an ingested decision is that decision's node.</summary>
    public DecisionGraph LoadCorpusGraph() => Load("e.document_id IN (SELECT document_id FROM decisions WHERE preferred = 1)", null, "corpus", store.Path, InputForm.Raw, linkDecisions: true);

    /// <summary>A case and the opinions that cite it, with their decisions, authors and treatment edges.</summary>
    public DecisionGraph LoadCaseGraph(string caseText)
    {
        var found = new StoreQueries(store).FindCase(caseText);
        return Load("e.opinion_id IN (SELECT e2.opinion_id FROM edges e2 JOIN opinions o2 ON o2.id = e2.opinion_id JOIN decisions d2 ON d2.id = o2.decision_id WHERE e2.case_id = $p0 AND d2.preferred = 1) AND (e.case_id = $p0 OR e.case_id IS NULL AND e.argument_id IS NULL)",
            found.Id, found.Label, store.Path, InputForm.Raw, linkDecisions: true);
    }

    /// <summary>The case-level citation network: a vertex per case (an ingested decision is its case), an edge per
    /// opinion citation, in a stable order.</summary>
    public BidirectionalGraph<long, CitationLink> LoadCitationNetwork() => LoadCitationNetwork(null);

    internal BidirectionalGraph<long, CitationLink> LoadCitationNetwork(SqliteTransaction? transaction)
    {
        var graph = new BidirectionalGraph<long, CitationLink>(allowParallelEdges: true);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            """
            SELECT d.case_id, e.case_id, e.id, o.node_id, e.relation
            FROM edges e JOIN opinions o ON o.id = e.opinion_id JOIN decisions d ON d.id = o.decision_id
            WHERE e.case_id IS NOT NULL AND e.case_id <> d.case_id AND d.preferred = 1
            ORDER BY e.id
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            graph.AddVerticesAndEdge(new CitationLink(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4)));
        }
        return graph;
    }

    private DecisionGraph Load(string edgeFilter, long? parameter, string label, string source, InputForm form, bool linkDecisions)
    {
        var nodes = new List<GraphNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var caseNodes = new Dictionary<long, string>();
        var edges = new List<GraphEdge>();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"""
            SELECT e.id, coalesce(e.source_node, o.node_id, a.node_id), coalesce(e.target_node, 'case:' || c.key), e.relation, e.count, e.quoted,
                   e.confidence, e.cue, e.case_id, e.opinion_id, e.argument_id, e.provision_id, e.document_id
            FROM edges e LEFT JOIN opinions o ON o.id = e.opinion_id LEFT JOIN arguments a ON a.id = e.argument_id LEFT JOIN cases c ON c.id = e.case_id
            WHERE {edgeFilter} ORDER BY e.id
            """;
        if (parameter is long value)
        {
            command.Parameters.AddWithValue("$p0", value);
        }
        var rows = new List<(long Id, string Source, string Target, string Relation, int? Count, bool? Quoted, double? Confidence, string? Cue, long? Case, long Document)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetInt64(5) != 0,
                    reader.IsDBNull(6) ? null : reader.GetDouble(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                    reader.IsDBNull(8) ? null : reader.GetInt64(8), reader.GetInt64(12)));
            }
        }
        var evidence = new Dictionary<long, List<string>>();
        using (var evidenceCommand = connection.CreateCommand())
        {
            // One query for every edge's sentences, not one per edge.
            evidenceCommand.CommandText =
                $"""
                SELECT ev.edge_id, s.text FROM edge_evidence ev JOIN evidence_sentences s ON s.id = ev.sentence_id
                WHERE ev.edge_id IN (SELECT e.id FROM edges e WHERE {edgeFilter}) ORDER BY ev.edge_id, ev.ordinal
                """;
            if (parameter is long bound)
            {
                evidenceCommand.Parameters.AddWithValue("$p0", bound);
            }
            using var reader = evidenceCommand.ExecuteReader();
            while (reader.Read())
            {
                if (!evidence.TryGetValue(reader.GetInt64(0), out var sentences))
                {
                    evidence[reader.GetInt64(0)] = sentences = [];
                }
                sentences.Add(reader.GetString(1));
            }
        }
        var nodeReader = new StoredNodeReader(connection);
        foreach (var documentId in rows.Select(r => r.Document).Distinct().Order())
        {
            foreach (var node in nodeReader.DocumentNodes(documentId))
            {
                if (seen.Add(node.Id))
                {
                    nodes.Add(node);
                }
            }
        }
        foreach (var row in rows)
        {
            var target = row.Target;
            if (row.Case is long caseId)
            {
                if (!caseNodes.TryGetValue(caseId, out var caseNode))
                {
                    var node = nodeReader.CaseNode(caseId, linkDecisions);
                    caseNode = node.Id;
                    caseNodes[caseId] = caseNode;
                    if (seen.Add(node.Id))
                    {
                        nodes.Add(node);
                    }
                }
                target = caseNode;
            }
            else if (!seen.Contains(target) && target.StartsWith("provision:", StringComparison.Ordinal) && nodeReader.ProvisionNode(target) is { } provision)
            {
                seen.Add(target);
                nodes.Add(provision);
            }
            if (!seen.Contains(row.Source) || !seen.Contains(target))
            {
                continue;
            }
            edges.Add(new GraphEdge(row.Source, target, row.Relation)
            {
                Count = row.Count,
                Quoted = row.Quoted,
                Confidence = row.Confidence,
                Cue = row.Cue,
                Evidence = evidence.TryGetValue(row.Id, out var sentences) ? sentences : [],
            });
        }
        return new DecisionGraph(label, source, form, nodes, edges);
    }

    private (string Label, string Source, InputForm Form) DocumentInfo(long documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT title, path, input_form FROM documents WHERE id = $id";
        command.Parameters.AddWithValue("$id", documentId);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetString(0), reader.GetString(1), reader.GetString(2) == "normalized" ? InputForm.Normalized : InputForm.Raw);
    }

    private long Long(string sql, long value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p0", value);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
