using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Finds each opinion's claims (its conclusion with the disposition, and the reasons for it), the
/// support/attack links between claims of different opinions, each claim's use of cases, the decision's issues
/// and each opinion's position on them. Stateless; junk text gives fewer arguments, never an exception.</summary>
public sealed class ArgumentMiner
{
    /// <summary>Confidence of the link from each reason to its own opinion's conclusion.</summary>
    public const double ReasonConfidence = 0.5;


    public ArgumentResult Mine(SourceDocument document, SegmentationResult segmentation, CitationResult citations,
        ResolutionResult resolution, TreatmentResult treatment) =>
        Mine(document, segmentation, citations, resolution, treatment, null);

    /// <param name="sentences">The paragraphs' sentences as earlier stages split them (split here where absent).</param>
    public ArgumentResult Mine(SourceDocument document, SegmentationResult segmentation, CitationResult citations,
        ResolutionResult resolution, TreatmentResult treatment, Reading.SentenceMap? sentences)
    {
        var diagnostics = new List<Diagnostic>();
        var opinions = segmentation.Opinions.Where(o => o.Kind != OpinionKind.Syllabus).ToList();
        if (opinions.Count == 0)
        {
            return ArgumentResult.Empty;
        }

        // 1. Claims: each opinion's conclusion, and one reason per arguing paragraph.
        var sentenceMap = new SentenceCache(document, sentences);
        var dispositions = new DispositionFinder(document, sentenceMap);
        var claims = new ClaimFinder(document, sentenceMap);
        var pageMap = new PageMap(document, segmentation.Paragraphs);
        var referenceFinder = new OpinionReferenceFinder(document, opinions, pageMap, sentenceMap);
        var quotations = new QuotationMatcher(document);
        var lead = opinions.FirstOrDefault(o => o.Kind is OpinionKind.Majority or OpinionKind.Plurality or OpinionKind.PerCuriam);
        var leadConclusion = lead is null ? null : dispositions.Find(lead, null, diagnostics);
        if (leadConclusion?.Disposition == "undetermined")
        {
            // The Court's text states no disposition (some reporters drop the closing line): a dissent saying what it
            // would do tells what the Court did.
            var inferred = opinions.Where(o => o.Kind == OpinionKind.Dissent)
                .Select(o => DispositionFinder.Dissented(dispositions.Find(o, null, []).Disposition ?? ""))
                .FirstOrDefault(d => d is not null);
            if (inferred is not null)
            {
                leadConclusion = leadConclusion with { Disposition = inferred, Cue = "a dissent's disposition" };
            }
            else if (dispositions.FromPreamble(segmentation.Paragraphs, lead!.Span.Start) is { } reported)
            {
                leadConclusion = leadConclusion with { Disposition = reported, Cue = "the reporter's disposition" };
            }
            else if (opinions.Where(o => o != lead).Select(dispositions.ToldBy).FirstOrDefault(d => d is not null) is { } told)
            {
                leadConclusion = leadConclusion with { Disposition = told, Cue = "a separate opinion's account" };
            }
        }
        var candidates = new List<(ClaimCandidate Claim, IReadOnlyList<OpinionReference> References)>();
        foreach (var opinion in opinions)
        {
            var conclusion = opinion == lead ? leadConclusion! : dispositions.Find(opinion, leadConclusion?.Disposition, diagnostics);
            foreach (var paragraph in opinion.Paragraphs)
            {
                var split = sentenceMap.Split(paragraph.Span);
                var references = referenceFinder.Find(opinion, paragraph, split);
                var claim = claims.Find(opinion, paragraph, split, references, paragraph.Index == conclusion.Paragraph.Index ? conclusion.Span : null);
                if (claim is not null && paragraph.Index != conclusion.Paragraph.Index
                    && quotations.Repeats(paragraph, opinions.Where(o => o.Index < opinion.Index)))
                {
                    // a block quotation of an earlier opinion is that opinion's words, not this one's argument (an opinion
                    // quotes what precedes it; the same words in both, unmarked, are the earlier one's)
                    claim = null;
                }
                if (claim is not null)
                {
                    if (references.Count == 0 && lead is not null && opinion.Kind is OpinionKind.Dissent or OpinionKind.ConcurrenceDissent
                        && !split.Any(x => OpinionReferenceFinder.MayRefer(sentenceMap.Chars(x)))
                        && split.FirstOrDefault(x => sentenceMap.PolarityOf(x).Score < 0) is { Length: > 0 } disputing)
                    {
                        // A dissent disputing a point without naming any court or opinion ("X does not dictate that
                        // ...") answers the Court; one that names another court speaks of that court.
                        references = [new OpinionReference(paragraph.Index, disputing, disputing, lead.Index, ArgumentLinkFinder.Implicit, false, [], [])];
                    }
                    else if (references.Count == 0 && lead is not null && opinion.Kind is OpinionKind.Dissent
                        && ArgumentCues.OwnConclusion.IsMatch(claim.Cue))
                    {
                        // A dissent stating its own conclusion on the question ("I conclude, with the Court of
                        // Appeals, that") concludes against the Court, though it names only the court below.
                        var sentence = split.FirstOrDefault(x => x.Contains(claim.LabelSpan.Start), claim.LabelSpan);
                        references = [new OpinionReference(paragraph.Index, sentence, sentence, lead.Index, ArgumentLinkFinder.Implicit, false, [], [])];
                    }
                    candidates.Add((claim, references));
                }
            }
            candidates.Add((conclusion, []));
        }
        // the passages compared by their word sequences are the references' windows (a stance joins some of them):
        // their sequences are counted through the paragraphs as the vectorizer reads them
        var phrases = new SharedPhrases(candidates.SelectMany(c => c.References).Select(r => r.Window).Distinct().Select(sentenceMap.Text));
        var vectorizer = new TermVectorizer(document, opinions.SelectMany(o => o.Paragraphs), phrases);
        var replies = new ReplyDetector(document);
        var named = new AnsweredClaimFinder(document, opinions, quotations, pageMap, sentenceMap, vectorizer, replies).AddTo(candidates);
        candidates = candidates.OrderBy(c => c.Claim.OpinionIndex).ThenBy(c => c.Claim.Span.Start).ToList();

        var arguments = new List<Argument>();
        var ordinals = new Dictionary<int, int>();
        foreach (var (claim, _) in candidates)
        {
            var ordinal = ordinals.GetValueOrDefault(claim.OpinionIndex) + 1;
            ordinals[claim.OpinionIndex] = ordinal;
            arguments.Add(new Argument(arguments.Count, claim.OpinionIndex, ordinal, claim.Role,
                ClaimLabeler.Label(document, claim.LabelSpan), claim.Span, claim.Paragraph.Index, claim.Disposition, claim.Cue));
        }

        // 2. Vectors over each argument's paragraph and claim, weighted by the decision's own term frequencies.
        var byParagraph = new Dictionary<TextSpan, TermVector>();
        TermVector ParagraphVector(TextSpan span)
        {
            if (!byParagraph.TryGetValue(span, out var vector))
            {
                vector = vectorizer.Vector(document, span);
                byParagraph[span] = vector;
            }
            return vector;
        }
        var paragraphVectors = candidates.Select(c => ParagraphVector(c.Claim.Paragraph.Span)).ToList();
        var claimVectors = candidates.Select(c => vectorizer.Vector(document.Text.AsSpan(c.Claim.Span.Start, c.Claim.Span.Length))).ToList();
        var vectors = paragraphVectors.Zip(claimVectors, (p, c) => vectorizer.Combine(p, c)).ToList();

        // 3. Links: across opinions from references, within an opinion from each reason to the conclusion.
        var links = new ArgumentLinkFinder(document, opinions, vectorizer, pageMap, sentenceMap, quotations, replies).Find(arguments, candidates.Select(c => c.References).ToList(), paragraphVectors, claimVectors, named, phrases);
        (arguments, links, vectors) = UnansweredClaimPruner.Prune(arguments, links, vectors);
        links.AddRange(ConclusionLinker.Link(document, arguments, opinions, lead, links).ToList());
        foreach (var group in arguments.GroupBy(a => a.OpinionIndex))
        {
            var conclusion = group.FirstOrDefault(a => a.Role == ArgumentRole.Conclusion);
            if (conclusion is null)
            {
                continue;
            }
            foreach (var reason in group.Where(a => a.Role == ArgumentRole.Reason))
            {
                links.Add(new ArgumentLink(reason.Index, conclusion.Index, ArgumentRelation.Supports, "reason", ReasonConfidence, reason.Span));
            }
        }
        links = links.OrderBy(l => l.From).ThenBy(l => l.To).ToList();

        // 4. Cases each argument uses; issues; positions.
        var caseLinks = ArgumentCaseLinker.Link(arguments, treatment, segmentation.Decision.Slug);
        var issues = IssueClusterer.Cluster(arguments, vectors, lead?.Index, links, vectorizer);
        var positions = PositionClassifier.Classify(opinions, lead, arguments, links, issues);
        return new ArgumentResult(arguments, links, caseLinks, issues, positions, diagnostics);
    }
}
