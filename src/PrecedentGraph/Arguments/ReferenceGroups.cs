namespace PrecedentGraph.Arguments;

/// <summary>The references of one paragraph grouped by the opinion each names: the groups in ascending order of that
/// opinion's index, each group's references in their order (as GroupBy then OrderBy on the key give them). Most
/// paragraphs name one opinion only: that list is taken as it is.</summary>
internal static class ReferenceGroups
{
    public static List<(int Target, IReadOnlyList<OpinionReference> References)> ByTarget(IReadOnlyList<OpinionReference> references)
    {
        var groups = new List<(int Target, IReadOnlyList<OpinionReference> References)>(1);
        if (references.Count == 0)
        {
            return groups;
        }
        var one = true;
        for (var i = 1; i < references.Count; i++)
        {
            if (references[i].Target != references[0].Target)
            {
                one = false;
                break;
            }
        }
        if (one)
        {
            groups.Add((references[0].Target, references));
            return groups;
        }
        var lists = new List<(int Target, List<OpinionReference> References)>();
        foreach (var reference in references)
        {
            var at = lists.FindIndex(g => g.Target == reference.Target);
            if (at < 0)
            {
                lists.Add((reference.Target, [reference]));
            }
            else
            {
                lists[at].References.Add(reference);
            }
        }
        // stable: groups of equal targets cannot occur, so the order is the targets' order
        lists.Sort((a, b) => a.Target.CompareTo(b.Target));
        foreach (var (target, list) in lists)
        {
            groups.Add((target, list));
        }
        return groups;
    }
}
