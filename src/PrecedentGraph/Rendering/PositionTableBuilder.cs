using PrecedentGraph.Analysis;
using PrecedentGraph.Model;

namespace PrecedentGraph.Rendering;

/// <summary>Folds position entries into a justice × issue table. A justice placed by several opinions (the
/// majority they joined and a concurrence they wrote) takes the most telling position: against over with the
/// majority over silent. Rows keep the order in which justices first appear; issues are ordered by index.</summary>
public static class PositionTableBuilder
{
    public static PositionTable Build(string title, IEnumerable<PositionEntry> entries)
    {
        var list = entries.ToList();
        var issues = list.GroupBy(e => e.IssueIndex).OrderBy(g => g.Key).Select(g => (Index: g.Key, Name: g.First().Issue)).ToList();
        var column = issues.Select((issue, i) => (issue.Index, i)).ToDictionary(p => p.Index, p => p.i);
        var rows = new List<(string Justice, List<string> Opinions, Position[] Cells)>();
        var byJustice = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in list)
        {
            var justice = entry.Justice ?? "Per curiam";
            if (!byJustice.TryGetValue(justice, out var row))
            {
                row = rows.Count;
                byJustice[justice] = row;
                rows.Add((justice, [], Enumerable.Repeat(Position.Silent, issues.Count).ToArray()));
            }
            var (_, opinions, cells) = rows[row];
            if (!opinions.Contains(entry.Opinion, StringComparer.Ordinal))
            {
                opinions.Add(entry.Opinion);
            }
            var cell = column[entry.IssueIndex];
            cells[cell] = Stronger(cells[cell], entry.Position);
        }
        return new PositionTable(title, issues.Select(i => i.Name).ToList(),
            rows.Select(r => new PositionTableRow(r.Justice, r.Opinions, r.Cells)).ToList());
    }

    /// <summary>The table of one analysed document: every author and joiner of each opinion with a position.</summary>
    public static PositionTable FromAnalysis(DocumentAnalysis analysis)
    {
        var opinions = analysis.Segmentation.Opinions;
        var issues = analysis.Arguments.Issues.ToDictionary(i => i.Index);
        var entries = new List<PositionEntry>();
        foreach (var position in analysis.Arguments.Positions.OrderBy(p => p.OpinionIndex).ThenBy(p => p.IssueIndex))
        {
            var opinion = opinions.FirstOrDefault(o => o.Index == position.OpinionIndex);
            if (opinion is null || !issues.TryGetValue(position.IssueIndex, out var issue))
            {
                continue;
            }
            var kind = KindName(opinion);
            entries.Add(new PositionEntry(opinion.Author, opinion.Author is null ? kind : "wrote the " + kind, issue.Index, issue.Name, position.Position));
            var joined = "joined " + (opinion.Author ?? "the") + " (" + kind + ")";
            foreach (var joiner in opinion.JoinedBy.Distinct(StringComparer.Ordinal))
            {
                entries.Add(new PositionEntry(joiner, joined, issue.Index, issue.Name, position.Position));
            }
            foreach (var partial in opinion.PartialJoins)
            {
                entries.Add(new PositionEntry(partial.Justice, joined + " as to " + partial.Parts, issue.Index, issue.Name, position.Position));
            }
        }
        return Build(analysis.Segmentation.Decision.Title, entries);
    }

    /// <summary>"majority", "concurrence in the judgment", "dissent" ...: the opinion's kind in words.</summary>
    public static string KindName(Opinion opinion) => opinion.Kind switch
    {
        OpinionKind.Concurrence when opinion.InJudgment => "concurrence in the judgment",
        _ => KindName(opinion.Kind),
    };

    public static string KindName(OpinionKind kind) => kind switch
    {
        OpinionKind.ConcurrenceDissent => "concurrence and dissent",
        OpinionKind.PerCuriam => "per curiam",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static Position Stronger(Position current, Position next) => Rank(next) > Rank(current) ? next : current;

    private static int Rank(Position position) => position switch
    {
        Position.Against => 2,
        Position.WithMajority => 1,
        _ => 0,
    };
}
