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

    public static IReadOnlyList<DecisionIssue> Cluster(IReadOnlyList<Argument> arguments, IReadOnlyList<TermVector> vectors,
        int? leadOpinion, IReadOnlyList<ArgumentLink> links, TermVectorizer vectorizer)
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
        var runs = Merge(seeds, vectors, contiguous: !free, vectorizer);
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
        var centroids = issues.Select(c => vectorizer.Combine(c.Select(i => vectors[i]).ToArray())).ToList();
        var answers = links.Where(l => arguments[l.To].OpinionIndex != arguments[l.From].OpinionIndex).ToLookup(l => l.From);
        foreach (var reason in reasons.Where(r => !issueOf.ContainsKey(r.Index)))
        {
            var scores = centroids.Select(c => vectorizer.Cosine(vectors[reason.Index], c)).ToList();
            foreach (var link in answers[reason.Index])
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

        var all = vectorizer.Combine(reasons.Select(r => vectors[r.Index]).ToArray());
        var overall = new Dictionary<int, double>(all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            overall[all.Ids[i]] = all.Weights[i];
        }
        return issues
            .Where(c => c.Count >= 2)
            .Select(c => c.Order().ToList())
            .OrderBy(c => c[0])
            .Select((members, index) =>
            {
                var terms = DistinctiveTerms(members.Select(i => vectors[i]).ToList(), overall, vectorizer);
                return new DecisionIssue(index, string.Join(", ", terms.Take(3)), terms, members);
            })
            .ToList();
    }

    /// <summary>Free clustering compares every pair of clusters; past this many reasons only neighbours merge.</summary>
    public const int FreeLimit = 200;

    /// <summary>Average-link clustering; with <paramref name="contiguous"/> only neighbouring runs may merge (the
    /// similarities of neighbours are cached, so long opinions stay near-linear). Free clustering keeps the
    /// similarity of every pair and recomputes one row per merge.</summary>
    private static List<List<int>> Merge(IReadOnlyList<int> members, IReadOnlyList<TermVector> vectors, bool contiguous, TermVectorizer vectorizer)
    {
        contiguous |= members.Count > FreeLimit;
        var clusters = members.Select(m => new List<int> { m }).ToList();
        // The vectors have unit length, so the average pairwise cosine of two clusters is the dot product of
        // their sums divided by the product of their sizes.
        var sums = members.Select(m => vectors[m]).ToList();
        double Average(int a, int b) => vectorizer.Cosine(sums[a], sums[b]) / (clusters[a].Count * clusters[b].Count);
        if (contiguous)
        {
            void Join(int a, int b)
            {
                clusters[a].AddRange(clusters[b]);
                sums[a] = vectorizer.Add(sums[a], sums[b]);
                clusters.RemoveAt(b);
                sums.RemoveAt(b);
            }
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

        // Slots keep their number; "active" lists the live clusters in their original order, so ties fall to the
        // first pair as before.
        var count = clusters.Count;
        var similarity = new double[count, count];
        for (var i = 0; i < count; i++)
        {
            for (var j = i + 1; j < count; j++)
            {
                similarity[i, j] = Average(i, j);
            }
        }
        var active = Enumerable.Range(0, count).ToList();
        while (active.Count > 1)
        {
            var (bestI, bestJ, best) = (-1, -1, double.MinValue);
            for (var i = 0; i < active.Count; i++)
            {
                for (var j = i + 1; j < active.Count; j++)
                {
                    var value = similarity[active[i], active[j]];
                    if (value > best)
                    {
                        (bestI, bestJ, best) = (i, j, value);
                    }
                }
            }
            if (best < MergeThreshold)
            {
                break;
            }
            var a = active[bestI];
            var b = active[bestJ];
            clusters[a].AddRange(clusters[b]);
            sums[a] = vectorizer.Add(sums[a], sums[b]);
            active.RemoveAt(bestJ);
            foreach (var other in active)
            {
                if (other < a)
                {
                    similarity[other, a] = Average(other, a);
                }
                else if (other > a)
                {
                    similarity[a, other] = Average(a, other);
                }
            }
        }
        return active.Select(slot => clusters[slot]).ToList();
    }

    /// <summary>Terms weighing most in the issue relative to their weight in all the reasons (<paramref name="overall"/>,
    /// by term id), found in at least two of its arguments.</summary>
    private static IReadOnlyList<string> DistinctiveTerms(IReadOnlyList<TermVector> members, Dictionary<int, double> overall, TermVectorizer vectorizer)
    {
        var centroid = vectorizer.Combine(members.ToArray());
        var support = new Dictionary<int, int>();
        foreach (var member in members)
        {
            foreach (var id in member.Ids)
            {
                support[id] = support.GetValueOrDefault(id) + 1;
            }
        }
        // the best few by score, ties in term order: kept in order as the terms are read (no sort of every term)
        var least = Math.Min(2, members.Count);
        var best = new List<(int Id, double Score)>(TermCount + 1);
        for (var i = 0; i < centroid.Count; i++)
        {
            var id = centroid.Ids[i];
            if (support[id] < least)
            {
                continue;
            }
            var score = centroid.Weights[i] - 0.5 * overall.GetValueOrDefault(id);
            var at = best.Count;
            while (at > 0 && Before((id, score), best[at - 1], vectorizer))
            {
                at--;
            }
            if (at < TermCount)
            {
                best.Insert(at, (id, score));
                if (best.Count > TermCount)
                {
                    best.RemoveAt(TermCount);
                }
            }
        }
        var terms = new List<string>(best.Count);
        foreach (var (id, _) in best)
        {
            terms.Add(vectorizer.Term(id));
        }
        return terms;
    }

    /// <summary>Whether a term goes before another: higher score first, then ordinal term order.</summary>
    private static bool Before((int Id, double Score) a, (int Id, double Score) b, TermVectorizer vectorizer) =>
        a.Score > b.Score || a.Score == b.Score && vectorizer.Compare(a.Id, b.Id) < 0;
}
