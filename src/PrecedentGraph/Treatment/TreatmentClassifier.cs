using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Treatment;

/// <summary>Labels how each resolved citation is used (relies-on, distinguishes, criticizes, limits, overrules,
/// explains, cites), with the sentence, the cue that decided it (a row of <see cref="TreatmentCueTable"/>) and a
/// confidence; then the dominant treatment of each (opinion, case) pair (<see cref="TreatmentAggregator"/>).
/// Works on raw and normalized text alike. Citations left unresolved are skipped.</summary>
public sealed class TreatmentClassifier
{
    public TreatmentResult Classify(SourceDocument document, SegmentationResult segmentation, ResolutionResult resolution) =>
        Classify(document, segmentation, resolution, null);

    /// <param name="sentences">The document's sentences, shared with the other stages (split here when null).</param>
    public TreatmentResult Classify(SourceDocument document, SegmentationResult segmentation, ResolutionResult resolution, SentenceMap? sentences) =>
        Classify(document, segmentation, resolution, sentences, out _);

    /// <param name="steps">The work done on words (<see cref="WordTable.Steps"/>), for tests that hold it linear.</param>
    internal TreatmentResult Classify(SourceDocument document, SegmentationResult segmentation, ResolutionResult resolution, SentenceMap? sentences, out long steps)
    {
        var ordered = resolution.Citations.OrderBy(c => c.Mention.Span.Start).ToList();
        var spans = ordered.Select(c => c.Mention.Span).Where(s => s.Start >= 0 && s.End <= document.Text.Length).ToList();
        var context = new SentenceContext(document.Text, segmentation.Paragraphs, sentences, spans);
        var classifier = new MentionClassifier(document.Text, context);
        var opinions = segmentation.Opinions.ToDictionary(o => o.Index);
        var treatments = new List<CitationTreatment>();
        var diagnostics = new List<Diagnostic>();
        var casesBySentence = CasesBySentence(ordered, document.Text.Length, context, out var lastBySentence);
        var footnoteLists = FootnoteListFinder.Find(document.Text, segmentation.Paragraphs, ordered);
        CitationTreatment? previous = null;
        foreach (var citation in ordered)
        {
            if (citation.CaseKey is null)
            {
                continue;
            }
            var span = citation.Mention.Span;
            if (span.Start < 0 || span.End > document.Text.Length || span.Length < 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "treatment.span", $"citation span {span} lies outside the text", span));
                continue;
            }
            var treatment = classifier.Classify(citation, opinions.GetValueOrDefault(citation.OpinionIndex), casesBySentence, lastBySentence);
            if (treatment.Relation == TreatmentRelation.ReliesOn && footnoteLists.Contains(span.Start))
            {
                // a footnote listing other courts' decisions shows who held what; the opinion does not rest on them
                var list = TreatmentCueTable.FootnoteList;
                treatment = treatment with { Relation = list.Relation, Cue = list.Phrase, Confidence = list.Weight };
            }
            if (previous is { } before && StringCitationCarrier.Carries(document.Text, before, treatment))
            {
                // "See X; Y; Z": the lead-in or cue that labels the head of a string citation labels all of it
                treatment = treatment with { Relation = before.Relation, Cue = before.Cue.StartsWith(StringCitationCarrier.Label, StringComparison.Ordinal) ? before.Cue : StringCitationCarrier.Label + before.Cue, Confidence = before.Confidence };
            }
            else if (previous is { } lead && LeadInCarrier.Carries(document.Text, lead, treatment, context.Locate(span).Previous))
            {
                treatment = treatment with { Relation = lead.Relation, Cue = lead.Cue.StartsWith(LeadInCarrier.Label, StringComparison.Ordinal) ? lead.Cue : LeadInCarrier.Label + lead.Cue, Confidence = lead.Confidence };
            }
            treatments.Add(treatment);
            previous = treatment;
        }
        // cues that decide from elsewhere: the syllabus's "X, distinguished.", sentences after the citations that
        // set the present case apart from them, the sentence calling a citation footnote, and a separate
        // opinion's paragraph that lists the steps of a course it deplores
        SyllabusNoteFinder.Apply(document.Text, segmentation.Opinions, treatments);
        SetApartFinder.Apply(document.Text, context, segmentation.Opinions, treatments);
        DiscussionContrastFinder.Apply(document.Text, context, segmentation.Opinions, treatments);
        NotACaseFinder.Apply(document.Text, context, segmentation.Opinions, treatments);
        GroupDenialFinder.Apply(document.Text, context, segmentation.Opinions, treatments);
        AnaphorVerdictFinder.Apply(document.Text, context, segmentation.Opinions, treatments);
        FootnoteLeadInFinder.Apply(document.Text, context, segmentation.Opinions, treatments);
        CourseParagraphFinder.Apply(document.Text, context, segmentation.Opinions, treatments);
        steps = classifier.Steps;
        var pairs = TreatmentAggregator.Aggregate(treatments.Where(t => t.Citation.OpinionIndex >= 0).ToList());
        return new TreatmentResult(treatments, pairs, diagnostics);
    }

    /// <summary>How many different cases each sentence cites (a string citation cites several), and where its last
    /// citation starts.</summary>
    private static Dictionary<TextSpan, int> CasesBySentence(List<ResolvedCitation> citations, int length, SentenceContext context, out Dictionary<TextSpan, int> last)
    {
        var keys = new Dictionary<TextSpan, HashSet<string>>();
        last = [];
        foreach (var citation in citations)
        {
            var span = citation.Mention.Span;
            if (citation.CaseKey is null || span.Start < 0 || span.End > length || span.Length < 0)
            {
                continue;
            }
            var sentence = context.Locate(span).Sentence;
            last[sentence] = Math.Max(last.GetValueOrDefault(sentence, -1), span.Start);
            if (!keys.TryGetValue(sentence, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                keys[sentence] = set;
            }
            set.Add(citation.CaseKey);
        }
        return keys.ToDictionary(k => k.Key, k => k.Value.Count);
    }
}
