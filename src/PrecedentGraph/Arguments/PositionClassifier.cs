using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Each opinion's position on each issue: with the majority or against it, from the links its
/// arguments draw to the lead opinion's arguments on that issue; silent where it says nothing on it.</summary>
internal static class PositionClassifier
{
    public static IReadOnlyList<OpinionPosition> Classify(IReadOnlyList<Opinion> opinions, Opinion? lead, IReadOnlyList<Argument> arguments,
        IReadOnlyList<ArgumentLink> links, IReadOnlyList<DecisionIssue> issues)
    {
        var issueOf = new Dictionary<int, int>();
        foreach (var issue in issues)
        {
            foreach (var member in issue.Arguments)
            {
                issueOf[member] = issue.Index;
            }
        }
        lead ??= opinions.FirstOrDefault();
        var positions = new List<OpinionPosition>();
        foreach (var opinion in opinions)
        {
            foreach (var issue in issues)
            {
                var own = arguments.Where(a => a.OpinionIndex == opinion.Index && issueOf.TryGetValue(a.Index, out var i) && i == issue.Index).ToList();
                if (opinion == lead)
                {
                    positions.Add(new OpinionPosition(opinion.Index, issue.Index, own.Count > 0 ? Position.WithMajority : Position.Silent));
                    continue;
                }
                var net = 0;
                var linked = false;
                foreach (var link in links)
                {
                    var from = arguments[link.From];
                    var to = arguments[link.To];
                    if (from.OpinionIndex != opinion.Index || lead is null || to.OpinionIndex != lead.Index)
                    {
                        continue;
                    }
                    var onIssue = issueOf.TryGetValue(to.Index, out var targetIssue) ? targetIssue == issue.Index
                        : issueOf.TryGetValue(from.Index, out var sourceIssue) && sourceIssue == issue.Index;
                    if (onIssue)
                    {
                        linked = true;
                        net += link.Relation == ArgumentRelation.Supports ? 1 : -1;
                    }
                }
                var position = net > 0 ? Position.WithMajority
                    : net < 0 ? Position.Against
                    : linked || own.Count > 0 ? ByKind(opinion)
                    : Position.Silent;
                positions.Add(new OpinionPosition(opinion.Index, issue.Index, position));
            }
        }
        return positions;
    }

    private static Position ByKind(Opinion opinion) => opinion.Kind switch
    {
        OpinionKind.Dissent or OpinionKind.ConcurrenceDissent => Position.Against,
        _ => Position.WithMajority,
    };
}
