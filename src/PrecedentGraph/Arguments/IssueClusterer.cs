using System.Globalization;
using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Groups the reasons of all opinions into the decision's issues by average-link clustering of their
/// content-term vectors, and names each issue by the terms that set it apart from the rest.</summary>
internal static class IssueClusterer
{
    /// <summary>Clusters merge while their average cosine similarity is at least this.</summary>
    public const double MergeThreshold = 0.14;

    /// <summary>A cluster needs this many arguments to be an issue; smaller ones join the nearest issue.</summary>
    public const int MinimumSize = 3;

    /// <summary>A leftover argument joins the nearest issue only when at least this similar to it.</summary>
    public const double JoinThreshold = 0.05;

    public const int TermCount = 6;

    public static IReadOnlyList<DecisionIssue> Cluster(IReadOnlyList<Argument> arguments, IReadOnlyList<SortedDictionary<string, double>> vectors)
    {
        var reasons = arguments.Where(a => a.Role == ArgumentRole.Reason && vectors[a.Index].Count > 0).Select(a => a.Index).ToList();
        if (reasons.Count == 0)
        {
            return [];
        }
        var clusters = reasons.Select(r => new List<int> { r }).ToList();
        var similarity = new double[clusters.Count, clusters.Count];
        for (var i = 0; i < clusters.Count; i++)
        {
            for (var j = i + 1; j < clusters.Count; j++)
            {
                similarity[i, j] = similarity[j, i] = TermVectorizer.Cosine(vectors[reasons[i]], vectors[reasons[j]]);
            }
        }
        var alive = Enumerable.Repeat(true, clusters.Count).ToArray();
        while (true)
        {
            var (bestI, bestJ, best) = (-1, -1, double.MinValue);
            for (var i = 0; i < clusters.Count; i++)
            {
                for (var j = i + 1; alive[i] && j < clusters.Count; j++)
                {
                    if (alive[j] && similarity[i, j] > best)
                    {
                        (bestI, bestJ, best) = (i, j, similarity[i, j]);
                    }
                }
            }
            if (bestI < 0 || best < MergeThreshold)
            {
                break;
            }
            var (a, b) = (clusters[bestI].Count, clusters[bestJ].Count);
            for (var k = 0; k < clusters.Count; k++)
            {
                if (alive[k] && k != bestI && k != bestJ)
                {
                    similarity[bestI, k] = similarity[k, bestI] = (a * similarity[bestI, k] + b * similarity[bestJ, k]) / (a + b);
                }
            }
            clusters[bestI].AddRange(clusters[bestJ]);
            alive[bestJ] = false;
        }

        var live = clusters.Where((_, i) => alive[i]).ToList();
        var minimum = live.Any(c => c.Count >= MinimumSize) ? MinimumSize : 2;
        var issues = live.Where(c => c.Count >= minimum).Select(c => c.ToList()).ToList();
        if (issues.Count == 0)
        {
            return [];
        }
        var centroids = issues.Select(c => TermVectorizer.Combine(c.Select(i => vectors[i]).ToArray())).ToList();
        foreach (var leftover in live.Where(c => c.Count < minimum).SelectMany(c => c))
        {
            var scores = centroids.Select(c => TermVectorizer.Cosine(vectors[leftover], c)).ToList();
            var best = scores.IndexOf(scores.Max());
            if (scores[best] >= JoinThreshold)
            {
                issues[best].Add(leftover);
            }
        }

        var overall = TermVectorizer.Combine(reasons.Select(i => vectors[i]).ToArray());
        return issues
            .Select(c => c.Order().ToList())
            .OrderBy(c => c[0])
            .Select((members, index) =>
            {
                var terms = DistinctiveTerms(members.Select(i => vectors[i]).ToList(), overall);
                return new DecisionIssue(index, string.Join(", ", terms.Take(3)), terms, members);
            })
            .ToList();
    }

    /// <summary>Terms weighing most in the issue relative to their weight in all the reasons.</summary>
    private static IReadOnlyList<string> DistinctiveTerms(IReadOnlyList<SortedDictionary<string, double>> members, SortedDictionary<string, double> overall)
    {
        var centroid = TermVectorizer.Combine(members.ToArray());
        var support = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in members.SelectMany(m => m.Keys))
        {
            support[term] = support.GetValueOrDefault(term) + 1;
        }
        return centroid
            .Where(t => support[t.Key] >= Math.Min(2, members.Count))
            .Select(t => (Term: t.Key, Score: t.Value - 0.5 * overall.GetValueOrDefault(t.Key)))
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(TermCount)
            .Select(t => t.Term)
            .ToList();
    }

}
