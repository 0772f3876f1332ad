using PrecedentGraph.Model;

namespace PrecedentGraph.Storage;

/// <summary>Finds the one stored case a cited case is, or adds it: by key, then by any citation, then by the
/// looser match key (name tokens without "v."), where the citations do not contradict. The decided case of an
/// ingested document goes through the same door, so citations to it land on its row.
/// Unifying the very same cited case again (same key, label, citations and year) changes nothing in the store, so its
/// answer is remembered: <paramref name="known"/> holds the answers of committed transactions (the store keeps it across
/// batches), this transaction's own go to <see cref="Learned"/> until the caller commits.</summary>
internal sealed class CaseUnifier(StoreCommands commands, IReadOnlyDictionary<string, CaseUnifier.StoredCase>? known = null)
{
    public sealed record StoredCase(long Id, string Key);

    /// <summary>Answers found in this transaction: the caller adds them to its known answers once it commits.</summary>
    public Dictionary<string, StoredCase> Learned { get; } = new(StringComparer.Ordinal);

    public StoredCase FindOrAdd(string key, string label, string? primaryCitation, IReadOnlyList<string> citations, int? year)
    {
        var primary = primaryCitation is null ? null : CaseMatchKey.NormalizeCitation(primaryCitation);
        var all = citations.Select(CaseMatchKey.NormalizeCitation).Prepend(primary).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var question = string.Join('\u001f', new[] { key, label, primary ?? "", year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "" }.Concat(all));
        if (Learned.TryGetValue(question, out var answer) || known is not null && known.TryGetValue(question, out answer))
        {
            return answer;
        }
        answer = Unify(key, label, primary, all, year);
        Learned[question] = answer;
        return answer;
    }

    private StoredCase Unify(string key, string label, string? primary, List<string> all, int? year)
    {
        var matchKey = CaseMatchKey.For(label);
        // A key whose row has this very citation first; then any citation, before a key whose row has none: a name first
        // met without a citation ("in Nebbia v. New York") must not take a citation another row already holds.
        var found = ByKey(key, primary, confirmed: true) ?? ByCitation(all, primary) ?? ByKey(key, primary, confirmed: false)
            ?? ByMatchKey(matchKey, primary) ?? ByMatchKey(CaseMatchKey.For(key), primary);
        if (found is null)
        {
            // A key already taken by a case with another primary citation is a different case with a clashing key
            // (a truncated name): it gets its own row, never the other's.
            key = FreeKey(key, primary);
            var id = commands.Insert(
                "INSERT INTO cases(key, label, primary_citation, year, match_key) VALUES ($p0, $p1, $p2, $p3, $p4) RETURNING id",
                key, label, primary, year, matchKey.Length > 0 ? matchKey : CaseMatchKey.For(key));
            found = new StoredCase(id, key);
        }
        else
        {
            // Fill what the stored row lacks; a label with capitals beats a lowercased (normalized) one.
            commands.Execute(
                """
                UPDATE cases SET
                    primary_citation = coalesce(primary_citation, $p1),
                    year = coalesce(year, $p2),
                    label = CASE WHEN lower(label) = label AND lower($p3) <> $p3 THEN $p3 ELSE label END
                WHERE id = $p0
                """,
                found.Id, primary, year, label);
        }
        var ownPrimary = commands.Scalar("SELECT primary_citation FROM cases WHERE id = $p0", found.Id) as string;
        foreach (var citation in all)
        {
            if (Contradicts(citation, ownPrimary) || IsAnotherCasesOwn(citation, found.Id))
            {
                // Not this case's: a second page in the same reporter is another decision of the same name ("Hopt v. Utah,
                // 104 U.S. 631; 110 U.S. 574"), and another row's own citation was attached here by mistake.
                continue;
            }
            commands.Execute("INSERT OR IGNORE INTO case_citations(citation, case_id) VALUES ($p0, $p1)", citation, found.Id);
        }
        // The name's words, for lenient lookup: from the stored label and key only, not from every variant seen.
        var stored = (string)commands.Scalar("SELECT label || ' ' || key FROM cases WHERE id = $p0", found.Id)!;
        foreach (var token in CaseMatchKey.Tokens(stored).Distinct(StringComparer.Ordinal))
        {
            commands.Execute("INSERT OR IGNORE INTO case_tokens(token, case_id) VALUES ($p0, $p1)", token, found.Id);
        }
        return found;
    }

    public StoredCase FindOrAdd(CitedCase cited) => FindOrAdd(cited.Key, cited.Label, cited.PrimaryCitation, cited.Citations, cited.Year);

    /// <summary>The row with this key, if its citation agrees: <paramref name="confirmed"/> asks for the same primary
    /// citation on both sides; otherwise a missing one on either side agrees too.</summary>
    private StoredCase? ByKey(string key, string? primary, bool confirmed)
    {
        using var reader = commands.Reader("SELECT id, primary_citation FROM cases WHERE key = $p0", key);
        if (!reader.Read())
        {
            return null;
        }
        var stored = reader.IsDBNull(1) ? null : reader.GetString(1);
        var agrees = confirmed
            ? stored is not null && stored == primary
            : stored is null || primary is null || stored == primary;
        return agrees ? new StoredCase(reader.GetInt64(0), key) : null;
    }

    /// <summary>True when <paramref name="citation"/> is in the same reporter as the case's own citation but at another
    /// volume or page (a blank page, "559 U.S. ___", agrees with any page of its volume).</summary>
    internal static bool Contradicts(string citation, string? own)
    {
        if (own is null || citation == own)
        {
            return false;
        }
        var a = citation.Split(' ');
        var b = own.Split(' ');
        if (a.Length < 3 || b.Length < 3 || !a.AsSpan(1, a.Length - 2).SequenceEqual(b.AsSpan(1, b.Length - 2)))
        {
            return false;
        }
        return a[0] != b[0] || !(a[^1] == b[^1] || a[^1].StartsWith('_') || b[^1].StartsWith('_'));
    }

    private bool IsAnotherCasesOwn(string citation, long caseId) =>
        commands.Scalar("SELECT 1 FROM cases WHERE primary_citation = $p0 AND id <> $p1 LIMIT 1", citation, caseId) is not null;

    private string FreeKey(string key, string? primary)
    {
        if (commands.Scalar("SELECT 1 FROM cases WHERE key = $p0", key) is null)
        {
            return key;
        }
        var candidate = primary is null ? key : key + "-" + Graph.NodeIds.Slugify(primary);
        for (var n = 2; commands.Scalar("SELECT 1 FROM cases WHERE key = $p0", candidate) is not null; n++)
        {
            candidate = key + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return candidate;
    }

    /// <summary>The row holding one of the citations, the row whose own citation it is first; never a row whose own
    /// citation contradicts this case's (another page of the same reporter: the citation was attached to one of the two
    /// by mistake).</summary>
    private StoredCase? ByCitation(IReadOnlyList<string> citations, string? primary)
    {
        foreach (var citation in citations)
        {
            using var reader = commands.Reader(
                "SELECT c.id, c.key, c.primary_citation FROM case_citations cc JOIN cases c ON c.id = cc.case_id WHERE cc.citation = $p0 ORDER BY coalesce(c.primary_citation = cc.citation, 0) DESC, c.id",
                citation);
            while (reader.Read())
            {
                var own = reader.IsDBNull(2) ? null : reader.GetString(2);
                if (primary is null || !Contradicts(primary, own))
                {
                    return new StoredCase(reader.GetInt64(0), reader.GetString(1));
                }
            }
        }
        return null;
    }

    private StoredCase? ByMatchKey(string matchKey, string? primary)
    {
        if (!CaseMatchKey.IsDistinctive(matchKey))
        {
            return null;
        }
        using var reader = commands.Reader(
            "SELECT id, key, primary_citation FROM cases WHERE match_key = $p0 ORDER BY id", matchKey);
        while (reader.Read())
        {
            var stored = reader.IsDBNull(2) ? null : reader.GetString(2);
            if (stored is null || primary is null || stored == primary)
            {
                return new StoredCase(reader.GetInt64(0), reader.GetString(1));
            }
        }
        return null;
    }
}
