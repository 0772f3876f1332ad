using System.Globalization;
using PrecedentGraph.Analysis;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;

namespace PrecedentGraph.Storage;

/// <summary>Writes one analysed document into the store inside the caller's transaction: its decision, opinions,
/// justices, paragraphs, arguments, issues, positions, mentions and every edge of its graph, with cases
/// unified through <see cref="CaseUnifier"/>.</summary>
internal sealed partial class DocumentWriter(StoreCommands commands, IReadOnlyDictionary<string, CaseUnifier.StoredCase>? knownCases = null, string analyzer = "")
{
    private readonly CaseUnifier unifier = new(commands, knownCases);

    /// <summary>Case unifications made by this writer, for the store to remember once the transaction commits.</summary>
    public IReadOnlyDictionary<string, CaseUnifier.StoredCase> LearnedCases => unifier.Learned;

    /// <summary>Paragraph texts waiting for the full-text index, written by <see cref="FlushSearch"/>.</summary>
    private readonly List<(long Id, string Text)> search = [];

    /// <summary>Rows per multi-row INSERT into the full-text index.</summary>
    private const int SearchRowsPerStatement = 64;

    /// <summary>Deletes everything stored for a document (the FTS rows first, through the paragraphs trigger).</summary>
    public void Delete(long documentId)
    {
        var caseId = commands.Scalar("SELECT case_id FROM decisions WHERE document_id = $p0", documentId);
        commands.Execute("DELETE FROM paragraph_search WHERE rowid IN (SELECT id FROM paragraphs WHERE document_id = $p0)", documentId);
        commands.Execute("DELETE FROM paragraphs WHERE document_id = $p0", documentId);
        commands.Execute("DELETE FROM edges WHERE document_id = $p0", documentId);
        commands.Execute("DELETE FROM evidence_sentences WHERE document_id = $p0", documentId);
        commands.Execute("DELETE FROM mentions WHERE document_id = $p0", documentId);
        commands.Execute("DELETE FROM documents WHERE id = $p0", documentId);
        if (caseId is long id)
        {
            ElectPreferred(id);
        }
    }

    /// <summary>Of the documents that are one decision (its raw and normalized forms), queries show one: the raw
    /// form first, then the earliest ingested.</summary>
    private void ElectPreferred(long caseId) => commands.Execute(
        """
        UPDATE decisions SET preferred = (id = (
            SELECT d.id FROM decisions d JOIN documents doc ON doc.id = d.document_id
            WHERE d.case_id = $p0 ORDER BY doc.input_form = 'normalized', d.id LIMIT 1))
        WHERE case_id = $p0
        """,
        caseId);

    public (int Opinions, int Edges) Write(DocumentAnalysis analysis, byte[]? compressedText = null)
    {
        var document = analysis.Document;
        var segmentation = analysis.Segmentation;
        var info = segmentation.Decision;
        var documentId = commands.Insert(
            """
            INSERT INTO documents(path, content_hash, title, input_form, format, characters, ingested_at, text, analyzer)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8) RETURNING id
            """,
            document.Path, document.ContentHash, info.Title, document.Form.ToString().ToLowerInvariant(), document.Format,
            document.Text.Length, DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            compressedText ?? DocumentTextCodec.Compress(document.Text), analyzer);

        // The decided case is a case like any other, so that other decisions' citations meet it.
        var decisionCase = unifier.FindOrAdd(info.Slug, info.Title, info.Citation, info.Citation is null ? [] : [info.Citation], info.Year);
        var decisionId = commands.Insert(
            """
            INSERT INTO decisions(document_id, case_id, slug, node_id, title, citation, year, docket, date)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8) RETURNING id
            """,
            documentId, decisionCase.Id, info.Slug, NodeIds.Decision(info.Slug), info.Title, info.Citation, info.Year, info.Docket, info.Date);

        ElectPreferred(decisionCase.Id);
        var opinions = WriteOpinions(segmentation, decisionId);
        WriteParagraphs(analysis, documentId, opinions);

        var cases = new Dictionary<string, CaseUnifier.StoredCase>(StringComparer.Ordinal) { [info.Slug] = decisionCase };
        foreach (var cited in analysis.Resolution.Cases)
        {
            if (!cases.ContainsKey(cited.Key))
            {
                cases[cited.Key] = unifier.FindOrAdd(cited);
            }
        }
        var provisions = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var provision in analysis.Citations.Provisions)
        {
            if (!provisions.ContainsKey(provision.Key))
            {
                commands.Execute("INSERT OR IGNORE INTO provisions(key, label) VALUES ($p0, $p1)", provision.Key, provision.Label);
                provisions[provision.Key] = (long)commands.Scalar("SELECT id FROM provisions WHERE key = $p0", provision.Key)!;
            }
        }

        var arguments = WriteArguments(analysis, opinions);
        WriteIssues(analysis.Arguments, decisionId, opinions, arguments);
        WriteMentions(analysis, documentId, opinions, cases);
        var edges = WriteEdges(analysis, documentId, opinions, arguments, cases, provisions);
        return (opinions.Count, edges);
    }

    private sealed record StoredOpinion(long Id, string NodeId);

    private Dictionary<int, StoredOpinion> WriteOpinions(SegmentationResult segmentation, long decisionId)
    {
        var slug = segmentation.Decision.Slug;
        var result = new Dictionary<int, StoredOpinion>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var ordinal = 0;
        foreach (var opinion in segmentation.Opinions.Where(o => o.Kind != OpinionKind.Syllabus))
        {
            // The node ids of GraphBuilder: a repeated id gets ":2", ":3" ...
            var nodeId = NodeIds.Opinion(slug, opinion);
            for (var n = 2; used.Contains(nodeId); n++)
            {
                nodeId = NodeIds.Opinion(slug, opinion) + ":" + n.ToString(CultureInfo.InvariantCulture);
            }
            used.Add(nodeId);
            var id = commands.Insert(
                """
                INSERT INTO opinions(decision_id, node_id, ordinal, kind, label, author_id, in_judgment, start, length)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8) RETURNING id
                """,
                decisionId, nodeId, ordinal++, Relations.Name(opinion.Kind), GraphBuilder.OpinionLabel(opinion),
                opinion.Author is null ? null : Justice(opinion.Author), opinion.InJudgment, opinion.Span.Start, opinion.Span.Length);
            foreach (var joiner in opinion.JoinedBy)
            {
                commands.Execute("INSERT OR IGNORE INTO opinion_joiners(opinion_id, justice_id, parts) VALUES ($p0, $p1, NULL)", id, Justice(joiner));
            }
            foreach (var partial in opinion.PartialJoins)
            {
                commands.Execute("INSERT OR IGNORE INTO opinion_joiners(opinion_id, justice_id, parts) VALUES ($p0, $p1, $p2)", id, Justice(partial.Justice), partial.Parts);
            }
            result[opinion.Index] = new StoredOpinion(id, nodeId);
        }
        return result;
    }

    private long Justice(string name)
    {
        var nodeId = NodeIds.Justice(name);
        if (commands.Scalar("SELECT id FROM justices WHERE node_id = $p0", nodeId) is long id)
        {
            return id;
        }
        return commands.Insert("INSERT INTO justices(name, node_id) VALUES ($p0, $p1) RETURNING id", name, nodeId);
    }

    private void WriteParagraphs(DocumentAnalysis analysis, long documentId, Dictionary<int, StoredOpinion> opinions)
    {
        foreach (var paragraph in analysis.Segmentation.Paragraphs)
        {
            var opinion = analysis.Segmentation.OpinionAt(paragraph.Span.Start);
            long? opinionId = opinion is not null && opinions.TryGetValue(opinion.Index, out var stored) ? stored.Id : null;
            var id = commands.Insert(
                """
                INSERT INTO paragraphs(document_id, opinion_id, ordinal, start, length, is_footnote)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5) RETURNING id
                """,
                documentId, opinionId, paragraph.Index, paragraph.Span.Start, paragraph.Span.Length, paragraph.IsFootnote);
            search.Add((id, analysis.Document.Slice(paragraph.Span)));
        }
    }

    /// <summary>Writes the waiting paragraphs into the full-text index, many rows per statement, all together at the end
    /// of the batch. FTS5 flushes its in-memory terms to a new segment whenever another write statement opens a
    /// savepoint, so interleaving one FTS insert per paragraph with the paragraph inserts made a segment per paragraph
    /// (and endless merging): the index took over half the writer's time.</summary>
    public void FlushSearch()
    {
        foreach (var chunk in search.Chunk(SearchRowsPerStatement))
        {
            var sql = "INSERT INTO paragraph_search(rowid, text) VALUES " + string.Join(", ",
                Enumerable.Range(0, chunk.Length).Select(i => string.Create(CultureInfo.InvariantCulture, $"($p{2 * i}, $p{2 * i + 1})")));
            var values = new object?[chunk.Length * 2];
            for (var i = 0; i < chunk.Length; i++)
            {
                values[2 * i] = chunk[i].Id;
                values[2 * i + 1] = chunk[i].Text;
            }
            commands.Execute(sql, values);
        }
        search.Clear();
    }

    internal static void IndexParagraph(StoreCommands commands, long paragraphId, string text) =>
        commands.Execute("INSERT INTO paragraph_search(rowid, text) VALUES ($p0, $p1)", paragraphId, text);

    private Dictionary<int, (long Id, string NodeId)> WriteArguments(DocumentAnalysis analysis, Dictionary<int, StoredOpinion> opinions)
    {
        var result = new Dictionary<int, (long, string)>();
        foreach (var argument in analysis.Arguments.Arguments)
        {
            if (!opinions.TryGetValue(argument.OpinionIndex, out var opinion))
            {
                continue;
            }
            var nodeId = NodeIds.Argument(opinion.NodeId, argument.Ordinal);
            var id = commands.Insert(
                """
                INSERT INTO arguments(opinion_id, node_id, ordinal, decision_index, role, label, paragraph, disposition, cue, start, length)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10) RETURNING id
                """,
                opinion.Id, nodeId, argument.Ordinal, argument.Index, argument.Role.ToString().ToLowerInvariant(), argument.Label,
                argument.Paragraph, argument.Disposition, argument.Cue,
                argument.Span.Start, argument.Span.Length);
            result[argument.Index] = (id, nodeId);
        }
        return result;
    }

    private void WriteIssues(ArgumentResult result, long decisionId, Dictionary<int, StoredOpinion> opinions, Dictionary<int, (long Id, string NodeId)> arguments)
    {
        var issues = new Dictionary<int, long>();
        foreach (var issue in result.Issues)
        {
            var id = commands.Insert(
                "INSERT INTO issues(decision_id, ordinal, name, terms) VALUES ($p0, $p1, $p2, $p3) RETURNING id",
                decisionId, issue.Index, issue.Name, string.Join(", ", issue.Terms));
            issues[issue.Index] = id;
            foreach (var argument in issue.Arguments)
            {
                if (arguments.TryGetValue(argument, out var stored))
                {
                    commands.Execute("INSERT OR IGNORE INTO issue_arguments(issue_id, argument_id) VALUES ($p0, $p1)", id, stored.Id);
                }
            }
        }
        foreach (var position in result.Positions)
        {
            if (opinions.TryGetValue(position.OpinionIndex, out var opinion) && issues.TryGetValue(position.IssueIndex, out var issue))
            {
                commands.Execute(
                    "INSERT OR REPLACE INTO positions(opinion_id, issue_id, position) VALUES ($p0, $p1, $p2)",
                    opinion.Id, issue, PositionName(position.Position));
            }
        }
    }

    internal static string PositionName(Position position) => position switch
    {
        Position.WithMajority => "with-majority",
        Position.Against => "against",
        _ => "silent",
    };

    private void WriteMentions(DocumentAnalysis analysis, long documentId, Dictionary<int, StoredOpinion> opinions, Dictionary<string, CaseUnifier.StoredCase> cases)
    {
        var sentences = new Dictionary<int, TextSpan>();
        foreach (var treatment in analysis.Treatment.Citations)
        {
            sentences.TryAdd(treatment.Citation.Mention.Index, treatment.Sentence);
        }
        foreach (var citation in analysis.Resolution.Citations)
        {
            var mention = citation.Mention;
            long? opinionId = opinions.TryGetValue(citation.OpinionIndex, out var opinion) ? opinion.Id : null;
            long? caseId = citation.CaseKey is not null && cases.TryGetValue(citation.CaseKey, out var stored) ? stored.Id : null;
            TextSpan? sentence = sentences.TryGetValue(mention.Index, out var found) ? found : null;
            commands.Execute(
                """
                INSERT INTO mentions(document_id, opinion_id, case_id, ordinal, start, length, sentence_start, sentence_length, form, signal, pin_cite, unresolved_reason)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11)
                """,
                documentId, opinionId, caseId, mention.Index, mention.Span.Start, mention.Span.Length, sentence?.Start, sentence?.Length,
                mention.Form.ToString().ToLowerInvariant(), mention.Signal, mention.PinCite, citation.UnresolvedReason);
        }
    }
}
