using PrecedentGraph.Model;
using PrecedentGraph.Segmentation;

namespace PrecedentGraph.Tests.Segmentation;

/// <summary>Self-consistency of a segmentation: each FindLaw decision states its line-up twice, in the syllabus line-up
/// paragraph and in each opinion's own header. Reads the line-up paragraph(s) again on their own and lists where they
/// disagree with the opinions the segmenter gave (count, author, kind, full joiners, partial joiners). A test-side
/// tool: what it finds is work for the segmenter, not a rule in it.</summary>
internal static class LineupConsistencyChecker
{
    /// <summary>How many paragraphs from the top the line-up paragraph may stand at most (as in the segmenter, before
    /// the first full header).</summary>
    private const int LineupReach = 120;

    /// <summary>One disagreement: its bucket ("missing-opinion", "extra-opinion", "author-null", "kind", "in-judgment",
    /// "joiners", "partial-joins") and what each side says.</summary>
    public sealed record Disagreement(string Bucket, string Lineup, string Opinions);

    /// <summary>The disagreements of one decision; null when it has no line-up paragraph to check against.</summary>
    public static IReadOnlyList<Disagreement>? Check(SourceDocument document, SegmentationResult result)
    {
        var text = document.Text;
        var texts = OpinionSegmenter.ParagraphSpans(text).Select(s => text.Substring(s.Start, s.Length)).ToList();
        var lineups = new LineupParagraphs(texts);
        var chief = ChiefFinder.Find(lineups) ?? ChiefByBench(result);
        var entries = new List<LineupEntry>();
        var lineupParagraph = -1;
        for (var i = 0; i < texts.Count && i < LineupReach; i++)
        {
            if (OpinionHeaderFinder.Parse(texts[i], chief) is { Strength: HeaderStrength.Full })
            {
                break;
            }
            if (lineups.IsLineup(i) && LineupFinder.Read(texts[i], chief).Entries is { Count: > 0 } read)
            {
                entries.AddRange(read);
                lineupParagraph = i;
            }
        }
        if (entries.Count == 0)
        {
            return null;
        }
        var opinions = result.Opinions.Where(o => o.Kind is not OpinionKind.Syllabus).ToList();
        var used = new bool[opinions.Count];
        var found = new List<Disagreement>();
        foreach (var entry in entries)
        {
            var index = -1;
            for (var o = 0; o < opinions.Count && index < 0; o++)
            {
                if (!used[o] && opinions[o].Author is { } author && entry.Author is not null && Same(author, entry.Author))
                {
                    index = o;
                }
            }
            if (index < 0)
            {
                found.Add(new Disagreement(MissingBucket(texts, lineupParagraph, entry.Author), Describe(entry), ""));
                continue;
            }
            used[index] = true;
            var opinion = opinions[index];
            if (!SameKind(entry.Kind, opinion.Kind))
            {
                found.Add(new Disagreement("kind", Describe(entry), Describe(opinion)));
            }
            else if (entry.Kind == OpinionKind.Concurrence && entry.InJudgment != opinion.InJudgment)
            {
                found.Add(new Disagreement("in-judgment", Describe(entry), Describe(opinion)));
            }
            if (!SameSet(entry.JoinedBy, opinion.JoinedBy, entry.Author))
            {
                found.Add(new Disagreement("joiners", Describe(entry), Describe(opinion)));
            }
            else if (!SameSet(entry.PartialJoins.Select(p => p.Justice), opinion.PartialJoins.Select(p => p.Justice), entry.Author))
            {
                found.Add(new Disagreement("partial-joins", Describe(entry), Describe(opinion)));
            }
        }
        for (var o = 0; o < opinions.Count; o++)
        {
            if (used[o] || opinions[o].Kind == OpinionKind.PerCuriam)
            {
                continue;
            }
            found.Add(new Disagreement(opinions[o].Author is null ? "author-null" : "extra-opinion", "", Describe(opinions[o])));
        }
        return found;
    }

    /// <summary>Why a line-up entry has no opinion: "missing-lost" when no paragraph after the line-up opens with the
    /// author's title and name (the crawl lost header and body: nothing to find), "missing-lost-header" when besides a
    /// lone "MR." stands in the text (a header cut to its first word), else "missing-opinion" (the header is there but
    /// not read: work for the segmenter).</summary>
    private static string MissingBucket(List<string> texts, int lineupParagraph, string? author)
    {
        if (author is null)
        {
            return "missing-opinion";
        }
        var letters = JusticeNames.Letters(author);
        var named = false;
        var loneTitle = false;
        for (var i = lineupParagraph + 1; i < texts.Count && !named; i++)
        {
            var head = texts[i].Length > 120 ? texts[i][..120] : texts[i];
            loneTitle |= head.Trim().Equals("mr.", StringComparison.OrdinalIgnoreCase);
            var at = head.IndexOf("justice", StringComparison.OrdinalIgnoreCase);
            named = at >= 0 && at <= 12 && JusticeNames.Letters(head[(at + 7)..]).StartsWith(letters, StringComparison.Ordinal);
        }
        return named ? "missing-opinion" : loneTitle ? "missing-lost-header" : "missing-lost";
    }

    /// <summary>The chief the segmenter took from the bench ("segmentation.chief-by-bench"), where the text never names him.</summary>
    private static string? ChiefByBench(SegmentationResult result)
    {
        const string Marker = "taken as ";
        var message = result.Diagnostics.FirstOrDefault(d => d.Code == "segmentation.chief-by-bench")?.Message;
        if (message is null || message.IndexOf(Marker, StringComparison.Ordinal) is var at && at < 0)
        {
            return null;
        }
        var rest = message[(at + Marker.Length)..];
        var space = rest.IndexOf(' ');
        return space < 0 ? rest : rest[..space];
    }

    // the line-up's "delivered the opinion of the Court" may head a plurality whose header says so; both are the main opinion
    private static bool SameKind(OpinionKind a, OpinionKind b) =>
        a == b || a is OpinionKind.Majority or OpinionKind.Plurality && b is OpinionKind.Majority or OpinionKind.Plurality;

    private static bool Same(string a, string b) => JusticeNames.Letters(a) == JusticeNames.Letters(b);

    private static bool SameSet(IEnumerable<string> a, IEnumerable<string> b, string? author)
    {
        var left = a.Select(JusticeNames.Letters).Where(n => author is null || n != JusticeNames.Letters(author)).ToHashSet(StringComparer.Ordinal);
        var right = b.Select(JusticeNames.Letters).Where(n => author is null || n != JusticeNames.Letters(author)).ToHashSet(StringComparer.Ordinal);
        return left.SetEquals(right);
    }

    private static string Describe(LineupEntry entry) =>
        $"{entry.Kind}{(entry.InJudgment ? "(judgment)" : "")} {entry.Author} [{string.Join(",", entry.JoinedBy)}]"
        + (entry.PartialJoins.Count > 0 ? " parts[" + string.Join(",", entry.PartialJoins.Select(p => p.Justice)) + "]" : "");

    private static string Describe(Opinion opinion) =>
        $"{opinion.Kind}{(opinion.InJudgment ? "(judgment)" : "")} {opinion.Author} [{string.Join(",", opinion.JoinedBy)}]"
        + (opinion.PartialJoins.Count > 0 ? " parts[" + string.Join(",", opinion.PartialJoins.Select(p => p.Justice)) + "]" : "");
}
