using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Reads a citation footnote ("[ Footnote 2 ] See X; Y; Z.") with the sentence that calls it
/// (<see cref="FootnoteCallFinder"/>), as a citation sentence is read with the sentence before it: a survey of other
/// courts there ("In light of the conflict between the decision below and those of the other Courts of Appeals ..., we
/// granted certiorari. 2") makes the footnote's citations examples the opinion cites; in a separate opinion, a trend it
/// deplores there ("the Court has increasingly ... 11") makes them that trend's examples. Only citations labelled by a
/// supporting signal or none are relabelled.</summary>
internal static class FootnoteLeadInFinder
{
    /// <summary>Most characters between the footnote's label and its first citation or signal.</summary>
    private const int HeadReach = 40;

    public static void Apply(string text, SentenceContext context, IReadOnlyList<Opinion> opinions, List<CitationTreatment> treatments)
    {
        if (treatments.Count == 0)
        {
            return;
        }
        var starts = CitationStarts.Of(treatments);
        foreach (var opinion in opinions.Where(o => o.Kind != OpinionKind.Syllabus))
        {
            var separate = opinion.Kind is not (OpinionKind.Majority or OpinionKind.Plurality or OpinionKind.PerCuriam);
            foreach (var footnote in opinion.Paragraphs.Where(p => p.IsFootnote))
            {
                var inside = CitationStarts.Within(starts, footnote.Span).Where(i => treatments[i].Citation.OpinionIndex == opinion.Index).ToList();
                if (inside.Count < 2 || FootnoteCallFinder.Number(text, footnote.Span) is not { } number)
                {
                    continue;
                }
                var first = context.Locate(treatments[inside[0]].Citation.Mention.Span).Sentence;
                var cited = inside.Where(i => first.Contains(treatments[i].Citation.Mention.Span.Start)).ToList();
                if (cited.Select(i => treatments[i].Citation.CaseKey).Distinct(StringComparer.Ordinal).Count() < 2
                    || treatments[inside[0]].Citation.Mention.Span.Start - footnote.Span.Start > HeadReach)
                {
                    // a footnote of prose, or one citing a single case: read on its own
                    continue;
                }
                var call = FootnoteCallFinder.CallAt(text, opinion, number);
                if (call < 2)
                {
                    continue;
                }
                var calling = context.Locate(new TextSpan(call - 2, 1)).Sentence;
                if (text[call - 2] is '.' or '?' or '!' && calling.End > call)
                {
                    // "... would suffice. 7 As the Court later explained, ...": a call after a sentence's end closes it,
                    // though the splitter, seeing a number, ran on into the next sentence
                    calling = TextSpan.FromBounds(calling.Start, call);
                }
                var words = context.WordsOf(calling);
                var cue = LeadInFinder.Survey(words, int.MaxValue) is { } survey
                    ? new CueMatch(TreatmentRelation.Cites, 0.60, $"{TreatmentCueTable.Survey} (sentence calling the footnote): {survey}", false)
                    : separate && LeadInFinder.Deplored(words, int.MaxValue) is { } deplored
                        ? deplored with { Cue = "sentence calling the footnote: " + deplored.Cue }
                        : (CueMatch?)null;
                if (cue is not { } found)
                {
                    continue;
                }
                foreach (var i in cited)
                {
                    var treatment = treatments[i];
                    if (treatment.Relation == TreatmentRelation.ReliesOn && treatment.Confidence < TreatmentAggregator.ExplicitReliance)
                    {
                        treatments[i] = treatment with { Relation = found.Relation, Cue = found.Cue, Confidence = found.Weight };
                    }
                }
            }
        }
    }
}
