using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Makes a claim of the paragraph another opinion answers when that paragraph has no claim cue of its own:
/// the answering opinion says which it is, by quoting its words ("the Court states that "[t]here can be little
/// doubt ..."") or by a pinpoint ("ante, at 207", "ante, at 207 n. 6"). A quotation names the paragraph holding the
/// quoted words; a pinpoint names its page (or footnote), and of the paragraphs there the one most like the words
/// around the reference is taken.</summary>
internal sealed partial class AnsweredClaimFinder(SourceDocument document, IReadOnlyList<Opinion> opinions, QuotationMatcher quotations,
    PageMap pageMap, SentenceCache sentenceMap, TermVectorizer vectorizer, ReplyDetector replies)
{
    /// <summary>The cue of a claim made of a paragraph because another opinion quotes it.</summary>
    public const string QuotedCue = "quoted by another opinion";

    /// <summary>The cue of a claim made of a paragraph because another opinion's pinpoint names its page.</summary>
    public const string PinpointedCue = "pinpointed by another opinion";

    /// <summary>The cue of a claim made of the paragraph another opinion answers, found as the one most like what the
    /// answering paragraph says, where it neither quotes nor pinpoints it.</summary>
    public const string SimilarCue = "answered by another opinion";

    /// <summary>How much a paragraph that itself answers the opinion referring to it counts as the passage answered:
    /// the Court's reply to a dissent shares the dissent's words, yet the dissent answers the Court's reasoning.</summary>
    private const double ReplyWeight = 0.55;

    /// <summary>Added to a claim announced as a holding ("we hold") when the reference speaks of the holding.</summary>
    private const double HoldingWeight = 0.1;

    /// <summary>How much a paragraph of the facts and course below (an unargued Part I) counts as the passage answered.</summary>
    private const double BackgroundWeight = 0.4;

    /// <summary>How much a footnote counts as the passage answered, against the body.</summary>
    private const double FootnoteWeight = 0.75;

    /// <summary>The least likeness of the paragraph most like the answering one for it to be taken as the passage
    /// answered: low, because what counts is which paragraph is likest, and the answer restates the passage in its
    /// own words.</summary>
    private const double MinimumSimilarity = 0.05;

    /// <summary>How many times likelier to the point granted than to the point disputed the likest paragraph must be
    /// for it to be taken as the point granted.</summary>
    private const double GrantedRatio = 3;

    /// <summary>The fewest words of a paragraph that can be the passage answered.</summary>
    private const int PassageWords = 20;

    /// <summary>The least likeness between the words around a pinpoint and a paragraph of its page for the
    /// paragraph to be taken as the one answered.</summary>
    private const double MinimumLikeness = 0.2;

    /// <summary>The fewest letters of a quotation that makes a claim of the paragraph holding it (about eight words).</summary>
    private const int ClaimLetters = QuotationMatcher.MinimumLetters;

    /// <summary>Adds the claims made to <paramref name="candidates"/>; returns the pairs (paragraph of the reference,
    /// paragraph of the claim made) that name each: a claim made for one reference is a target of that reference
    /// only, the other references choosing among the claims the opinion states as before.</summary>
    public HashSet<(int Source, int Target)> AddTo(List<(ClaimCandidate Claim, IReadOnlyList<OpinionReference> References)> candidates)
    {
        var claimed = candidates.Select(c => c.Claim.Paragraph.Index).ToHashSet();
        var made = new HashSet<int>();
        var named = new HashSet<(int Source, int Target)>();
        var byIndex = opinions.ToDictionary(o => o.Index);
        // neither the disposition nor the bare statement of the question presented is the passage answered
        var conclusions = candidates.Where(c => c.Claim.Role == ArgumentRole.Conclusion || ArgumentCues.QuestionStatement.IsMatch(c.Claim.Cue))
            .Select(c => c.Claim.Paragraph.Index).ToHashSet();
        var holdings = candidates.Where(c => ArgumentCues.HoldingCue.IsMatch(c.Claim.Cue)).Select(c => c.Claim.Paragraph.Index).ToHashSet();
        stated = candidates.ToList();
        foreach (var (source, references) in stated.Where(c => c.References.Count > 0))
        {
            foreach (var (key, group) in ReferenceGroups.ByTarget(references))
            {
                if (!byIndex.TryGetValue(key, out var target))
                {
                    continue;
                }
                var windows = group.Select(r => r.Window).Distinct().ToList();
                var windowText = windows.Count == 1 ? sentenceMap.Text(windows[0]) : string.Join(" ", windows.Select(sentenceMap.Text));
                var stanceText = StanceText(windows, windowText);
                if (group.All(r => r.Cue == ArgumentLinkFinder.Implicit))
                {
                    AddSimilar(source, byIndex[source.OpinionIndex], target, stanceText.Text, stanceText.Granted, conclusions, holdings, claimed, named, candidates, bodyOnly: true);
                    continue;
                }
                // making a claim wants more than choosing among claims: a passage, not a phrase worked into a sentence
                var quotes = QuotationMatcher.Quotes(windowText).Where(q => q.Length >= ClaimLetters).ToList();
                var quoted = quotations.Holding(quotes, target);
                if (quoted.Count > 0)
                {
                    foreach (var paragraph in target.Paragraphs.Where(p => quoted.Contains(p.Index)))
                    {
                        named.Add((source.Paragraph.Index, paragraph.Index));
                        if (!claimed.Add(paragraph.Index))
                        {
                            continue;
                        }
                        made.Add(paragraph.Index);
                        var sentences = sentenceMap.Split(paragraph.Span);
                        var sentence = sentences.FirstOrDefault(x => QuotationMatcher.Opens(quotes, sentenceMap.Text(x)), sentences.Count > 0 ? sentences[0] : paragraph.Span);
                        candidates.Add((new ClaimCandidate(target.Index, paragraph, sentence, sentence, ArgumentRole.Reason, QuotedCue, null), []));
                    }
                    continue;
                }
                if (Pinpointed(group, byIndex[source.OpinionIndex], target, windowText, source.Paragraph) is not { } answered)
                {
                    if (group.All(r => r.Pages.Count == 0 && r.Notes.Count == 0))
                    {
                        AddSimilar(source, byIndex[source.OpinionIndex], target, stanceText.Text, stanceText.Granted, conclusions, holdings, claimed, named, candidates);
                    }
                    continue;
                }
                named.Add((source.Paragraph.Index, answered.Paragraph.Index));
                if (claimed.Add(answered.Paragraph.Index))
                {
                    candidates.Add((new ClaimCandidate(target.Index, answered.Paragraph, answered.Sentence, answered.Sentence, ArgumentRole.Reason, PinpointedCue, null), []));
                }
            }
        }
        return named;
    }

    /// <summary>The words the stance is taken on: after "The Court rightly holds X. But the Court errs about Y" the
    /// disputing sentence names the passage answered, not the one granted.</summary>
    private (string Text, IReadOnlyList<TextSpan> Granted) StanceText(IReadOnlyList<TextSpan> windows, string windowText)
    {
        if (windows.Count < 2)
        {
            return (windowText, []);
        }
        var overall = sentenceMap.PolarityOf(windowText);
        if (overall.Score == 0)
        {
            return (windowText, []);
        }
        var stance = windows.Where(w => Math.Sign(sentenceMap.PolarityOf(w).Score) == Math.Sign(overall.Score)).ToList();
        return stance.Count > 0 && stance.Count < windows.Count
            ? (string.Join(" ", stance.Select(sentenceMap.Text)), windows.Except(stance).ToList())
            : (windowText, []);
    }

    /// <summary>The paragraph of <paramref name="target"/> most like what the answering paragraph says (its
    /// reference's words and the whole paragraph), made a claim when it has none; not a passage the opinion quotes
    /// (opening on a quotation mark), whose words are another court's.</summary>
    /// <param name="bodyOnly">For a paragraph naming no opinion: it answers the reasoning of the body, never a
    /// footnote (a footnote is reached by pinpoint).</param>
    private void AddSimilar(ClaimCandidate source, Opinion sourceOpinion, Opinion target, string windowText, IReadOnlyList<TextSpan> granted, HashSet<int> conclusions, HashSet<int> holdings,
        HashSet<int> claimed, HashSet<(int Source, int Target)> named, List<(ClaimCandidate Claim, IReadOnlyList<OpinionReference> References)> candidates, bool bodyOnly = false)
    {
        // the background of every opinion, read from the claims the opinions state themselves (not those made here)
        var background = this.background ??= opinions.SelectMany(o => Background(o, stated)).ToHashSet();
        var window = vectorizer.Vector(windowText);
        var whole = vectorizer.Vector(document, source.Paragraph.Span);
        // a reference to the holding ("the Court's holding that") answers the claim announced as one ("we hold")
        var holding = target.Kind is OpinionKind.Majority or OpinionKind.Plurality or OpinionKind.PerCuriam && ArgumentCues.HoldingReference.IsMatch(windowText);
        Paragraph? best = null;
        var bestScore = MinimumSimilarity;
        vectorizer.Spread(window, whole);
        foreach (var paragraph in target.Paragraphs)
        {
            if (conclusions.Contains(paragraph.Index) && !claimed.Contains(paragraph.Index) || !CanBePassage(paragraph) || bodyOnly && paragraph.IsFootnote)
            {
                continue;
            }
            var (toWindow, toWhole) = vectorizer.Cosines(vectorizer.Vector(document, paragraph.Span));
            var score = 0.5 * toWindow + 0.5 * toWhole;
            if (holding && holdings.Contains(paragraph.Index))
            {
                score += HoldingWeight;
            }
            if (paragraph.IsFootnote)
            {
                score *= FootnoteWeight;
            }
            if (background.Contains(paragraph.Index))
            {
                score *= BackgroundWeight;
            }
            // a reply's discount only lowers a score: one that cannot win is not asked about
            if (score > bestScore && replies.Answers(paragraph, sourceOpinion, target))
            {
                score *= ReplyWeight;
            }
            if (score > bestScore)
            {
                best = paragraph;
                bestScore = score;
            }
        }
        if (best is null || conclusions.Contains(best.Index))
        {
            return;
        }
        if (granted.Count > 0)
        {
            // the likest paragraph is the point granted ("The Court rightly holds X. But ..."), not the one disputed:
            // the stance of the sentences decides
            var bestVector = vectorizer.Vector(document, best.Span);
            var grant = vectorizer.Vector(string.Join(" ", granted.Select(sentenceMap.Text)));
            if (vectorizer.Cosine(grant, bestVector) > GrantedRatio * vectorizer.Cosine(window, bestVector))
            {
                return;
            }
        }
        named.Add((source.Paragraph.Index, best.Index));
        if (claimed.Add(best.Index))
        {
            var sentences = sentenceMap.Split(best.Span);
            var sentence = sentences.Count > 0 ? sentences.MaxBy(x => vectorizer.Cosine(window, SentenceVector(x))) : best.Span;
            candidates.Add((new ClaimCandidate(target.Index, best, sentence, sentence, ArgumentRole.Reason, SimilarCue, null), []));
        }
    }

    /// <summary>Whether a paragraph can be the passage answered at all: twenty words or more, not opening on a
    /// quotation, no opinion header. Asked for each paragraph of the target once per answering paragraph, so kept.</summary>
    private bool CanBePassage(Paragraph paragraph)
    {
        if (!passages.TryGetValue(paragraph.Index, out var can))
        {
            can = !(OpinionReferenceFinder.WordCount(sentenceMap.Chars(paragraph.Span), PassageWords) < PassageWords
                || sentenceMap.Chars(paragraph.Span).TrimStart() is [ '"' or '\u201C', ..]
                || ArgumentCues.Header.IsMatch(sentenceMap.Chars(paragraph.Span).TrimStart()));
            passages[paragraph.Index] = can;
        }
        return can;
    }

    private readonly Dictionary<int, bool> passages = [];

    /// <summary>The vector of a sentence of a passage answered, built once: the same passage is often the likest
    /// to several answering paragraphs.</summary>
    private TermVector SentenceVector(TextSpan sentence)
    {
        if (!sentenceVectors.TryGetValue(sentence, out var vector))
        {
            vector = vectorizer.Vector(sentenceMap.Chars(sentence));
            sentenceVectors[sentence] = vector;
        }
        return vector;
    }

    private readonly Dictionary<TextSpan, TermVector> sentenceVectors = [];

    /// <summary>The claims as the opinions state them, before any is made here.</summary>
    private List<(ClaimCandidate Claim, IReadOnlyList<OpinionReference> References)> stated = [];

    /// <summary>Of the paragraphs the pinpoints name (the footnotes named, else the text of the pages named), the
    /// one most like the words around the reference, with its sentence most like them.</summary>
    private (Paragraph Paragraph, TextSpan Sentence)? Pinpointed(IReadOnlyList<OpinionReference> group, Opinion sourceOpinion, Opinion target, string windowText, Paragraph source)
    {
        var notes = group.SelectMany(r => r.Notes).Distinct().ToList();
        var pages = group.SelectMany(r => r.Pages).Distinct().ToList();
        if (notes.Count == 0 && pages.Count == 0)
        {
            return null;
        }
        var named = target.Paragraphs.Where(p => pageMap.IsNote(p.Index, notes)).ToList();
        if (named.Count == 0)
        {
            named = target.Paragraphs.Where(p => pageMap.OnPage(p.Index, pages)).ToList();
        }
        if (named.Count == 0)
        {
            return null;
        }
        var window = vectorizer.Vector(windowText);
        var whole = vectorizer.Vector(document, source.Span);
        Paragraph? best = null;
        var bestScore = MinimumLikeness;
        vectorizer.Spread(window, whole);
        foreach (var paragraph in named)
        {
            var (toWindow, toWhole) = vectorizer.Cosines(vectorizer.Vector(document, paragraph.Span));
            var score = Math.Max(toWindow, 0.6 * toWindow + 0.4 * toWhole);
            if (score > MinimumLikeness && replies.Answers(paragraph, sourceOpinion, target))
            {
                // the page's reply to the answering opinion is taken only when nothing else there is like it
                score = MinimumLikeness + (score - MinimumLikeness) * ReplyWeight;
            }
            if (score > bestScore)
            {
                best = paragraph;
                bestScore = score;
            }
        }
        if (best is null)
        {
            return null;
        }
        var sentences = sentenceMap.Split(best.Span);
        var sentence = sentences.Count > 0 ? sentences.MaxBy(x => vectorizer.Cosine(window, SentenceVector(x))) : best.Span;
        return (best, sentence);
    }
}
