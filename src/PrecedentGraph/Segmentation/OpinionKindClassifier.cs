using PrecedentGraph.Model;

namespace PrecedentGraph.Segmentation;

/// <summary>Tells the kind of an opinion from the words that describe it in a header or the line-up
/// ("delivered the opinion of the Court", "concurring in the judgment", "an opinion concurring in part and
/// dissenting in part"). The "with whom ... joins" clause must be removed first ("with whom X concurs").</summary>
internal static class OpinionKindClassifier
{
    /// <summary>The kind, or null when the words say nothing about it; <paramref name="inJudgment"/> is set for a
    /// concurrence in the judgment (or in the result).</summary>
    public static OpinionKind? Classify(string phrase, out bool inJudgment)
    {
        inJudgment = false;
        var text = phrase.ToLowerInvariant();
        if (text.Contains("per curiam", StringComparison.Ordinal))
        {
            return OpinionKind.PerCuriam;
        }
        if (text.Contains("opinion of the court", StringComparison.Ordinal)
            || text.Contains("opinion for the court", StringComparison.Ordinal)
            || text.Contains("opinion for a unanimous court", StringComparison.Ordinal)
            || text.Contains("opinion of a unanimous court", StringComparison.Ordinal))
        {
            return OpinionKind.Majority;
        }
        if (text.Contains("announced the judgment", StringComparison.Ordinal)
            || text.Contains("announced the court", StringComparison.Ordinal)
            || text.Contains("delivered an opinion", StringComparison.Ordinal)
            || text.Contains("plurality", StringComparison.Ordinal))
        {
            return OpinionKind.Plurality;
        }
        var dissent = text.Contains("dissent", StringComparison.Ordinal);
        var concur = text.Contains("concur", StringComparison.Ordinal);
        if (dissent && concur)
        {
            return OpinionKind.ConcurrenceDissent;
        }
        if (dissent)
        {
            // "dissenting in part" alone still agrees with the rest
            return text.Contains("dissenting in part", StringComparison.Ordinal) || text.Contains("dissented in part", StringComparison.Ordinal)
                ? OpinionKind.ConcurrenceDissent
                : OpinionKind.Dissent;
        }
        if (concur)
        {
            inJudgment = text.Contains("in the judgment", StringComparison.Ordinal) || text.Contains("in judgment", StringComparison.Ordinal)
                || text.Contains("in the result", StringComparison.Ordinal);
            return OpinionKind.Concurrence;
        }
        if (text.Contains("delivered the opinion", StringComparison.Ordinal))
        {
            return OpinionKind.Majority;
        }
        return null;
    }
}
