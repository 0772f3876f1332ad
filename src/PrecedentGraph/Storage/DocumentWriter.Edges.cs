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
            var edgeId = commands.Insert(
                """
                INSERT INTO edges(document_id, ordinal, source_node, target_node, relation, opinion_id, argument_id, case_id, provision_id, count, quoted, confidence, cue)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12) RETURNING id
                """,
                documentId, ordinal++, edge.Source, target, edge.Relation, fromOpinion ? opinion.Id : null, argumentId, caseId, provisionId,
                edge.Count, edge.Quoted, edge.Confidence, edge.Cue);
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
                commands.Execute(
                    "INSERT INTO edge_evidence(edge_id, ordinal, sentence, start, length) VALUES ($p0, $p1, $p2, $p3, $p4)",
                    edgeId, i, sentence, span?.Start, span?.Length);
            }
        }
        return ordinal;
    }
}
