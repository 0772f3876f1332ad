using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Turns references between opinions into support/attack links: the relation from the agreement or
/// disagreement cues around the reference (or, where there are none, from the sides the two opinions take),
/// the target being the argument of the opinion referred to most similar to what the reference says.</summary>
internal sealed class ArgumentLinkFinder(SourceDocument document, IReadOnlyList<Opinion> opinions, TermVectorizer vectorizer, PageMap pageMap, SentenceCache sentenceMap, QuotationMatcher quotations, ReplyDetector replies)
{
    /// <summary>How much the words around the reference count, against the whole paragraph, in finding the
    /// argument referred to: a reference usually restates the claim it answers.</summary>
    private const double WindowWeight = 0.6;

    /// <summary>How much a footnote counts as the argument answered, against the body: a separate opinion answers
    /// the opinion's claims, and reaches its footnotes by pinpoint ("ante, at 642, n. 4").</summary>
    private const double FootnoteWeight = 0.75;

    /// <summary>How much the words around the reference count against the target's whole paragraph (added to the
    /// weighted sum above): a reference often restates a sentence of the paragraph other than its claim.</summary>
    private const double WindowParagraphWeight = 0.15;

    /// <summary>What each distinctive word sequence shared with the paragraph of a target adds: quoting the
    /// words of a claim names it more surely than sharing its vocabulary. Kept small: a shared sequence is as often
    /// a precedent both opinions quote ("the objective legal reasonableness of an official's acts").</summary>
    private const double PhraseWeight = 0.05;

    private const int PhraseCap = 3;

    /// <summary>How much a claim made of the paragraph likest to a reference counts against the claims the opinion
    /// states, for a reference that names the opinion (its own words choose among those).</summary>
    private const double SimilarWeight = 0.8;

    /// <summary>How much a paragraph that itself answers the opinion referring to it counts as the claim answered
    /// (see <see cref="ReplyDetector"/>).</summary>
    private const double ReplyWeight = 0.55;

    /// <summary>The cue of a reference inferred from a separate opinion's stance, naming no opinion.</summary>
    public const string Implicit = "implicit";

    /// <summary>Added to a claim announced as a holding ("we hold") when the reference speaks of the holding ("the
    /// Court's holding that"): it answers what the Court holds, though in other words.</summary>
    private const double HoldingWeight = 0.1;

    private readonly HashSet<int> footnotes = opinions.SelectMany(o => o.Paragraphs).Where(p => p.IsFootnote).Select(p => p.Index).ToHashSet();

    private readonly Dictionary<int, Paragraph> paragraphs = opinions.SelectMany(o => o.Paragraphs).GroupBy(p => p.Index).ToDictionary(g => g.Key, g => g.First());


    /// <param name="named">Pairs (paragraph of a reference, paragraph of a claim made because that reference quotes
    /// or pinpoints it): a claim so made is a target of those references only.</param>
    public List<ArgumentLink> Find(IReadOnlyList<Argument> arguments, IReadOnlyList<IReadOnlyList<OpinionReference>> references,
        IReadOnlyList<TermVector> paragraphVectors, IReadOnlyList<TermVector> claimVectors, IReadOnlySet<(int Source, int Target)> named)
    {
        // the passages compared are the references' windows (a stance joins some of them)
        var phrases = new SharedPhrases(document, opinions.SelectMany(o => o.Paragraphs),
            references.SelectMany(r => r).Select(r => r.Window).Distinct().Select(sentenceMap.Text));
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
                var windowText = string.Join(" ", windows.Select(sentenceMap.Text));
                var all = targets;
                targets = Narrow(targets, group, windowText, targetOpinion);
                var polarity = windows.Count == 1 ? sentenceMap.PolarityOf(windows[0]) : Polarity.Of(windowText);
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
                var quoted = Quoted(all, quotedText, key, targetOpinion);
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
                var window = vectorizer.Vector(stanceText);
                var stanceGrams = phrases.Grams(stanceText);
                var holding = Lead(targetOpinion) && ArgumentCues.HoldingReference.IsMatch(stanceText);
                // a reference that names the opinion it answers may answer the reply to it as well ("ante, at 7");
                // one that names none answers the reasoning, not the reply
                var explicitStance = group.Any(r => r.Cue != Implicit);
                var best = targets[0];
                var bestScore = -1.0;
                foreach (var target in targets)
                {
                    var score = WindowWeight * vectorizer.Cosine(window, claimVectors[target.Index])
                        + (1 - WindowWeight) * vectorizer.Cosine(paragraphVectors[i], paragraphVectors[target.Index])
                        + WindowParagraphWeight * vectorizer.Cosine(window, paragraphVectors[target.Index]);
                    if (target.Paragraph >= 0)
                    {
                        score += PhraseWeight * Math.Min(PhraseCap, phrases.Count(stanceGrams, target.Paragraph));
                    }
                    if (holding && ArgumentCues.HoldingCue.IsMatch(target.Cue))
                    {
                        score += HoldingWeight;
                    }
                    if (footnotes.Contains(target.Paragraph) && targets.Count > 1)
                    {
                        score *= FootnoteWeight;
                    }
                    if (explicitStance && target.Cue == AnsweredClaimFinder.SimilarCue && targets.Count > 1)
                    {
                        // a passage found only by its likeness competes with the claims the opinion states, at a discount
                        score *= SimilarWeight;
                    }
                    if (targets.Count > 1 && !explicitStance && paragraphs.TryGetValue(target.Paragraph, out var targetParagraph)
                        && replies.Answers(targetParagraph, byIndex[source.OpinionIndex], targetOpinion))
                    {
                        score *= ReplyWeight;
                    }
                    if (score > bestScore)
                    {
                        best = target;
                        bestScore = score;
                    }
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
    private IEnumerable<(int Key, List<OpinionReference> References, ArgumentRelation? Relation)> Parts(IReadOnlyList<OpinionReference> references, Opinion source)
    {
        foreach (var group in references.GroupBy(r => r.Target).OrderBy(g => g.Key))
        {
            var list = group.ToList();
            if (!Lead(source) && list.Any(r => r.Cue != Implicit))
            {
                var agreeing = list.Where(r => sentenceMap.PolarityOf(r.Sentence).Score > 0
                    && !ArgumentCues.Concession.IsMatch(sentenceMap.Text(r.Sentence)) && !Conceded(r) && !TurnsAfter(r.Paragraph, r.Sentence)).ToList();
                var disputing = list.Where(r => sentenceMap.PolarityOf(r.Sentence).Score < 0).ToList();
                if (agreeing.Count > 0 && disputing.Count > 0)
                {
                    yield return (group.Key, agreeing, ArgumentRelation.Supports);
                    yield return (group.Key, disputing, ArgumentRelation.Attacks);
                    continue;
                }
            }
            yield return (group.Key, list, null);
        }
    }

    private static bool Made(Argument argument) => argument.Cue is AnsweredClaimFinder.QuotedCue or AnsweredClaimFinder.PinpointedCue or AnsweredClaimFinder.SimilarCue;

    /// <summary>The arguments whose paragraphs hold the words the reference quotes: the quoted words name the
    /// claim answered more surely than any pinpoint or shared vocabulary.</summary>
    private List<Argument> Quoted(List<Argument> targets, string windowText, int targetIndex, Opinion targetOpinion)
    {
        var quotes = QuotationMatcher.Quotes(windowText);
        if (quotes.Count == 0)
        {
            return [];
        }
        var holding = quotations.Holding(quotes, targetOpinion.Paragraphs);
        return holding.Count == 0 ? [] : targets.Where(t => t.OpinionIndex == targetIndex && holding.Contains(t.Paragraph)).ToList();
    }

    /// <summary>The arguments a reference can land on: the footnote or pages its pinpoint names ("ante, at 640,
    /// n. 2"); the conclusion when it speaks of the judgment ("the Court remands"); never the bare statement of
    /// the question presented, which no opinion disputes.</summary>
    private List<Argument> Narrow(List<Argument> targets, IReadOnlyList<OpinionReference> group, string windowText, Opinion targetOpinion)
    {
        var notes = group.SelectMany(r => r.Notes).Distinct().ToList();
        var pages = group.SelectMany(r => r.Pages).Distinct().ToList();
        var byNote = targets.Where(t => pageMap.IsNote(t.Paragraph, notes)).ToList();
        if (byNote.Count > 0)
        {
            return byNote;
        }
        var byPage = targets.Where(t => pageMap.OnPage(t.Paragraph, pages)).ToList();
        if (byPage.Count > 0)
        {
            return byPage;
        }
        if (Lead(targetOpinion) && ArgumentCues.JudgmentReference.IsMatch(windowText)
            && targets.FirstOrDefault(t => t.Role == ArgumentRole.Conclusion) is { } conclusion)
        {
            return [conclusion];
        }
        if (!Lead(targetOpinion) && ArgumentCues.JoinsOpinion.IsMatch(windowText)
            && targets.FirstOrDefault(t => t.Role == ArgumentRole.Reason) is { } opening)
        {
            // joining a whole opinion supports the claim it opens with
            return [opening];
        }
        var claims = targets.Where(t => !(t.Ordinal == 1 && ArgumentCues.QuestionStatement.IsMatch(t.Cue))).ToList();
        return claims.Count > 0 ? claims : targets;
    }

    /// <summary>The agreement is a concession the next sentence turns from ("As the Court correctly points out, X.
    /// But Y"): an opinion on the other side grants a point only to answer it.</summary>
    private bool Conceded(OpinionReference reference)
    {
        if (!paragraphs.TryGetValue(reference.Paragraph, out var paragraph))
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
        if (!paragraphs.TryGetValue(paragraphIndex, out var paragraph))
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

    private static bool Lead(Opinion opinion) => opinion.Kind is OpinionKind.Majority or OpinionKind.Plurality or OpinionKind.PerCuriam;

    private static int Side(Opinion opinion) => opinion.Kind switch
    {
        OpinionKind.Dissent => -1,
        OpinionKind.ConcurrenceDissent => 0,
        _ => 1,
    };
}
