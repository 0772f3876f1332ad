using System.Text.Json;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

/// <summary>Scores mined cross-opinion links against a gold file of the links a careful reader draws
/// (format: see the "note" of TestData/*.argument-links.gold.json).</summary>
internal sealed class LinkGoldScorer
{
    private sealed record GoldLink(string From, string Paragraph, string To, string Relation, IReadOnlyList<string> Targets, bool Optional);

    /// <param name="Found">Required gold links found with the right target paragraph.</param>
    /// <param name="FoundAnyTarget">Required gold links found with the right relation, whatever the target paragraph.</param>
    /// <param name="Spurious">Mined cross-opinion links that match no gold link (required or optional).</param>
    public sealed record Score(int Required, int Found, int FoundAnyTarget, int Mined, int Spurious, IReadOnlyList<string> Misses, IReadOnlyList<string> Extras)
    {
        public double Recall => Required == 0 ? 1 : (double)Found / Required;

        public double SpuriousRate => Mined == 0 ? 0 : (double)Spurious / Mined;
    }

    private readonly IReadOnlyList<GoldLink> gold;

    /// <summary>The mined cross-opinion links that matched a gold link in the last <see cref="Evaluate"/> (for error reports).</summary>
    public List<string> Matched { get; } = [];

    public LinkGoldScorer(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        gold = json.RootElement.GetProperty("links").EnumerateArray().Select(l => new GoldLink(
            l.GetProperty("from").GetString()!,
            l.GetProperty("paragraph").GetString()!,
            l.GetProperty("to").GetString()!,
            l.GetProperty("relation").GetString()!,
            l.TryGetProperty("targets", out var t) ? t.EnumerateArray().Select(x => x.GetString()!).ToList() : [],
            l.TryGetProperty("optional", out var o) && o.GetBoolean())).ToList();
    }

    /// <summary>Lowercase letters only, so one snippet finds its paragraph in raw and normalized text.</summary>
    private static string Letters(string text) => string.Concat(text.Where(char.IsLetter).Select(char.ToLowerInvariant));

    public Score Evaluate(SourceDocument document, SegmentationResult segmentation, ArgumentResult result)
    {
        string? Author(int opinion) => segmentation.Opinions[opinion].Author;
        bool In(Argument argument, string author, string snippet) =>
            Author(argument.OpinionIndex) == author
            && segmentation.Paragraphs.Any(p => p.Index == argument.Paragraph && Letters(document.Slice(p.Span)).Contains(Letters(snippet), StringComparison.Ordinal));
        string Name(ArgumentRelation relation) => relation == ArgumentRelation.Supports ? "supports" : "attacks";

        var mined = result.Links.Where(l => result.Arguments[l.From].OpinionIndex != result.Arguments[l.To].OpinionIndex).ToList();
        var misses = new List<string>();
        var found = 0;
        var foundAny = 0;
        foreach (var link in gold.Where(g => !g.Optional))
        {
            var candidates = mined.Where(m => In(result.Arguments[m.From], link.From, link.Paragraph)
                && Author(result.Arguments[m.To].OpinionIndex) == link.To && Name(m.Relation) == link.Relation).ToList();
            if (candidates.Count > 0)
            {
                foundAny++;
            }
            if (candidates.Any(m => link.Targets.Any(t => In(result.Arguments[m.To], link.To, t))))
            {
                found++;
            }
            else
            {
                misses.Add($"{link.From} \"{link.Paragraph}\" {link.Relation} {link.To}" + (candidates.Count > 0 ? " (wrong target)" : "")
                    + (link.Targets.Count > 0 && !result.Arguments.Any(a => link.Targets.Any(t => In(a, link.To, t))) ? " (no argument on any target)" : "")
                    + (!result.Arguments.Any(a => In(a, link.From, link.Paragraph)) ? " (no argument in paragraph)"
                        : !mined.Any(m => In(result.Arguments[m.From], link.From, link.Paragraph)) ? " (no link from paragraph)" : ""));
            }
        }
        var extras = new List<string>();
        Matched.Clear();
        foreach (var link in mined)
        {
            var from = result.Arguments[link.From];
            var to = result.Arguments[link.To];
            var matches = gold.Any(g => In(from, g.From, g.Paragraph) && Author(to.OpinionIndex) == g.To
                && (g.Optional || Name(link.Relation) == g.Relation && g.Targets.Any(t => In(to, g.To, t))));
            if (matches)
            {
                Matched.Add($"{Author(from.OpinionIndex)} \"{from.Label}\" {Name(link.Relation)} {Author(to.OpinionIndex)} \"{to.Label}\" (claim cue {from.Cue}; link cue {link.Cue}; conf {link.Confidence.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)})");
            }
            else
            {
                // why it matches nothing: the source paragraph answers this opinion in gold (wrong target or relation),
                // answers another opinion, or answers none
                var sourceGold = gold.Where(g => In(from, g.From, g.Paragraph)).ToList();
                var kind = sourceGold.Count == 0 ? "no gold link from paragraph"
                    : sourceGold.Any(g => g.To == Author(to.OpinionIndex) && g.Relation == Name(link.Relation))
                        ? (mined.Any(m => m != link && result.Arguments[m.From].Paragraph == from.Paragraph && Name(m.Relation) == Name(link.Relation)
                            && sourceGold.Any(g => g.To == Author(result.Arguments[m.To].OpinionIndex) && g.Targets.Any(t => In(result.Arguments[m.To], g.To, t))))
                            ? "wrong target beside a right one" : "wrong target")
                    : sourceGold.Any(g => g.To == Author(to.OpinionIndex)) ? "wrong relation" : "other opinion";
                extras.Add($"{Author(from.OpinionIndex)} \"{from.Label}\" {Name(link.Relation)} {Author(to.OpinionIndex)} \"{to.Label}\" ({kind}; claim cue {from.Cue}; link cue {link.Cue}; conf {link.Confidence.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)})");
            }
        }
        return new Score(gold.Count(g => !g.Optional), found, foundAny, mined.Count, extras.Count, misses, extras);
    }
}
