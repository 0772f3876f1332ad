using System.Globalization;
using Microsoft.Data.Sqlite;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;

namespace PrecedentGraph.Storage;

/// <summary>The questions the store answers: who relies on, distinguishes, treats or cites a case; what a decision
/// cites; the most cited cases; citation paths; contested cases; positions by issue; full-text search. Rows come
/// in a stable order.</summary>
public sealed partial class StoreQueries(CorpusStore store)
{
    private readonly SqliteConnection connection = store.Connection;
    private readonly CaseFinder finder = new(store.Connection);

    private const string CitationSelect =
        """
        SELECT d.title, d.node_id, d.year, o.node_id, o.kind, j.name, c.label, 'case:' || c.key, c.primary_citation,
               e.relation, coalesce(e.count, 1), coalesce(e.quoted, 0), e.confidence, e.cue,
               coalesce((SELECT s.text FROM edge_evidence ev JOIN evidence_sentences s ON s.id = ev.sentence_id WHERE ev.edge_id = e.id ORDER BY ev.ordinal LIMIT 1), ''), doc.path
        FROM edges e
        JOIN opinions o ON o.id = e.opinion_id
        JOIN decisions d ON d.id = o.decision_id
        JOIN documents doc ON doc.id = d.document_id
        JOIN cases c ON c.id = e.case_id
        LEFT JOIN justices j ON j.id = o.author_id
        """;

    /// <summary>Orders treatments from the strongest (overrules) to the neutral (cites), as <see cref="TreatmentRelation"/>.</summary>
    private static readonly string RelationRank = "CASE e.relation " + string.Join(" ",
        Enum.GetValues<TreatmentRelation>().Select((r, i) => $"WHEN '{Relations.Name(r)}' THEN {i.ToString(CultureInfo.InvariantCulture)}")) + " ELSE 99 END";

    /// <summary>The stored case a user's text means; throws <see cref="StoreQueryException"/> listing candidates when ambiguous.</summary>
    public CaseReference FindCase(string text) => finder.Find(text);

    /// <summary>Opinions whose dominant treatment of the case is relies-on.</summary>
    public IReadOnlyList<CitationRow> ReliesOn(string caseText) => ByRelation(caseText, Relations.ReliesOn);

    /// <summary>Opinions that distinguish the case.</summary>
    public IReadOnlyList<CitationRow> Distinguishes(string caseText) => ByRelation(caseText, Relations.Distinguishes);

    /// <summary>Every opinion that cites the case, grouped by relation (strongest first), with its evidence sentence.</summary>
    public IReadOnlyList<CitationRow> Treatments(string caseText)
    {
        var found = finder.Find(caseText);
        return Citations($"{CitationSelect} WHERE e.case_id = $p0 AND d.preferred = 1 ORDER BY {RelationRank}, d.year IS NULL, d.year, d.title, d.id, o.ordinal, e.id", found.Id);
    }

    /// <summary>Every opinion that cites the case, oldest decision first.</summary>
    public IReadOnlyList<CitationRow> CitedBy(string caseText)
    {
        var found = finder.Find(caseText);
        return Citations($"{CitationSelect} WHERE e.case_id = $p0 AND d.preferred = 1 ORDER BY d.year IS NULL, d.year, d.title, d.id, o.ordinal, e.id", found.Id);
    }

    /// <summary>The cases a decision (every opinion of it) or one opinion (by node id) cites.</summary>
    public IReadOnlyList<CitationRow> Cites(string decisionOrOpinion)
    {
        var text = decisionOrOpinion.Trim();
        if (text.StartsWith("opinion:", StringComparison.Ordinal))
        {
            var rows = Citations($"{CitationSelect} WHERE o.node_id = $p0 AND e.case_id IS NOT NULL ORDER BY d.id, o.ordinal, e.ordinal", text);
            return rows.Count > 0 || OpinionExists(text) ? rows : throw new StoreQueryException($"no stored opinion {CaseFinder.Shorten(text)}");
        }
        var decisions = FindDecisions(text);
        var result = new List<CitationRow>();
        foreach (var decision in decisions)
        {
            result.AddRange(Citations(
                $"{CitationSelect} WHERE o.decision_id = $p0 AND e.case_id IS NOT NULL ORDER BY o.ordinal, e.ordinal", decision));
        }
        return result;
    }

    private IReadOnlyList<CitationRow> ByRelation(string caseText, string relation)
    {
        var found = finder.Find(caseText);
        return Citations($"{CitationSelect} WHERE e.case_id = $p0 AND e.relation = $p1 AND d.preferred = 1 ORDER BY d.year IS NULL, d.year, d.title, d.id, o.ordinal, e.id", found.Id, relation);
    }

    /// <summary>The decision ids a user's text means: a slug, a "decision:" node id, or a case name or citation that an
    /// ingested decision is; of a decision ingested in two forms, the preferred document (raw first).</summary>
    internal IReadOnlyList<long> FindDecisions(string text)
    {
        var slug = text.StartsWith("decision:", StringComparison.Ordinal) ? text[9..] : text;
        var direct = Longs("SELECT id FROM decisions WHERE slug = $p0 ORDER BY preferred DESC, id LIMIT 1", slug);
        if (direct.Count > 0)
        {
            return direct;
        }
        var found = finder.Find(text);
        var ids = Longs("SELECT id FROM decisions WHERE case_id = $p0 AND preferred = 1 ORDER BY id", found.Id);
        return ids.Count > 0 ? ids : throw new StoreQueryException($"{found} is cited but was not ingested as a decision");
    }

    private bool OpinionExists(string nodeId) => Longs("SELECT id FROM opinions WHERE node_id = $p0", nodeId).Count > 0;

    private List<CitationRow> Citations(string sql, params object[] values)
    {
        using var command = Command(sql, values);
        using var reader = command.ExecuteReader();
        var rows = new List<CitationRow>();
        while (reader.Read())
        {
            rows.Add(new CitationRow(
                reader.GetString(0), reader.GetString(1), NullableInt(reader, 2), reader.GetString(3), reader.GetString(4),
                NullableString(reader, 5), reader.GetString(6), reader.GetString(7), NullableString(reader, 8), reader.GetString(9),
                reader.GetInt32(10), reader.GetInt64(11) != 0, reader.IsDBNull(12) ? null : reader.GetDouble(12), NullableString(reader, 13),
                reader.GetString(14), reader.GetString(15)));
        }
        return rows;
    }

    private SqliteCommand Command(string sql, params object[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$p" + i.ToString(CultureInfo.InvariantCulture), values[i]);
        }
        return command;
    }

    private List<long> Longs(string sql, params object[] values)
    {
        using var command = Command(sql, values);
        using var reader = command.ExecuteReader();
        var result = new List<long>();
        while (reader.Read())
        {
            result.Add(reader.GetInt64(0));
        }
        return result;
    }

    private static string? NullableString(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static int? NullableInt(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetInt32(column);
}
