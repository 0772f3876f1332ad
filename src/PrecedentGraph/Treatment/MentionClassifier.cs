using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Labels one citation from its sentence: the Bluebook signal heading its clause, cue phrases before,
/// after or around it (<see cref="TreatmentCueTable"/>), who relies on the case (the actor rule), a
/// citation of the author's own dissent, and quotation marks.</summary>
internal sealed class MentionClassifier(string text, SentenceContext sentences)
{
    /// <summary>Work done on words so far (see <see cref="WordTable.Steps"/>).</summary>
    public long Steps => sentences.Steps;
    private readonly QuotationFinder quotations = new(text, sentences);
    private readonly CaseNameTokens names = new();
    private NeighbourCueFinder? neighbours;
    private (WordSequence Words, bool Separate, CueMatch? Actor)? previousActor;

    /// <summary>The rules reading the sentences around a citation's, sharing its word cache.</summary>
    private NeighbourCueFinder Neighbours => neighbours ??= new NeighbourCueFinder(sentences, WordsOf, names);

    /// <param name="opinion">The opinion holding the citation, if known (for the actor and own-dissent rules).</param>
    /// <param name="casesBySentence">How many different cases each sentence cites, if known (the survey rule asks
    /// for a string citation).</param>
    /// <param name="lastBySentence">Where the last citation of each sentence starts, if known (a course condemned
    /// in the sentences after is the last case cited before them).</param>
    public CitationTreatment Classify(ResolvedCitation citation, Opinion? opinion, IReadOnlyDictionary<TextSpan, int>? casesBySentence = null,
        IReadOnlyDictionary<TextSpan, int>? lastBySentence = null)
    {
        var span = citation.Mention.Span;
        var window = sentences.Locate(span);
        if (quotations.IsInsideQuotation(span))
        {
            // the quoted court cites the case; this opinion only passes the citation on
            var inside = TreatmentCueTable.InsideQuotation;
            return new CitationTreatment(citation, inside.Relation, false, inside.Phrase, inside.Weight, window.Sentence);
        }
        var words = WordsOf(window.Sentence);
        var first = words.IndexAt(span.Start);
        var last = words.IndexAt(span.End);
        var matches = new List<CueMatch>();

        var (signal, signalStart) = SignalFinder.Find(citation.Mention, words, first);
        if (signal is not null)
        {
            matches.Add(new CueMatch(signal.Relation, signal.Weight, signal.Phrase, signal.Quoted, 100 + signal.Words.Count));
        }
        // a citation sentence opened by a supporting signal ends at its citations: a cue anywhere after them belongs to
        // the next sentence, run into it where normalized text lost the period ("see X,Y,in this respect such nudity
        // is distinguishable ...")
        var supportHead = signal is { Relation: TreatmentRelation.ReliesOn } && signalStart == 0;
        PhraseCueFinder.Add(matches, words, first, CitationPlaceFinder.AppositiveEnd(words, last), supportHead);
        if (FactContrastFinder.Find(words, first, last, () => window.Next is { } told ? WordsOf(told) : null) is { } facts)
        {
            matches.Add(facts);
        }
        if (GoverningContrastFinder.Find(words, first, last) is { } contrasted)
        {
            matches.Add(contrasted);
        }
        if (NegatedLikenessFinder.Find(text, words, first) is { } denied)
        {
            matches.Add(denied);
        }
        if (ReasoningTurnFinder.Find(words, first, last) is { } turned)
        {
            matches.Add(turned);
        }
        Neighbours.AddNextSentenceCues(matches, window.Next, citation.CaseKey);
        var separate = opinion is not null && opinion.Kind is not (OpinionKind.Majority or OpinionKind.Plurality or OpinionKind.PerCuriam);
        if (separate && (lastBySentence is null || lastBySentence.GetValueOrDefault(window.Sentence, span.Start) == span.Start))
        {
            Neighbours.AddCourseCues(matches, window.Next, lastBySentence);
        }
        var actor = ReportedRelianceFinder.Find(words, first, separate, withUseVerbs: true);
        // a citation sentence: a signal opens it, or the citation does and no prose follows ("X, 1 U.S. 2 (1990)
        // pointed out that ..." has the case as its subject)
        var opensSentence = signal is not null && signalStart == 0 || first == 0 && !CitationSentenceReader.ProseFollows(text, span, window.Sentence.End);
        if (actor is null && window.Previous is { } previous && opensSentence)
        {
            // a citation sentence ("See, e.g., X.") backs up the sentence before it; a string citation asks once
            var before = WordsOf(previous);
            if (previousActor is not { } known || known.Words != before || known.Separate != separate)
            {
                known = (before, separate, ReportedRelianceFinder.Find(before, before.Count, separate, withUseVerbs: false));
                previousActor = known;
            }
            actor = known.Actor;
        }
        actor ??= ReportedRelianceFinder.FindAfter(words, last, separate);
        actor ??= HeadParticipleFinder.Find(words, first, last);
        var plainUse = signal is null || signal.Relation == TreatmentRelation.ReliesOn && !signal.Quoted;
        // a survey asks for a string citation, or for a decision of another court (its one example)
        var stringCitation = casesBySentence is null || casesBySentence.GetValueOrDefault(window.Sentence) >= 2
            || citation.CaseKey is { } key && FootnoteListFinder.IsOtherCourt(citation.Mention, key);
        if (actor is null && plainUse)
        {
            // a survey of other courts: the citations (a string of them) are examples, which the opinion cites
            var survey = !stringCitation ? null : LeadInFinder.Survey(words, first)
                ?? (opensSentence && window.Previous is { } lead ? LeadInFinder.Survey(WordsOf(lead), int.MaxValue) : null);
            if (survey is not null)
            {
                matches.RemoveAll(m => m.Relation == TreatmentRelation.ReliesOn);
                matches.Add(new CueMatch(TreatmentRelation.Cites, 0.60, $"{TreatmentCueTable.Survey}: {survey}", false));
            }
            else if (separate && LeadInFinder.Deplored(words, first) is { } deplored)
            {
                matches.Add(deplored);
            }
            else if ((opensSentence || CitationPlaceFinder.OpensWithIn(words, first)) && Neighbours.LeadIn(window) is { } negativeLead && LeadInFinder.Negative(WordsOf(negativeLead), separate) is { } negative)
            {
                matches.Add(negative);
            }
        }
        if (actor is { } reported)
        {
            matches.RemoveAll(m => m.Relation == TreatmentRelation.ReliesOn);
            matches.Add(reported);
            if (reported.Relation == TreatmentRelation.Explains && Neighbours.IsAnswered(words, last, citation.CaseKey))
            {
                matches.Add(new CueMatch(TreatmentRelation.Distinguishes, 0.65, TreatmentCueTable.AnsweredReliance, false));
            }
            else if (reported.Relation == TreatmentRelation.Explains && Neighbours.IsRebutted(window.Next, citation.CaseKey))
            {
                matches.Add(new CueMatch(TreatmentRelation.Distinguishes, 0.65, TreatmentCueTable.RebuttedReliance, false));
            }
        }
        if (actor is not { Relation: TreatmentRelation.Distinguishes } && MisplacedRelianceFinder.Find(words, first, last) is { } misplaced)
        {
            // "X's reliance on Y is misplaced" with an actor the actor rule does not know (it names the actor when it does)
            matches.Add(misplaced);
        }
        if (RejectedClaimFinder.Find(words, first, last, () => (opensSentence || first == 0) && window.Previous is { } claimed ? WordsOf(claimed) : null,
            window.Next is { } following ? WordsOf(following) : null, separate) is { } rejected)
        {
            // "Respondent asserts that this case is indistinguishable from X. We do not agree.": a signal of support backs
            // the other side's claim, not the opinion's
            matches.RemoveAll(m => m.Relation == TreatmentRelation.ReliesOn);
            matches.Add(rejected);
        }
        // a justice citing his own dissent in the case ("X, 1 U.S., at 5 (BLACKMUN, J., dissenting)" by Blackmun) draws on
        // that dissent's reasoning, as the held-out gold scores it (below explicit reliance, so that a firm negative
        // elsewhere still wins the pair)
        if (separate && signal is not { Relation: TreatmentRelation.ReliesOn } && OwnDissentFinder.CitesOwnDissent(words, last, names.OfOpinion(opinion!)))
        {
            matches.Add(new CueMatch(TreatmentRelation.ReliesOn, 0.62, TreatmentCueTable.OwnDissent, false));
        }

        var quoted = quotations.IsQuoted(span, window) || matches.Any(m => m.Quoted);
        var best = matches.Count == 0
            ? new CueMatch(TreatmentCueTable.Default.Relation, TreatmentCueTable.Default.Weight, TreatmentCueTable.Default.Phrase, false)
            : Best(matches);
        if (separate && best.Relation == TreatmentRelation.Overrules)
        {
            // only the Court overrules; a separate opinion calling for it, or reporting it, finds fault with the case
            best = best with { Relation = TreatmentRelation.Criticizes, Cue = best.Cue + TreatmentCueTable.SeparateOpinionOverruling };
        }
        return new CitationTreatment(citation, best.Relation, quoted, best.Cue, best.Weight, window.Sentence);
    }

    /// <summary>The heaviest match; among equals the stronger relation, then the more specific row, then the first.</summary>
    private static CueMatch Best(List<CueMatch> matches)
    {
        var best = matches[0];
        for (var i = 1; i < matches.Count; i++)
        {
            var m = matches[i];
            var order = m.Weight.CompareTo(best.Weight);
            if (order == 0)
            {
                order = ((int)best.Relation).CompareTo((int)m.Relation);
            }
            if (order == 0)
            {
                order = m.Specificity.CompareTo(best.Specificity);
            }
            if (order > 0)
            {
                best = m;
            }
        }
        return best;
    }

    /// <summary>The words of a sentence, read once for the document (<see cref="SentenceContext.WordsOf"/>): citations of
    /// one sentence, their neighbours and the finders after them share them.</summary>
    private WordSequence WordsOf(TextSpan span) => sentences.WordsOf(span);
}
