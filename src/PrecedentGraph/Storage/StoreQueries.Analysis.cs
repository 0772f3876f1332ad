using System.Text;

namespace PrecedentGraph.Storage;

public sealed partial class StoreQueries
{
    private const string MajorityKinds = "('majority', 'plurality', 'per-curiam')";
    private const string DissentKinds = "('dissent', 'concurrence-dissent')";

    /// <summary>Cases a decision's majority and one of its dissents both cite, with both treatments; pairs whose
    /// treatments differ come first. Limited to one decision when <paramref name="decision"/> is given.</summary>
    public IReadOnlyList<ContestedRow> Contested(int top, string? decision = null)
    {
        var filter = "";
        var values = new List<object>();
        if (decision is not null)
        {
            var ids = FindDecisions(decision);
            filter = $"AND om.decision_id IN ({string.Join(", ", ids)})";
        }
        values.Add(Math.Max(0, top));
        using var command = Command(
            $"""
            SELECT d.title, c.label, 'case:' || c.key, om.node_id, jm.name, em.relation,
                   coalesce((SELECT s.text FROM edge_evidence ev JOIN evidence_sentences s ON s.id = ev.sentence_id WHERE ev.edge_id = em.id ORDER BY ev.ordinal LIMIT 1), ''),
                   od.node_id, jd.name, ed.relation,
                   coalesce((SELECT s.text FROM edge_evidence ev JOIN evidence_sentences s ON s.id = ev.sentence_id WHERE ev.edge_id = ed.id ORDER BY ev.ordinal LIMIT 1), '')
            FROM edges em
            JOIN opinions om ON om.id = em.opinion_id AND om.kind IN {MajorityKinds}
            JOIN opinions od ON od.decision_id = om.decision_id AND od.kind IN {DissentKinds}
            JOIN edges ed ON ed.opinion_id = od.id AND ed.case_id = em.case_id
            JOIN decisions d ON d.id = om.decision_id
            JOIN cases c ON c.id = em.case_id
            LEFT JOIN justices jm ON jm.id = om.author_id
            LEFT JOIN justices jd ON jd.id = od.author_id
            WHERE em.case_id IS NOT NULL AND d.preferred = 1 {filter}
            ORDER BY em.relation = ed.relation, d.year IS NULL, d.year, d.title, d.id, c.label, em.id, ed.id
            LIMIT $p0
            """, [.. values]);
        using var reader = command.ExecuteReader();
        var rows = new List<ContestedRow>();
        while (reader.Read())
        {
            rows.Add(new ContestedRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), NullableString(reader, 4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), NullableString(reader, 8), reader.GetString(9), reader.GetString(10),
                reader.GetString(5) != reader.GetString(9)));
        }
        return rows;
    }

    /// <summary>Each justice's position on each issue of a decision, through the opinion they wrote or joined.</summary>
    public IReadOnlyList<PositionRow> Positions(string decision)
    {
        var rows = new List<PositionRow>();
        foreach (var id in FindDecisions(decision))
        {
            using var command = Command(
                """
                SELECT d.title, i.ordinal, i.name, o.node_id, o.kind, p.position, o.id, ja.name
                FROM positions p JOIN issues i ON i.id = p.issue_id JOIN opinions o ON o.id = p.opinion_id
                JOIN decisions d ON d.id = o.decision_id LEFT JOIN justices ja ON ja.id = o.author_id
                WHERE i.decision_id = $p0 ORDER BY i.ordinal, o.ordinal
                """, id);
            var found = new List<(string Decision, int Issue, string Name, string Opinion, string Kind, string Position, long OpinionId, string? Author)>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    found.Add((reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                        reader.GetString(5), reader.GetInt64(6), NullableString(reader, 7)));
                }
            }
            foreach (var row in found)
            {
                var justices = new List<string?> { row.Author };
                using var joiners = Command("SELECT j.name FROM opinion_joiners oj JOIN justices j ON j.id = oj.justice_id WHERE oj.opinion_id = $p0 ORDER BY j.id", row.OpinionId);
                using var reader = joiners.ExecuteReader();
                while (reader.Read())
                {
                    justices.Add(reader.GetString(0));
                }
                foreach (var justice in justices.Where((j, i) => j is not null || i == 0))
                {
                    rows.Add(new PositionRow(row.Decision, row.Issue, row.Name, justice, row.Opinion, row.Kind, row.Position));
                }
            }
        }
        return rows;
    }

    /// <summary>Paragraphs holding every word of <paramref name="text"/> (FTS5, best first), with the arguments in them.
    /// The words are quoted, so FTS syntax in the text (quotes, NEAR, *, -, :) is searched for, never run.</summary>
    public IReadOnlyList<SearchRow> Search(string text, int top)
    {
        var words = SearchWords(text);
        if (words.Count == 0)
        {
            throw new StoreQueryException("nothing to search for");
        }
        using var command = Command(
            """
            SELECT p.ordinal, d.title, o.node_id, doc.id, p.start, p.length, doc.path, p.opinion_id
            FROM paragraph_search
            JOIN paragraphs p ON p.id = paragraph_search.rowid
            JOIN documents doc ON doc.id = p.document_id
            JOIN decisions d ON d.document_id = doc.id
            LEFT JOIN opinions o ON o.id = p.opinion_id
            WHERE paragraph_search MATCH $p0 AND d.preferred = 1
            ORDER BY rank, p.id
            LIMIT $p1
            """, FtsQuery(words), Math.Max(0, top));
        var found = new List<(int Paragraph, string Decision, string? Opinion, long DocumentId, int Start, int Length, string Document, long? OpinionId)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                found.Add((reader.GetInt32(0), reader.GetString(1), NullableString(reader, 2), reader.GetInt64(3), reader.GetInt32(4),
                    reader.GetInt32(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetInt64(7)));
            }
        }
        var texts = new Dictionary<long, string>();
        var rows = new List<SearchRow>();
        foreach (var row in found)
        {
            if (!texts.TryGetValue(row.DocumentId, out var documentText))
            {
                using var textCommand = Command("SELECT text FROM documents WHERE id = $p0", row.DocumentId);
                documentText = DocumentTextCodec.Decompress((byte[])textCommand.ExecuteScalar()!);
                texts[row.DocumentId] = documentText;
            }
            var start = Math.Clamp(row.Start, 0, documentText.Length);
            var paragraph = documentText.Substring(start, Math.Clamp(row.Length, 0, documentText.Length - start));
            var arguments = new List<string>();
            if (row.OpinionId is long opinionId)
            {
                using var argumentsCommand = Command("SELECT label FROM arguments WHERE opinion_id = $p0 AND paragraph = $p1 ORDER BY ordinal", opinionId, row.Paragraph);
                using var reader = argumentsCommand.ExecuteReader();
                while (reader.Read())
                {
                    arguments.Add(reader.GetString(0));
                }
            }
            rows.Add(new SearchRow(row.Decision, row.Opinion, row.Paragraph, SearchSnippet.Make(paragraph, words), arguments, row.Document));
        }
        return rows;
    }

    /// <summary>The words of the user's text as the FTS tokenizer splits them: runs of letters and digits.</summary>
    internal static IReadOnlyList<string> SearchWords(string text)
    {
        var words = new List<string>();
        var builder = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0)
            {
                var word = builder.ToString();
                if (!words.Contains(word, StringComparer.OrdinalIgnoreCase))
                {
                    words.Add(word);
                }
                builder.Clear();
            }
        }
        return words;
    }

    /// <summary>Each word as an FTS5 string ("word"), all required: nothing of the user's text is FTS syntax.</summary>
    internal static string FtsQuery(IReadOnlyList<string> words) =>
        string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
