using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Turns references between opinions into support/attack links: the relation from the agreement or
/// disagreement cues around the reference (or, where there are none, from the sides the two opinions take),
/// the target being the argument of the opinion referred to most similar to what the reference says (see
/// <see cref="LinkTargetResolver"/>).</summary>
internal sealed class ArgumentLinkFinder(SourceDocument document, IReadOnlyList<Opinion> opinions, TermVectorizer vectorizer, PageMap pageMap, SentenceCache sentenceMap, QuotationMatcher quotations, ReplyDetector replies)
{
    private readonly LinkTargetResolver resolver = new(opinions, vectorizer, pageMap, quotations, replies, new PartReferenceResolver(document), ByIndex(opinions));

    /// <summary>The cue of a reference inferred from a separate opinion's stance, naming no opinion.</summary>
    public const string Implicit = "implicit";

    /// <summary>The least likeness (<see cref="LinkTargetResolver.Best"/>) between what a reference says and the claim it
    /// lands on, for a reference that speaks of an opinion only as "the Court", "the majority" or "the dissent" and
    /// neither quotes it nor names a part of it: under it the two share next to no distinctive word, and the reference
    /// names no claim of that opinion ("The Court's treatment of this subject is an example of ...", a footnote citing
    /// an article titled "... the Court"). A reference naming a justice or pointing with "ante"/"post", or a paragraph
    /// carrying on an argument it named, keeps its link: the opinion answered is sure, though the claim is not.</summary>
    internal const double NoLikeness = 0.02;

    /// <summary>Each paragraph of the opinions by its index (the first, should two share one).</summary>
    private static Dictionary<int, Paragraph> ByIndex(IReadOnlyList<Opinion> opinions)
    {
        var byIndex = new Dictionary<int, Paragraph>();
        foreach (var opinion in opinions)
        {
            foreach (var paragraph in opinion.Paragraphs)
            {
                byIndex.TryAdd(paragraph.Index, paragraph);
            }
        }
        return byIndex;
    }

    private Dictionary<int, Paragraph> Paragraphs => resolver.Paragraphs;

    /// <param name="phrases">The word sequences of the references' windows, counted through the decision's paragraphs.</param>
    /// <param name="named">Pairs (paragraph of a reference, paragraph of a claim made because that reference quotes
    /// or pinpoints it): a claim so made is among the claims those references can name; for the others it only
    /// competes with the claims they can name (a claim made by likeness alone is a target of its references only).</param>
    public List<ArgumentLink> Find(IReadOnlyList<Argument> arguments, IReadOnlyList<IReadOnlyList<OpinionReference>> references,
        IReadOnlyList<TermVector> paragraphVectors, IReadOnlyList<TermVector> claimVectors, IReadOnlySet<(int Source, int Target)> named,
        SharedPhrases phrases)
    {
        var byIndex = opinions.ToDictionary(o => o.Index);
        var byOpinion = arguments.GroupBy(a => a.OpinionIndex).ToDictionary(g => g.Key, g => g.ToList());
        var links = new List<ArgumentLink>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var source = arguments[i];
            if (references[i].Count == 0)
            {
                continue;
            }
            foreach (var (key, group, forced) in Parts(references[i], byIndex[source.OpinionIndex]))
            {
                // a part of a mixed paragraph takes its own claim, not the one paragraph found like the whole
                var targets = byOpinion.TryGetValue(key, out var own)
                    ? own.Where(t => !Made(t) || named.Contains((source.Paragraph, t.Paragraph)) && (forced is null || t.Cue != AnsweredClaimFinder.SimilarCue)).ToList() : [];
                if (targets.Count == 0 || !byIndex.TryGetValue(key, out var targetOpinion))
                {
                    continue;
                }
                var windows = group.Select(r => r.Window).Distinct().ToList();
                if (group.All(r => ArgumentCues.BareJudgment.IsMatch(sentenceMap.Text(r.Sentence))))
                {
                    continue;
                }
                var windowText = windows.Count == 1 ? sentenceMap.Text(windows[0]) : string.Join(" ", windows.Select(sentenceMap.Text));
                var all = targets;
                targets = resolver.Narrow(targets, group, windowText, targetOpinion);
                var polarity = windows.Count == 1 ? sentenceMap.PolarityOf(windows[0]) : sentenceMap.PolarityOf(windowText);
                // An implicit reference names no opinion: its stance words speak of whatever it does name ("I would
                // hold that the Court of Appeals correctly ..."), so only the sides of the two opinions tell.
                var relation = forced ?? (group.All(r => r.Cue == Implicit) ? Default(byIndex[source.OpinionIndex], targetOpinion)
                    : polarity.Score > 0 && Default(byIndex[source.OpinionIndex], targetOpinion) == ArgumentRelation.Attacks && group.All(Conceded)
                        ? ArgumentRelation.Attacks
                    : polarity.Score > 0 ? ArgumentRelation.Supports
                    : polarity.Score < 0 ? ArgumentRelation.Attacks
                    : Default(byIndex[source.OpinionIndex], targetOpinion));

                // The claim answered is the one the stance is taken on: after "I agree with the standard ... I
                // disagree, however, ..." the disagreeing sentences name it, not the standard quoted before.
                var stanceText = windowText;
                if (polarity.Score != 0)
                {
                    var stanceWindows = windows.Where(w => Math.Sign(sentenceMap.PolarityOf(w).Score) == Math.Sign(polarity.Score)).Select(sentenceMap.Text).ToList();
                    if (stanceWindows.Count > 0 && stanceWindows.Count < windows.Count)
                    {
                        stanceText = string.Join(" ", stanceWindows);
                    }
                }
                // the words the stance quotes name its claim more surely than a pinpoint or shared vocabulary
                // (not words an attack grants: "as the Court recognizes, unless "...", ...")
                var quotedText = relation == ArgumentRelation.Attacks
                    ? string.Join(" ", windows.Where(w => sentenceMap.PolarityOf(w).Score <= 0 && !ArgumentCues.Concession.IsMatch(sentenceMap.Text(w))).Select(sentenceMap.Text))
                    : stanceText;
                var quoted = resolver.Quoted(all, quotedText, key, targetOpinion);
                var answered = all.Where(t => named.Contains((source.Paragraph, t.Paragraph))).ToList();
                if (quoted.Count > 0)
                {
                    targets = quoted;
                }
                else if (answered.Count > 0 && forced is null && group.All(r => r.Cue == Implicit))
                {
                    // a paragraph naming no opinion answers the passage it most resembles
                    targets = answered;
                }
                else if (targets.Any(t => t.Cue != AnsweredClaimFinder.QuotedCue))
                {
                    // a claim made of quoted words answers the words the stance is taken on, not those it grants
                    targets = targets.Where(t => t.Cue != AnsweredClaimFinder.QuotedCue).ToList();
                }
                // a passage another reference quotes or pinpoints is a claim answered, open to every reference
                var answeredElsewhere = own!.Where(t => t.Cue is AnsweredClaimFinder.QuotedCue or AnsweredClaimFinder.PinpointedCue && !all.Contains(t)).ToList();
                var reference = new LinkTargetResolver.Reference(i, stanceText, group.Any(r => r.Cue != Implicit),
                    group.SelectMany(r => r.Pages).Distinct().ToList(), byIndex[source.OpinionIndex], targetOpinion);
                var (best, bestScore) = resolver.Best(reference, targets, answeredElsewhere, phrases, paragraphVectors, claimVectors);

                if (bestScore < NoLikeness && quoted.Count == 0 && group.All(r => !r.Explicit && r.Cue != Implicit)
                    && !resolver.NamesPart(windowText, targetOpinion))
                {
                    continue;
                }
                var explicitReference = group.Any(r => r.Explicit);
                var confidence = 0.45 + (polarity.Score != 0 ? 0.25 : 0) + (explicitReference ? 0.15 : 0) + 0.15 * Math.Min(1.0, bestScore * 2);
                var evidence = group.OrderByDescending(r => Math.Abs(sentenceMap.PolarityOf(r.Window).Score)).ThenBy(r => r.Window.Start).First();
                var cue = group.OrderByDescending(r => r.Explicit).First().Cue + (polarity.Cue is null ? "" : "; " + polarity.Cue);
                links.Add(new ArgumentLink(source.Index, best.Index, relation, cue, Math.Min(0.95, confidence), evidence.Window));
            }
        }
        return links;
    }

    /// <summary>The references of one paragraph, by the opinion referred to; a paragraph that both joins and
    /// disagrees with the same opinion in separate sentences ("I do not join the Court's extension of X ...
    /// Nevertheless, I otherwise join the Court's opinion") gives two parts, each with its relation. A concession
    /// the next sentence turns from is no agreement.</summary>
    private IEnumerable<(int Key, IReadOnlyList<OpinionReference> References, ArgumentRelation? Relation)> Parts(IReadOnlyList<OpinionReference> references, Opinion source)
    {
        foreach (var (key, list) in ReferenceGroups.ByTarget(references))
        {
            if (!Lead(source) && list.Any(r => r.Cue != Implicit))
            {
                var agreeing = list.Where(r => sentenceMap.PolarityOf(r.Sentence).Score > 0
                    && !ArgumentCues.Concession.IsMatch(sentenceMap.Text(r.Sentence)) && !Conceded(r) && !TurnsAfter(r.Paragraph, r.Sentence)).ToList();
                var disputing = list.Where(r => sentenceMap.PolarityOf(r.Sentence).Score < 0).ToList();
                if (agreeing.Count > 0 && disputing.Count > 0)
                {
                    yield return (key, agreeing, ArgumentRelation.Supports);
                    yield return (key, disputing, ArgumentRelation.Attacks);
                    continue;
                }
            }
            yield return (key, list, null);
        }
    }

    private static bool Made(Argument argument) => argument.Cue is AnsweredClaimFinder.QuotedCue or AnsweredClaimFinder.PinpointedCue or AnsweredClaimFinder.SimilarCue;

    /// <summary>The agreement is a concession the next sentence turns from ("As the Court correctly points out, X.
    /// But Y"): an opinion on the other side grants a point only to answer it.</summary>
    private bool Conceded(OpinionReference reference)
    {
        if (!Paragraphs.TryGetValue(reference.Paragraph, out var paragraph))
        {
            return false;
        }
        var sentences = sentenceMap.Split(paragraph.Span);
        for (var i = 0; i + 1 < sentences.Count; i++)
        {
            if (sentences[i].End >= reference.Window.End)
            {
                return ArgumentCues.Turn.IsMatch(sentenceMap.Text(sentences[i + 1]));
            }
        }
        return false;
    }

    /// <summary>Whether the sentence after <paramref name="sentence"/> turns from it ("But", "However").</summary>
    private bool TurnsAfter(int paragraphIndex, TextSpan sentence)
    {
        if (!Paragraphs.TryGetValue(paragraphIndex, out var paragraph))
        {
            return false;
        }
        var sentences = sentenceMap.Split(paragraph.Span);
        for (var i = 0; i + 1 < sentences.Count; i++)
        {
            if (sentences[i] == sentence)
            {
                return ArgumentCues.Turn.IsMatch(sentenceMap.Text(sentences[i + 1]));
            }
        }
        return false;
    }

    /// <summary>With no cue, a dissent answering the Court attacks it and a concurrence supports it; opinions on
    /// the same side support each other.</summary>
    private static ArgumentRelation Default(Opinion source, Opinion target)
    {
        if (source.Kind == OpinionKind.Concurrence && source.InJudgment && Lead(target))
        {
            // a concurrence in the judgment only writes about the Court's reasoning to part from it
            return ArgumentRelation.Attacks;
        }
        if (Lead(source) && !Lead(target))
        {
            // the Court names a separate opinion to answer it
            return ArgumentRelation.Attacks;
        }
        var a = Side(source);
        var b = Side(target);
        if (a == 0 && b == 0)
        {
            return ArgumentRelation.Supports;
        }
        if (a == 0 || b == 0)
        {
            // an opinion concurring in part and dissenting in part writes about the Court to differ from it
            return Math.Max(a, b) > 0 && (Lead(source) || Lead(target)) ? ArgumentRelation.Attacks : ArgumentRelation.Supports;
        }
        return a == b ? ArgumentRelation.Supports : ArgumentRelation.Attacks;
    }

    internal static bool Lead(Opinion opinion) => opinion.Kind is OpinionKind.Majority or OpinionKind.Plurality or OpinionKind.PerCuriam;

    private static int Side(Opinion opinion) => opinion.Kind switch
    {
        OpinionKind.Dissent => -1,
        OpinionKind.ConcurrenceDissent => 0,
        _ => 1,
    };
}
