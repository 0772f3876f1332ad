using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Links each separate opinion's conclusion to the lead opinion's: "I concur" supports the judgment, "I
/// dissent" or a "would" disposition other than the Court's attacks it. A disposition in part on both sides
/// ("concur in part and dissent in part", "would reverse in part, affirm in part") takes no side as a whole.</summary>
internal static class ConclusionLinker
{
    public const double Confidence = 0.6;

    public static IEnumerable<ArgumentLink> Link(IReadOnlyList<Argument> arguments, IReadOnlyList<Opinion> opinions,
        Opinion? lead, IReadOnlyCollection<ArgumentLink> existing)
    {
        var leadConclusion = lead is null ? null : arguments.FirstOrDefault(a => a.OpinionIndex == lead.Index && a.Role == ArgumentRole.Conclusion);
        if (leadConclusion?.Disposition is not { } leadDisposition)
        {
            yield break;
        }
        foreach (var opinion in opinions.Where(o => o.Index != lead!.Index))
        {
            var conclusion = arguments.FirstOrDefault(a => a.OpinionIndex == opinion.Index && a.Role == ArgumentRole.Conclusion);
            if (conclusion?.Disposition is not { } disposition || Relation(disposition, leadDisposition) is not { } relation
                || existing.Any(l => l.From == conclusion.Index && arguments[l.To].OpinionIndex == lead!.Index))
            {
                continue;
            }
            yield return new ArgumentLink(conclusion.Index, leadConclusion.Index, relation, "disposition: " + disposition, Confidence, conclusion.Span);
        }
    }

    private static ArgumentRelation? Relation(string disposition, string leadDisposition)
    {
        if (disposition.Contains("in part", StringComparison.Ordinal) || disposition == "undetermined")
        {
            return null;
        }
        if (disposition.StartsWith("concur", StringComparison.Ordinal))
        {
            return ArgumentRelation.Supports;
        }
        if (disposition.StartsWith("dissent", StringComparison.Ordinal))
        {
            return ArgumentRelation.Attacks;
        }
        if (disposition.StartsWith("would ", StringComparison.Ordinal))
        {
            var verb = disposition["would ".Length..].Split(' ', ',')[0];
            return leadDisposition.StartsWith(verb, StringComparison.Ordinal) ? ArgumentRelation.Supports : ArgumentRelation.Attacks;
        }
        return null;
    }
}
