using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Makes a claim of the paragraph another opinion answers when that paragraph has no claim cue of its own:
/// the answering opinion says which it is, by quoting its words ("the Court states that "[t]here can be little
/// doubt ..."") or by a pinpoint ("ante, at 207", "ante, at 207 n. 6"). A quotation names the paragraph holding the
/// quoted words; a pinpoint names its page (or footnote), and of the paragraphs there the one most like the words
/// around the reference is taken.</summary>
internal sealed class AnsweredClaimFinder(SourceDocument document, IReadOnlyList<Opinion> opinions, QuotationMatcher quotations,
    PageMap pageMap, SentenceCache sentenceMap, TermVectorizer vectorizer)
{
    /// <summary>The cue of a claim made of a paragraph because another opinion quotes it.</summary>
    public const string QuotedCue = "quoted by another opinion";

    /// <summary>The cue of a claim made of a paragraph because another opinion's pinpoint names its page.</summary>
    public const string PinpointedCue = "pinpointed by another opinion";

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
        foreach (var (source, references) in candidates.ToList())
        {
            foreach (var group in references.Where(r => r.Cue != ArgumentLinkFinder.Implicit).GroupBy(r => r.Target).OrderBy(g => g.Key))
            {
                if (!byIndex.TryGetValue(group.Key, out var target))
                {
                    continue;
                }
                var windowText = string.Join(" ", group.Select(r => r.Window).Distinct().Select(sentenceMap.Text));
                // making a claim wants more than choosing among claims: a passage, not a phrase worked into a sentence
                var quotes = QuotationMatcher.Quotes(windowText).Where(q => q.Length >= ClaimLetters).ToList();
                var quoted = quotations.Holding(quotes, target.Paragraphs);
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
                if (Pinpointed(group.ToList(), target, windowText) is not { } answered)
                {
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

    /// <summary>Of the paragraphs the pinpoints name (the footnotes named, else the text of the pages named), the
    /// one most like the words around the reference, with its sentence most like them.</summary>
    private (Paragraph Paragraph, TextSpan Sentence)? Pinpointed(IReadOnlyList<OpinionReference> group, Opinion target, string windowText)
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
        Paragraph? best = null;
        var bestScore = MinimumLikeness;
        foreach (var paragraph in named)
        {
            var score = vectorizer.Cosine(window, vectorizer.Vector(document, paragraph.Span));
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
        var sentence = sentences.Count > 0 ? sentences.MaxBy(x => vectorizer.Cosine(window, vectorizer.Vector(sentenceMap.Text(x)))) : best.Span;
        return (best, sentence);
    }
}
