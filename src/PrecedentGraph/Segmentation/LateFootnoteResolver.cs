using PrecedentGraph.Model;

namespace PrecedentGraph.Segmentation;

/// <summary>Gives back to each opinion its footnotes where FindLaw's later layout sets the footnotes of all opinions
/// after the last one (one "Footnotes" heading, each opinion's series restarting at "[ Footnote 1 ]"; about 700 of the
/// corpus's 1,986 decisions with several opinions). The series keep the order of the opinions; which opinion takes
/// which series is the order-keeping assignment that best explains the footnote calls found in each opinion's text
/// (<see cref="FootnoteCallFinder"/>), with a prior from the opinion's length (a short opinion seldom has footnotes)
/// and one against a "*" series on the first opinion (a "*" note mostly belongs to a separate opinion's header).
/// Replaying the layout on the 1,206 decisions that keep footnotes under their opinions puts 2,725 of 2,919 series
/// where they belong (numbered series 2,415 of 2,474; "*" series 310 of 445), against 924 left on the last opinion.
/// Without numbers (normalized text) one series stays where it is; several (one heading each) go by the prior.</summary>
internal static class LateFootnoteResolver
{
    private const double CalledOwn = 0.69;
    private const double CalledOther = 0.064;
    private const double StarOnFirst = 0.15;
    private const double SharedPenalty = 0.5;
    private const int MaxSeries = 40;

    /// <summary>Share of the corpus's opinions with footnotes, by body length in characters (measured on the 1,206
    /// decisions above).</summary>
    private static readonly (int Below, double Share)[] FootnotedShare =
        [(512, 0.09), (1024, 0.23), (2048, 0.29), (4096, 0.47), (8192, 0.75), (16384, 0.89), (int.MaxValue, 0.94)];

    public static List<Opinion> Resolve(List<Opinion> opinions, IReadOnlyList<string> texts, List<Diagnostic> diagnostics)
    {
        var separate = opinions.Where(o => o.Kind != OpinionKind.Syllabus).ToList();
        if (separate.Count < 2 || separate.Take(separate.Count - 1).Any(o => o.Paragraphs.Any(p => p.IsFootnote)))
        {
            return opinions;
        }
        var lastOpinion = separate[^1];
        var paragraphs = lastOpinion.Paragraphs;
        var regionStart = paragraphs.Count;
        while (regionStart > 1 && paragraphs[regionStart - 1].IsFootnote)
        {
            regionStart--;
        }
        if (regionStart >= paragraphs.Count)
        {
            return opinions;
        }
        var series = FootnoteSeries.Split(texts, paragraphs[regionStart].Index, paragraphs[^1].Index);
        if (series.Count == 0 || series.Count > MaxSeries || series.Count == 1 && series[0].Count == 0 && !series[0].Starred)
        {
            return opinions;
        }
        var footnote = new bool[texts.Count];
        foreach (var paragraph in paragraphs.Skip(regionStart))
        {
            footnote[paragraph.Index] = true;
        }
        var owner = Assign(separate, series, texts, footnote);
        if (owner is null || owner.All(o => o == separate.Count - 1))
        {
            return opinions;
        }
        var moved = new Dictionary<int, int>();
        for (var s = 0; s < series.Count; s++)
        {
            for (var p = series[s].First; p <= series[s].Last; p++)
            {
                moved[p] = owner[s];
            }
        }
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "segmentation.late-footnotes",
            "footnotes after the last opinion given back by series: " + string.Join(", ", series.Select((x, s) =>
                $"{(x.Starred ? "*" : x.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))} -> opinion {separate[owner[s]].Index}"))));
        var result = new List<Opinion>(opinions.Count);
        foreach (var opinion in opinions)
        {
            var slot = separate.IndexOf(opinion);
            if (slot < 0)
            {
                result.Add(opinion);
                continue;
            }
            var kept = opinion.Paragraphs.Where(p => !moved.TryGetValue(p.Index, out var to) || to == slot);
            var taken = slot == separate.Count - 1 ? [] : lastOpinion.Paragraphs.Where(p => moved.TryGetValue(p.Index, out var to) && to == slot);
            result.Add(opinion with { Paragraphs = kept.Concat(taken).OrderBy(p => p.Index).ToList() });
        }
        return result;
    }

    /// <summary>For each series, the slot of the opinion that takes it: a dynamic program over the opinions in order,
    /// each taking no series, one, or a "*" series and a numbered one.</summary>
    private static int[]? Assign(List<Opinion> separate, List<FootnoteSeries> series, IReadOnlyList<string> texts, bool[] footnote)
    {
        var n = separate.Count;
        var k = series.Count;
        var top = series.Max(s => s.Count);
        var calls = new bool[n][];
        var lengths = new int[n];
        for (var o = 0; o < n; o++)
        {
            var own = separate[o].Paragraphs.Where(p => !p.IsFootnote && !footnote[p.Index]).ToList();
            lengths[o] = own.Sum(p => p.Span.Length);
            calls[o] = own.Count == 0 ? new bool[top + 1] : FootnoteCallFinder.Find(texts, footnote, own[0].Index, own[^1].Index, top);
        }
        var best = new double[n + 1, k + 1];
        var choice = new int[n + 1, k + 1];
        for (var o = 0; o <= n; o++)
        {
            for (var s = 0; s <= k; s++)
            {
                best[o, s] = double.NegativeInfinity;
            }
        }
        best[0, 0] = 0;
        for (var o = 0; o < n; o++)
        {
            for (var s = 0; s <= k; s++)
            {
                if (double.IsNegativeInfinity(best[o, s]))
                {
                    continue;
                }
                for (var take = 0; take <= 2 && s + take <= k; take++)
                {
                    var taken = series.Skip(s).Take(take).ToList();
                    if (take == 2 && taken.Count(t => t.Starred) != 1)
                    {
                        continue;
                    }
                    var score = best[o, s] + Score(o, taken, calls[o], lengths[o], top);
                    if (score > best[o + 1, s + take])
                    {
                        best[o + 1, s + take] = score;
                        choice[o + 1, s + take] = take;
                    }
                }
            }
        }
        if (double.IsNegativeInfinity(best[n, k]))
        {
            return null;
        }
        var owner = new int[k];
        for (int o = n, s = k; o > 0; o--)
        {
            var take = choice[o, s];
            for (var t = 0; t < take; t++)
            {
                owner[s - 1 - t] = o - 1;
            }
            s -= take;
        }
        return owner;
    }

    /// <summary>Log-likelihood of an opinion's calls and length given the series it takes.</summary>
    private static double Score(int slot, List<FootnoteSeries> taken, bool[] calls, int length, int top)
    {
        var numbered = taken.Where(t => !t.Starred).Select(t => t.Count).DefaultIfEmpty(0).Max();
        var score = 0.0;
        for (var m = 1; m <= top; m++)
        {
            var expected = m <= numbered;
            score += calls[m] ? Math.Log(expected ? CalledOwn : CalledOther) : Math.Log(expected ? 1 - CalledOwn : 1 - CalledOther);
        }
        var share = FootnotedShare.First(b => length < b.Below).Share;
        score += Math.Log(taken.Count > 0 ? share : 1 - share);
        if (taken.Count == 2)
        {
            score -= SharedPenalty;
        }
        if (slot == 0 && taken.Any(t => t.Starred))
        {
            score += Math.Log(StarOnFirst);
        }
        return score;
    }
}
