using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Groups the reasons of all opinions into the decision's issues. The lead opinion takes the questions
/// in turn, so its reasons are cut into runs of neighbouring, similar paragraphs (average-link clustering that
/// only merges neighbours); every other opinion's reason joins the issue it is most similar to, or the issue of
/// the lead argument it answers. Without a lead opinion all reasons are clustered freely. Each issue is named by
/// the terms that set it apart from the rest.</summary>
internal static class IssueClusterer
{
    /// <summary>Neighbouring runs merge while their average cosine similarity is at least this.</summary>
    public const double MergeThreshold = 0.12;

    /// <summary>A reason joins an issue only when at least this similar to it (link bonus included).</summary>
    public const double JoinThreshold = 0.06;

    /// <summary>Added to the similarity of the issue holding the lead argument a reason answers.</summary>
    public const double LinkBonus = 0.10;

    public const int TermCount = 6;

    public static IReadOnlyList<DecisionIssue> Cluster(IReadOnlyList<Argument> arguments, IReadOnlyList<SortedDictionary<string, double>> vectors,
        int? leadOpinion, IReadOnlyList<ArgumentLink> links)
    {
        var reasons = arguments.Where(a => a.Role == ArgumentRole.Reason && vectors[a.Index].Count > 0).ToList();
        var seeds = reasons.Where(a => a.OpinionIndex == leadOpinion).Select(a => a.Index).ToList();
        var free = seeds.Count < 2;
        if (free)
        {
            seeds = reasons.Select(a => a.Index).ToList();
        }
        if (seeds.Count == 0)
        {
            return [];
        }
        var runs = Merge(seeds, vectors, contiguous: !free);
        // A short lead opinion may give each question a single paragraph: then every run seeds an issue, kept
        // only if another opinion's reason joins it.
        var issues = runs.Where(run => run.Count >= 2).ToList();
        if (issues.Count < 2)
        {
            issues = runs;
        }
        if (issues.Count == 0)
        {
            return [];
        }

        var issueOf = new Dictionary<int, int>();
        for (var i = 0; i < issues.Count; i++)
        {
            issues[i].ForEach(member => issueOf[member] = i);
        }
        var centroids = issues.Select(c => TermVectorizer.Combine(c.Select(i => vectors[i]).ToArray())).ToList();
        foreach (var reason in reasons.Where(r => !issueOf.ContainsKey(r.Index)))
        {
            var scores = centroids.Select(c => TermVectorizer.Cosine(vectors[reason.Index], c)).ToList();
            foreach (var link in links.Where(l => l.From == reason.Index && arguments[l.To].OpinionIndex != reason.OpinionIndex))
            {
                if (issueOf.TryGetValue(link.To, out var answered))
                {
                    scores[answered] += LinkBonus;
                }
            }
            var best = scores.IndexOf(scores.Max());
            if (scores[best] >= JoinThreshold)
            {
                issues[best].Add(reason.Index);
            }
        }

        var all = TermVectorizer.Combine(reasons.Select(r => vectors[r.Index]).ToArray());
        return issues
            .Where(c => c.Count >= 2)
            .Select(c => c.Order().ToList())
            .OrderBy(c => c[0])
            .Select((members, index) =>
            {
                var terms = DistinctiveTerms(members.Select(i => vectors[i]).ToList(), all);
                return new DecisionIssue(index, string.Join(", ", terms.Take(3)), terms, members);
            })
            .ToList();
    }

    /// <summary>Free clustering compares every pair of clusters; past this many reasons only neighbours merge.</summary>
    public const int FreeLimit = 200;

    /// <summary>Average-link clustering; with <paramref name="contiguous"/> only neighbouring runs may merge (the
    /// similarities of neighbours are cached, so long opinions stay near-linear).</summary>
    private static List<List<int>> Merge(IReadOnlyList<int> members, IReadOnlyList<SortedDictionary<string, double>> vectors, bool contiguous)
    {
        contiguous |= members.Count > FreeLimit;
        var clusters = members.Select(m => new List<int> { m }).ToList();
        // The vectors have unit length, so the average pairwise cosine of two clusters is the dot product of
        // their sums divided by the product of their sizes.
        var sums = members.Select(m => new SortedDictionary<string, double>(vectors[m], StringComparer.Ordinal)).ToList();
        double Average(int a, int b) => TermVectorizer.Cosine(sums[a], sums[b]) / (clusters[a].Count * clusters[b].Count);
        void Join(int a, int b)
        {
            clusters[a].AddRange(clusters[b]);
            foreach (var (term, value) in sums[b])
            {
                sums[a][term] = sums[a].GetValueOrDefault(term) + value;
            }
            clusters.RemoveAt(b);
            sums.RemoveAt(b);
        }
        if (contiguous)
        {
            var neighbours = new List<double>();
            for (var i = 0; i + 1 < clusters.Count; i++)
            {
                neighbours.Add(Average(i, i + 1));
            }
            while (neighbours.Count > 0)
            {
                var best = 0;
                for (var i = 1; i < neighbours.Count; i++)
                {
                    if (neighbours[i] > neighbours[best])
                    {
                        best = i;
                    }
                }
                if (neighbours[best] < MergeThreshold)
                {
                    break;
                }
                Join(best, best + 1);
                neighbours.RemoveAt(best);
                if (best > 0)
                {
                    neighbours[best - 1] = Average(best - 1, best);
                }
                if (best < neighbours.Count)
                {
                    neighbours[best] = Average(best, best + 1);
                }
            }
            return clusters;
        }
        while (clusters.Count > 1)
        {
            var (bestI, bestJ, best) = (-1, -1, double.MinValue);
            for (var i = 0; i < clusters.Count; i++)
            {
                for (var j = i + 1; j < clusters.Count; j++)
                {
                    var similarity = Average(i, j);
                    if (similarity > best)
                    {
                        (bestI, bestJ, best) = (i, j, similarity);
                    }
                }
            }
            if (best < MergeThreshold)
            {
                break;
            }
            Join(bestI, bestJ);
        }
        return clusters;
    }

    /// <summary>Terms weighing most in the issue relative to their weight in all the reasons, found in at least
    /// two of its arguments.</summary>
    private static IReadOnlyList<string> DistinctiveTerms(IReadOnlyList<SortedDictionary<string, double>> members, SortedDictionary<string, double> all)
    {
        var centroid = TermVectorizer.Combine(members.ToArray());
        var support = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in members.SelectMany(m => m.Keys))
        {
            support[term] = support.GetValueOrDefault(term) + 1;
        }
        return centroid
            .Where(t => support[t.Key] >= Math.Min(2, members.Count))
            .Select(t => (Term: t.Key, Score: t.Value - 0.5 * all.GetValueOrDefault(t.Key)))
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(TermCount)
            .Select(t => t.Term)
            .ToList();
    }
}
