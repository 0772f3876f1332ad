using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Drops the claims made of a paragraph only because it was the likest to a reference (cue
/// <see cref="AnsweredClaimFinder.SimilarCue"/>) when no link landed on them: such a claim was a candidate target, not
/// a claim the opinion states. The arguments left are numbered again (index and ordinal within the opinion), and the
/// links and vectors follow them.</summary>
internal static class UnansweredClaimPruner
{
    public static (List<Argument> Arguments, List<ArgumentLink> Links, List<TermVector> Vectors) Prune(
        List<Argument> arguments, List<ArgumentLink> links, List<TermVector> vectors)
    {
        var targeted = links.Select(l => l.To).ToHashSet();
        var kept = arguments.Where(a => a.Cue != AnsweredClaimFinder.SimilarCue || targeted.Contains(a.Index)).ToList();
        if (kept.Count == arguments.Count)
        {
            return (arguments, links, vectors);
        }
        var map = new Dictionary<int, int>();
        var ordinals = new Dictionary<int, int>();
        var renumbered = new List<Argument>(kept.Count);
        var keptVectors = new List<TermVector>(kept.Count);
        foreach (var argument in kept)
        {
            var ordinal = ordinals.GetValueOrDefault(argument.OpinionIndex) + 1;
            ordinals[argument.OpinionIndex] = ordinal;
            map[argument.Index] = renumbered.Count;
            renumbered.Add(argument with { Index = renumbered.Count, Ordinal = ordinal });
            keptVectors.Add(vectors[argument.Index]);
        }
        var keptLinks = links.Where(l => map.ContainsKey(l.From) && map.ContainsKey(l.To))
            .Select(l => l with { From = map[l.From], To = map[l.To] }).ToList();
        return (renumbered, keptLinks, keptVectors);
    }
}
