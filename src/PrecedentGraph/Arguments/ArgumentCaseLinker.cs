using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Ties each argument to the cases cited inside its span, with the treatment of that citation.</summary>
internal static class ArgumentCaseLinker
{
    public static IReadOnlyList<ArgumentCaseLink> Link(IReadOnlyList<Argument> arguments, TreatmentResult treatment, string decisionKey)
    {
        // the citations of other cases, by opinion, in text order (ties in the order given): each argument reads
        // the run inside its span, found by binary search, not the whole list
        var byOpinion = treatment.Citations
            .Where(t => t.Citation.CaseKey is not null && t.Citation.CaseKey != decisionKey)
            .OrderBy(t => t.Citation.Mention.Span.Start)
            .GroupBy(t => t.Citation.OpinionIndex)
            .ToDictionary(g => g.Key, g => g.ToList());
        var links = new List<ArgumentCaseLink>();
        foreach (var argument in arguments)
        {
            if (!byOpinion.TryGetValue(argument.OpinionIndex, out var cited))
            {
                continue;
            }
            var inside = new List<CitationTreatment>();
            for (var i = FirstAtOrAfter(cited, argument.Span.Start); i < cited.Count && argument.Span.Contains(cited[i].Citation.Mention.Span.Start); i++)
            {
                inside.Add(cited[i]);
            }
            foreach (var group in inside.GroupBy(t => t.Citation.CaseKey!))
            {
                // the strongest treatment wins (the enum runs from strongest signal to neutral)
                var strongest = group.OrderBy(t => t.Relation).ThenBy(t => t.Citation.Mention.Span.Start).First();
                links.Add(new ArgumentCaseLink(argument.Index, group.Key, strongest.Relation, group.Any(t => t.Quoted), strongest.Sentence));
            }
        }
        return links;
    }

    /// <summary>The index of the first citation starting at or after <paramref name="position"/>.</summary>
    private static int FirstAtOrAfter(List<CitationTreatment> cited, int position)
    {
        int low = 0, high = cited.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (cited[middle].Citation.Mention.Span.Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
