using PrecedentGraph.Analysis;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;

namespace PrecedentGraph.Storage;

internal sealed partial class DocumentWriter
{
    /// <summary>Every edge of the document's graph, its case targets rewritten to the unified case, its evidence
    /// sentences stored as text (with their spans where the treatment stage gave them).</summary>
    private int WriteEdges(
        DocumentAnalysis analysis,
        long documentId,
        Dictionary<int, StoredOpinion> opinions,
        Dictionary<int, (long Id, string NodeId)> arguments,
        Dictionary<string, CaseUnifier.StoredCase> cases,
        Dictionary<string, long> provisions)
    {
        var opinionsByNode = opinions.ToDictionary(o => o.Value.NodeId, o => (Index: o.Key, o.Value.Id), StringComparer.Ordinal);
        var argumentsByNode = arguments.Values.ToDictionary(a => a.NodeId, a => a.Id, StringComparer.Ordinal);
        var spans = new Dictionary<(int, string), IReadOnlyList<TextSpan>>();
        foreach (var pair in analysis.Treatment.Pairs)
        {
            spans.TryAdd((pair.OpinionIndex, pair.CaseKey), pair.Evidence);
        }
        var text = analysis.Document.Text;
        var ordinal = 0;
        var merged = new Dictionary<(string, long), long>();
        var sentences = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var edge in analysis.Graph.Edges)
        {
            var target = edge.Target;
            long? caseId = null;
            long? provisionId = null;
            string? caseKey = null;
            if (target.StartsWith("case:", StringComparison.Ordinal) && cases.TryGetValue(target["case:".Length..], out var stored))
            {
                caseKey = target["case:".Length..];
                caseId = stored.Id;
                target = NodeIds.Case(stored.Key);
            }
            else if (target.StartsWith("provision:", StringComparison.Ordinal) && provisions.TryGetValue(target["provision:".Length..], out var provision))
            {
                provisionId = provision;
            }
            var fromOpinion = opinionsByNode.TryGetValue(edge.Source, out var opinion);
            long? argumentId = argumentsByNode.TryGetValue(edge.Source, out var argument) ? argument : null;
            if (caseId is long unified && merged.TryGetValue((edge.Source, unified), out var earlier))
            {
                // Two keys of this document are one stored case: still one edge per (opinion, case).
                Merge(earlier, edge, documentId, sentences);
                continue;
            }
            var edgeId = commands.Insert(
                """
                INSERT INTO edges(document_id, ordinal, source_node, target_node, relation, opinion_id, argument_id, case_id, provision_id, count, quoted, confidence, cue)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12) RETURNING id
                """,
                documentId, ordinal++, fromOpinion || argumentId is not null ? null : edge.Source, caseId is null ? target : null, edge.Relation,
                fromOpinion ? opinion.Id : null, argumentId, caseId, provisionId,
                edge.Count, edge.Quoted, edge.Confidence, edge.Cue);
            if (caseId is long storedCase)
            {
                merged[(edge.Source, storedCase)] = edgeId;
            }
            IReadOnlyList<TextSpan> candidates = fromOpinion && caseKey is not null && spans.TryGetValue((opinion.Index, caseKey), out var found) ? found : [];
            for (var i = 0; i < edge.Evidence.Count; i++)
            {
                var sentence = edge.Evidence[i];
                TextSpan? span = null;
                foreach (var candidate in candidates)
                {
                    if (candidate.Start >= 0 && candidate.End <= text.Length && GraphBuilder.Clean(text.Substring(candidate.Start, candidate.Length)) == sentence)
                    {
                        span = candidate;
                        break;
                    }
                }
                commands.Execute("INSERT INTO edge_evidence(edge_id, ordinal, sentence_id) VALUES ($p0, $p1, $p2)",
                    edgeId, i, Sentence(documentId, sentence, span, sentences));
            }
        }
        return ordinal;
    }

    /// <summary>The id of an evidence sentence, stored once per document however many edges cite it.</summary>
    private long Sentence(long documentId, string text, TextSpan? span, Dictionary<string, long> sentences)
    {
        if (!sentences.TryGetValue(text, out var id))
        {
            id = commands.Insert("INSERT INTO evidence_sentences(document_id, start, length, text) VALUES ($p0, $p1, $p2, $p3) RETURNING id",
                documentId, span?.Start, span?.Length, text);
            sentences[text] = id;
        }
        return id;
    }

    private void Merge(long edgeId, GraphEdge edge, long documentId, Dictionary<string, long> sentences)
    {
        var names = Enum.GetValues<TreatmentRelation>().Select(Relations.Name).ToList();
        var rank = "CASE relation " + string.Join(" ", names.Select((name, i) => $"WHEN '{name}' THEN {i}")) + " ELSE 99 END";
        var newRank = names.IndexOf(edge.Relation) is var found and >= 0 ? found : 99;
        commands.Execute(
            $"""
            UPDATE edges SET
                relation = CASE WHEN $p1 < {rank} THEN $p2 ELSE relation END,
                cue = CASE WHEN $p1 < {rank} THEN $p5 ELSE cue END,
                count = coalesce(count, 0) + coalesce($p3, 0),
                quoted = max(coalesce(quoted, 0), coalesce($p4, 0))
            WHERE id = $p0
            """,
            edgeId, newRank, edge.Relation, edge.Count, edge.Quoted, edge.Cue);
        var next = Convert.ToInt32(commands.Scalar("SELECT count(*) FROM edge_evidence WHERE edge_id = $p0", edgeId), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var sentence in edge.Evidence)
        {
            if (next >= GraphBuilder.MaxEvidence)
            {
                break;
            }
            var sentenceId = Sentence(documentId, sentence, null, sentences);
            if (commands.Scalar("SELECT 1 FROM edge_evidence WHERE edge_id = $p0 AND sentence_id = $p1", edgeId, sentenceId) is null)
            {
                commands.Execute("INSERT INTO edge_evidence(edge_id, ordinal, sentence_id) VALUES ($p0, $p1, $p2)", edgeId, next++, sentenceId);
            }
        }
    }
}
