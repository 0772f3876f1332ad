using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Ties each argument to the cases cited inside its span, with the treatment of that citation.</summary>
internal static class ArgumentCaseLinker
{
    public static IReadOnlyList<ArgumentCaseLink> Link(IReadOnlyList<Argument> arguments, TreatmentResult treatment, string decisionKey)
    {
        var links = new List<ArgumentCaseLink>();
        foreach (var argument in arguments)
        {
            var inside = treatment.Citations
                .Where(t => t.Citation.CaseKey is not null && t.Citation.CaseKey != decisionKey
                    && t.Citation.OpinionIndex == argument.OpinionIndex && argument.Span.Contains(t.Citation.Mention.Span.Start))
                .OrderBy(t => t.Citation.Mention.Span.Start);
            foreach (var group in inside.GroupBy(t => t.Citation.CaseKey!))
            {
                // the strongest treatment wins (the enum runs from strongest signal to neutral)
                var strongest = group.OrderBy(t => t.Relation).ThenBy(t => t.Citation.Mention.Span.Start).First();
                links.Add(new ArgumentCaseLink(argument.Index, group.Key, strongest.Relation, group.Any(t => t.Quoted), strongest.Sentence));
            }
        }
        return links;
    }
}
