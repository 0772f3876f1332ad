using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using PrecedentGraph.Graph;

namespace PrecedentGraph.Storage;

/// <summary>Finds the stored case a user means, leniently: a citation ("5 U.S. 137"), a node id or key
/// ("case:marbury-v-madison"), or some of its name's words in any case ("Marbury", "marbury madison",
/// "Marbury v. Madison"). More than one fit is an error listing the candidates, never a guess.</summary>
internal sealed class CaseFinder(SqliteConnection connection)
{
    private const int MaxCandidates = 12;

    private static readonly Regex CitationPattern = new(@"^\s*\d{1,4}\s+[A-Za-z][A-Za-z0-9. ]{0,20}?\s+\d{1,5}\s*$", RegexOptions.CultureInvariant);

    public CaseReference Find(string text)
    {
        var ids = Candidates(text);
        if (ids.Count == 0)
        {
            throw new StoreQueryException($"no stored case matches \"{Shorten(text)}\"");
        }
        if (ids.Count > 1)
        {
            var candidates = ids.Select(Load).OrderByDescending(c => CitingCount(c.Id)).ThenBy(c => c.Label, StringComparer.Ordinal)
                .Take(MaxCandidates).Select(c => c.ToString()).ToList();
            var more = ids.Count > MaxCandidates ? $" (showing {MaxCandidates} of {ids.Count})" : "";
            throw new StoreQueryException($"\"{Shorten(text)}\" matches {ids.Count} cases{more}; be more specific", candidates);
        }
        return Load(ids[0]);
    }

    private List<long> Candidates(string text)
    {
        var trimmed = text.Trim();
        if (CitationPattern.IsMatch(trimmed))
        {
            var byCitation = Ids("SELECT case_id FROM case_citations WHERE citation = $p0", CaseMatchKey.NormalizeCitation(trimmed));
            return byCitation;
        }
        var key = trimmed.StartsWith("case:", StringComparison.Ordinal) ? trimmed[5..]
            : trimmed.StartsWith("decision:", StringComparison.Ordinal) ? trimmed[9..]
            : NodeIds.Slugify(trimmed);
        var byKey = Ids("SELECT id FROM cases WHERE key = $p0 UNION SELECT case_id FROM decisions WHERE slug = $p0", key);
        if (byKey.Count > 0)
        {
            return byKey;
        }
        var tokens = CaseMatchKey.Tokens(trimmed).Distinct(StringComparer.Ordinal).ToList();
        if (tokens.Count == 0)
        {
            return [];
        }
        var exact = Ids("SELECT id FROM cases WHERE match_key = $p0", string.Join(' ', tokens));
        if (exact.Count == 1)
        {
            return exact;
        }
        // Every word must be a token of the name: one indexed lookup per word, intersected.
        HashSet<long>? ids = null;
        foreach (var token in tokens.OrderBy(t => -t.Length))
        {
            var found = Ids("SELECT case_id FROM case_tokens WHERE token = $p0", token);
            ids = ids is null ? [.. found] : [.. ids.Intersect(found)];
            if (ids.Count == 0)
            {
                break;
            }
        }
        return ids is null ? [] : [.. ids.Order()];
    }

    public CaseReference Load(long id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, label, primary_citation, year FROM cases WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new StoreQueryException($"case {id.ToString(CultureInfo.InvariantCulture)} is not stored");
        }
        var decisions = Strings("SELECT slug FROM decisions WHERE case_id = $p0 ORDER BY id", id);
        return new CaseReference(id, reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetInt32(3), decisions.Distinct(StringComparer.Ordinal).ToList());
    }

    private long CitingCount(long id) => Ids("SELECT count(*) FROM edges WHERE case_id = $p0 AND opinion_id IS NOT NULL", id)[0];

    private List<long> Ids(string sql, object value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p0", value);
        using var reader = command.ExecuteReader();
        var result = new List<long>();
        while (reader.Read())
        {
            result.Add(reader.GetInt64(0));
        }
        return result;
    }

    private List<string> Strings(string sql, object value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p0", value);
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }
        return result;
    }

    internal static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 80 ? line : line[..80] + "...";
    }
}
