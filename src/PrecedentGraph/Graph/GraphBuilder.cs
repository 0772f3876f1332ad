using System.Text;
using PrecedentGraph.Analysis;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Graph;

/// <summary>Builds the graph of one decision from the stages' results: decision, opinions, justices, cases,
/// provisions and arguments, with the edges of the graph JSON contract.</summary>
public static class GraphBuilder
{
    /// <summary>How many evidence sentences an edge keeps.</summary>
    public const int MaxEvidence = 3;

    public static DecisionGraph Build(
        SourceDocument document,
        SegmentationResult segmentation,
        CitationResult citations,
        ResolutionResult resolution,
        TreatmentResult treatment,
        ArgumentResult arguments)
    {
        var slug = segmentation.Decision.Slug;
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void AddNode(GraphNode node)
        {
            if (seen.Add(node.Id))
            {
                nodes.Add(node);
            }
        }

        var decisionId = NodeIds.Decision(slug);
        AddNode(new GraphNode(decisionId, segmentation.Decision.Title, NodeKind.Decision)
        {
            Citation = segmentation.Decision.Citation,
            Year = segmentation.Decision.Year,
        });

        // Opinions (the syllabus is not an opinion of the Court and gets no node).
        var opinionIds = new Dictionary<int, string>();
        foreach (var opinion in segmentation.Opinions.Where(o => o.Kind != OpinionKind.Syllabus))
        {
            var id = NodeIds.Opinion(slug, opinion);
            for (var n = 2; opinionIds.ContainsValue(id); n++)
            {
                id = NodeIds.Opinion(slug, opinion) + ":" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            opinionIds[opinion.Index] = id;
            AddNode(new GraphNode(id, OpinionLabel(opinion), NodeKind.Opinion)
            {
                OpinionKind = opinion.Kind,
                Author = opinion.Author,
                // Everyone who joins it, wholly or in part ("joined as to Parts I and II"): the joins edges say which parts.
                JoinedBy = [.. opinion.JoinedBy, .. opinion.PartialJoins.Select(p => p.Justice).Where(j => !opinion.JoinedBy.Contains(j)).Distinct()],
                Decision = decisionId,
            });
        }

        // Justices, in order of appearance.
        foreach (var opinion in segmentation.Opinions.Where(o => opinionIds.ContainsKey(o.Index)))
        {
            foreach (var name in Names(opinion))
            {
                AddNode(new GraphNode(NodeIds.Justice(name), "Justice " + name, NodeKind.Justice));
            }
        }

        // Cases in order of first citation.
        var casesByKey = resolution.Cases.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var decisionKey = segmentation.Decision.Slug;
        foreach (var pair in treatment.Pairs)
        {
            if (opinionIds.ContainsKey(pair.OpinionIndex) && casesByKey.TryGetValue(pair.CaseKey, out var cited) && cited.Key != decisionKey)
            {
                AddNode(new GraphNode(NodeIds.Case(cited.Key), cited.Label, NodeKind.Case)
                {
                    Citation = cited.PrimaryCitation,
                    Citations = cited.Citations.Count == 0 ? null : cited.Citations,
                    Year = cited.Year,
                });
            }
        }

        // Provisions per opinion.
        var provisionEdges = new SortedDictionary<(int Opinion, string Key), (string Label, List<TextSpan> Spans)>();
        foreach (var provision in citations.Provisions)
        {
            var opinion = segmentation.OpinionAt(provision.Span.Start);
            if (opinion is null || !opinionIds.ContainsKey(opinion.Index))
            {
                continue;
            }
            if (!provisionEdges.TryGetValue((opinion.Index, provision.Key), out var entry))
            {
                entry = (provision.Label, []);
                provisionEdges[(opinion.Index, provision.Key)] = entry;
                AddNode(new GraphNode(NodeIds.Provision(provision.Key), provision.Label, NodeKind.Provision));
            }
            entry.Spans.Add(provision.Span);
        }

        // Opinion relations.
        var majority = segmentation.Opinions.FirstOrDefault(o => o.Kind is OpinionKind.Majority or OpinionKind.Plurality or OpinionKind.PerCuriam
            && opinionIds.ContainsKey(o.Index));
        foreach (var opinion in segmentation.Opinions.Where(o => opinionIds.ContainsKey(o.Index)))
        {
            var id = opinionIds[opinion.Index];
            if (opinion.Author is not null)
            {
                edges.Add(new GraphEdge(NodeIds.Justice(opinion.Author), id, Relations.Authored));
            }
            foreach (var joiner in opinion.JoinedBy)
            {
                edges.Add(new GraphEdge(NodeIds.Justice(joiner), id, Relations.Joins));
            }
            foreach (var partial in opinion.PartialJoins)
            {
                edges.Add(new GraphEdge(NodeIds.Justice(partial.Justice), id, Relations.Joins) { Cue = "parts " + partial.Parts });
            }
            edges.Add(new GraphEdge(id, decisionId, Relations.PartOf));
            if (majority is not null && opinion != majority)
            {
                var majorityId = opinionIds[majority.Index];
                if (opinion.Kind is OpinionKind.Concurrence or OpinionKind.ConcurrenceDissent)
                {
                    edges.Add(new GraphEdge(id, majorityId, Relations.ConcursWith));
                }
                if (opinion.Kind is OpinionKind.Dissent or OpinionKind.ConcurrenceDissent)
                {
                    edges.Add(new GraphEdge(id, majorityId, Relations.DissentsFrom));
                }
            }
        }

        // Treatment edges: exactly one per (opinion, case).
        foreach (var pair in treatment.Pairs)
        {
            if (!opinionIds.TryGetValue(pair.OpinionIndex, out var opinionId) || !casesByKey.ContainsKey(pair.CaseKey) || pair.CaseKey == decisionKey)
            {
                continue;
            }
            edges.Add(new GraphEdge(opinionId, NodeIds.Case(pair.CaseKey), Relations.Name(pair.Relation))
            {
                Count = pair.Count,
                Quoted = pair.Quoted,
                Evidence = Evidence(document.Text, pair.Evidence),
                Cue = pair.Cue,
                Confidence = Math.Round(pair.Confidence, 2),
            });
        }
        foreach (var ((opinionIndex, key), (_, spans)) in provisionEdges)
        {
            edges.Add(new GraphEdge(opinionIds[opinionIndex], NodeIds.Provision(key), Relations.Cites)
            {
                Count = spans.Count,
                Quoted = false,
                Evidence = Evidence(document.Text, spans.Select(s => Sentence(document.Text, s)).ToList()),
                Cue = "provision",
                Confidence = 1.0,
            });
        }

        // Arguments.
        var argumentIds = new Dictionary<int, string>();
        foreach (var argument in arguments.Arguments)
        {
            if (!opinionIds.TryGetValue(argument.OpinionIndex, out var opinionId))
            {
                continue;
            }
            var id = NodeIds.Argument(opinionId, argument.Ordinal);
            argumentIds[argument.Index] = id;
            AddNode(new GraphNode(id, argument.Label, NodeKind.Argument)
            {
                Opinion = opinionId,
                Paragraph = argument.Paragraph,
                Text = Clean(document.Slice(argument.Span)),
                Role = argument.Role,
                Disposition = argument.Disposition,
            });
            edges.Add(new GraphEdge(opinionId, id, Relations.Makes) { Cue = argument.Cue });
        }
        foreach (var link in arguments.CaseLinks)
        {
            if (argumentIds.TryGetValue(link.Argument, out var from) && seen.Contains(NodeIds.Case(link.CaseKey)))
            {
                edges.Add(new GraphEdge(from, NodeIds.Case(link.CaseKey), Relations.Name(link.Relation))
                {
                    Quoted = link.Quoted,
                    Evidence = Evidence(document.Text, [link.Evidence]),
                });
            }
        }
        foreach (var link in arguments.Links)
        {
            if (argumentIds.TryGetValue(link.From, out var from) && argumentIds.TryGetValue(link.To, out var to))
            {
                edges.Add(new GraphEdge(from, to, Relations.Name(link.Relation))
                {
                    Evidence = Evidence(document.Text, [link.Evidence]),
                    Cue = link.Cue,
                    Confidence = Math.Round(link.Confidence, 2),
                });
            }
        }

        return new DecisionGraph(segmentation.Decision.Title, document.Path, document.Form, nodes, edges);
    }

    public static string OpinionLabel(Opinion opinion)
    {
        var kind = opinion.Kind switch
        {
            OpinionKind.Majority => "Opinion of the Court",
            OpinionKind.Plurality => "Plurality opinion",
            OpinionKind.PerCuriam => "Per curiam",
            OpinionKind.Concurrence => opinion.InJudgment ? "Concurring in the judgment" : "Concurrence",
            OpinionKind.ConcurrenceDissent => "Concurring in part and dissenting in part",
            OpinionKind.Dissent => "Dissent",
            _ => "Syllabus",
        };
        return opinion.Author is null ? kind : $"{kind} ({opinion.Author})";
    }

    private static IEnumerable<string> Names(Opinion opinion)
    {
        if (opinion.Author is not null)
        {
            yield return opinion.Author;
        }
        foreach (var joiner in opinion.JoinedBy)
        {
            yield return joiner;
        }
        foreach (var partial in opinion.PartialJoins)
        {
            yield return partial.Justice;
        }
    }

    private static TextSpan Sentence(string text, TextSpan span)
    {
        // from the line end or period before the span to the one after it
        var start = span.Start > 0 ? text.AsSpan(0, span.Start).LastIndexOfAny('\n', '.') + 1 : span.Start;
        var end = span.End;
        if (end < text.Length)
        {
            var after = text.AsSpan(end).IndexOfAny('\n', '.');
            end = after < 0 ? text.Length : end + after;
        }
        return TextSpan.FromBounds(start, Math.Min(text.Length, end + 1));
    }

    private static IReadOnlyList<string> Evidence(string text, IReadOnlyList<TextSpan> spans)
    {
        var result = new List<string>();
        foreach (var span in spans)
        {
            var sentence = WhitespaceCollapser.Collapse(text.AsSpan(span.Start, span.Length));
            if (sentence.Length > 0 && !result.Contains(sentence))
            {
                result.Add(sentence);
            }
            if (result.Count == MaxEvidence)
            {
                break;
            }
        }
        return result;
    }

    /// <summary>Collapses white space and drops control characters.</summary>
    public static string Clean(string text) => WhitespaceCollapser.Collapse(text);
}
