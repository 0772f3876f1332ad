using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Chooses the argument a reference between opinions lands on: the claims it can name (the footnote or pages
/// of its pinpoint, the paragraph holding the words it quotes, the conclusion for a reference to the judgment), then,
/// of those, the one most like what the reference says. The passages other references of the decision quote or
/// pinpoint compete as well: another opinion has shown them to be claims answered, and a separate opinion that
/// answers a passage in one paragraph often answers it again in the next without repeating the pinpoint.</summary>
/// <param name="paragraphs">Each paragraph of the opinions by its index.</param>
internal sealed class LinkTargetResolver(IReadOnlyList<Opinion> opinions, TermVectorizer vectorizer, PageMap pageMap, QuotationMatcher quotations, ReplyDetector replies, PartReferenceResolver partReferences,
    Dictionary<int, Paragraph> paragraphs)
{
    /// <summary>What a reference says about the claim it answers.</summary>
    /// <param name="Source">Index of the answering argument (its paragraph's vector is <c>paragraphVectors[Source]</c>).</param>
    /// <param name="StanceText">The words of the reference the stance is taken on.</param>
    /// <param name="Explicit">Whether it names the opinion answered (not a stance inferred from the sides).</param>
    /// <param name="Pages">The pages its pinpoints name ("ante, at 12").</param>
    public sealed record Reference(int Source, string StanceText, bool Explicit, IReadOnlyList<int> Pages, Opinion SourceOpinion, Opinion TargetOpinion);

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

    /// <summary>Added to a claim announced as a holding ("we hold") when the reference speaks of the holding ("the
    /// Court's holding that"): it answers what the Court holds, though in other words.</summary>
    private const double HoldingWeight = 0.1;

    /// <summary>Added to a claim on a page the reference pinpoints: a passage answered elsewhere competes with the
    /// claims of the page named, and the page tells between them.</summary>
    private const double PageWeight = 0.05;

    private readonly HashSet<int> footnotes = opinions.SelectMany(o => o.Paragraphs).Where(p => p.IsFootnote).Select(p => p.Index).ToHashSet();

    /// <summary>Each paragraph of the opinions by its index.</summary>
    public Dictionary<int, Paragraph> Paragraphs => paragraphs;

    /// <summary>The claim of <paramref name="targets"/> or of <paramref name="answeredElsewhere"/> (passages other
    /// references quote or pinpoint) most like what the reference says, and its score.</summary>
    public (Argument Best, double Score) Best(Reference reference, IReadOnlyList<Argument> targets, IReadOnlyList<Argument> answeredElsewhere,
        SharedPhrases phrases, IReadOnlyList<TermVector> paragraphVectors, IReadOnlyList<TermVector> claimVectors)
    {
        var window = vectorizer.Vector(reference.StanceText);
        var stanceGrams = phrases.Grams(reference.StanceText);
        var holding = ArgumentLinkFinder.Lead(reference.TargetOpinion) && ArgumentCues.HoldingReference.IsMatch(reference.StanceText);
        // the discounts below tell among the claims the reference can name; a passage answered elsewhere only competes
        var choice = targets.Count > 1;
        var best = targets[0];
        var bestScore = -1.0;
        vectorizer.Spread(window, paragraphVectors[reference.Source]);
        foreach (var target in targets.Concat(answeredElsewhere))
        {
            var toClaim = vectorizer.Cosines(claimVectors[target.Index]).A;
            var (toParagraph, paragraphToParagraph) = vectorizer.Cosines(paragraphVectors[target.Index]);
            var score = WindowWeight * toClaim
                + (1 - WindowWeight) * paragraphToParagraph
                + WindowParagraphWeight * toParagraph;
            if (target.Paragraph >= 0)
            {
                score += PhraseWeight * Math.Min(PhraseCap, phrases.Count(stanceGrams, target.Paragraph));
            }
            if (holding && ArgumentCues.HoldingCue.IsMatch(target.Cue))
            {
                score += HoldingWeight;
            }
            if (choice && footnotes.Contains(target.Paragraph))
            {
                score *= FootnoteWeight;
            }
            if (choice && reference.Explicit && target.Cue == AnsweredClaimFinder.SimilarCue)
            {
                // a passage found only by its likeness competes with the claims the opinion states, at a discount
                score *= SimilarWeight;
            }
            // a reference that names the opinion it answers may answer the reply to it as well ("ante, at 7");
            // one that names none answers the reasoning, not the reply
            if (choice && !reference.Explicit && paragraphs.TryGetValue(target.Paragraph, out var targetParagraph)
                && replies.Answers(targetParagraph, reference.SourceOpinion, reference.TargetOpinion))
            {
                score *= ReplyWeight;
            }
            if (reference.Pages.Count > 0 && pageMap.OnPage(target.Paragraph, reference.Pages))
            {
                score += PageWeight;
            }
            if (score > bestScore)
            {
                best = target;
                bestScore = score;
            }
        }
        return (best, bestScore);
    }

    /// <summary>Whether the words of a reference name a part of <paramref name="targetOpinion"/> ("Part I of the
    /// prevailing opinion").</summary>
    public bool NamesPart(string windowText, Opinion targetOpinion) => partReferences.Named(windowText, targetOpinion).Count > 0;

    /// <summary>The arguments whose paragraphs hold the words the reference quotes: the quoted words name the
    /// claim answered more surely than any pinpoint or shared vocabulary.</summary>
    public List<Argument> Quoted(List<Argument> targets, string windowText, int targetIndex, Opinion targetOpinion)
    {
        var quotes = QuotationMatcher.Quotes(windowText);
        if (quotes.Count == 0)
        {
            return [];
        }
        var holding = quotations.Holding(quotes, targetOpinion);
        return holding.Count == 0 ? [] : targets.Where(t => t.OpinionIndex == targetIndex && holding.Contains(t.Paragraph)).ToList();
    }

    /// <summary>The arguments a reference can land on: the footnote or pages its pinpoint names ("ante, at 640,
    /// n. 2"); the parts it names ("Part II of the Court's opinion"); the conclusion when it speaks of the judgment ("the Court remands"); never the bare statement of
    /// the question presented, which no opinion disputes.</summary>
    public List<Argument> Narrow(List<Argument> targets, IReadOnlyList<OpinionReference> group, string windowText, Opinion targetOpinion)
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
        var named = partReferences.Named(windowText, targetOpinion);
        var byPart = targets.Where(t => named.Contains(t.Paragraph)).ToList();
        if (byPart.Count > 0)
        {
            return byPart;
        }
        if (ArgumentLinkFinder.Lead(targetOpinion) && ArgumentCues.JudgmentReference.IsMatch(windowText)
            && targets.FirstOrDefault(t => t.Role == ArgumentRole.Conclusion) is { } conclusion)
        {
            return [conclusion];
        }
        if (!ArgumentLinkFinder.Lead(targetOpinion) && ArgumentCues.JoinsOpinion.IsMatch(windowText)
            && targets.FirstOrDefault(t => t.Role == ArgumentRole.Reason) is { } opening)
        {
            // joining a whole opinion supports the claim it opens with
            return [opening];
        }
        var claims = targets.Where(t => !(t.Ordinal == 1 && ArgumentCues.QuestionStatement.IsMatch(t.Cue))).ToList();
        return claims.Count > 0 ? claims : targets;
    }
}
