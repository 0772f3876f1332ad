using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Labels one citation from its sentence: the Bluebook signal heading its clause, cue phrases before,
/// after or around it (<see cref="TreatmentCueTable"/>), who relies on the case (the actor rule), a
/// citation of the author's own dissent, and quotation marks.</summary>
internal sealed class MentionClassifier(string text, SentenceContext sentences)
{
    private const int CachedSequences = 16;
    private readonly Dictionary<TextSpan, WordSequence> sequences = [];
    private readonly WordTable table = new();

    /// <summary>Work done on words so far (see <see cref="WordTable.Steps"/>).</summary>
    public long Steps => table.Steps;
    private readonly QuotationFinder quotations = new(text, sentences);
    private readonly Dictionary<string, HashSet<string>> nameTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<Opinion, HashSet<string>> opinionNames = new(ReferenceEqualityComparer.Instance);
    private (WordSequence Words, bool Separate, CueMatch? Actor)? previousActor;
    private (Opinion Opinion, HashSet<string> Names)? lastNames;

    private const int AfterReach = 4;
    private const int NextSentenceReach = 3;
    private const int ShortSentence = 8;
    private const int AnswerReach = 4;

    private static readonly IReadOnlyList<TreatmentCue> NextSentenceCues =
        TreatmentCueTable.Cues.Where(c => c.Scope == CueScope.NextSentence).ToList();
    private static readonly int[] StrongNegativeCues = Enumerable.Range(0, TreatmentCueTable.Cues.Count)
        .Where(i => TreatmentCueTable.Cues[i] is { Scope: CueScope.Sentence or CueScope.After } c && IsNegative(c.Relation) && c.Weight >= 0.7)
        .ToArray();

    /// <summary>Every row of <see cref="TreatmentCueTable.Cues"/>, by its index there.</summary>
    private static readonly PhraseSet CueSet = PhraseSet.Cues;
    private static readonly HashSet<string> NameStopWords = new(TreatmentCueTable.NameStopWords, StringComparer.Ordinal);

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
        AddPhraseCues(matches, words, first, CitationPlaceFinder.AppositiveEnd(words, last), supportHead);
        AddNextSentenceCues(matches, window.Next, citation.CaseKey);
        var separate = opinion is not null && opinion.Kind is not (OpinionKind.Majority or OpinionKind.Plurality or OpinionKind.PerCuriam);
        if (separate && (lastBySentence is null || lastBySentence.GetValueOrDefault(window.Sentence, span.Start) == span.Start))
        {
            AddCourseCues(matches, window.Next, lastBySentence);
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
            else if ((opensSentence || CitationPlaceFinder.OpensWithIn(words, first)) && LeadIn(window) is { } negativeLead && LeadInFinder.Negative(WordsOf(negativeLead), separate) is { } negative)
            {
                matches.Add(negative);
            }
        }
        if (actor is { } reported)
        {
            matches.RemoveAll(m => m.Relation == TreatmentRelation.ReliesOn);
            matches.Add(reported);
            if (reported.Relation == TreatmentRelation.Explains && IsAnswered(words, last, citation.CaseKey))
            {
                matches.Add(new CueMatch(TreatmentRelation.Distinguishes, 0.65, TreatmentCueTable.AnsweredReliance, false));
            }
            else if (reported.Relation == TreatmentRelation.Explains && IsRebutted(window.Next, citation.CaseKey))
            {
                matches.Add(new CueMatch(TreatmentRelation.Distinguishes, 0.65, TreatmentCueTable.RebuttedReliance, false));
            }
        }
        // a dissenter repeating a dissent in the case finds fault with it; the Court's opinion, or a citation behind
        // a supporting signal ("See X (DOUGLAS, J., dissenting)"), draws on that dissent's reasoning
        if (separate && signal is not { Relation: TreatmentRelation.ReliesOn } && OwnDissentFinder.CitesOwnDissent(words, last, NamesOf(opinion!)))
        {
            matches.Add(new CueMatch(TreatmentRelation.Criticizes, 0.75, TreatmentCueTable.OwnDissent, false));
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

    private static void AddPhraseCues(List<CueMatch> matches, WordSequence words, int first, int last, bool supportHead)
    {
        var hits = words.Hits(CueSet);
        for (var k = 0; k < hits.Count; k++)
        {
            var cue = TreatmentCueTable.Cues[hits.PhraseAt(k)];
            var at = ScopeFinder.FirstHit(hits.StartsAt(k), words, cue, first, last);
            if (at < 0 || supportHead && cue.Scope == CueScope.Sentence && at >= last)
            {
                continue;
            }
            var (proposal, proposalStart) = IsNegative(cue.Relation) ? ProposalFinder.ProposalBefore(words, at) : (null, -1);
            var argument = IsNegative(cue.Relation) && proposal is null ? ProposalFinder.ArgumentBefore(words, at) : null;
            if (cue.Relation == TreatmentRelation.Overrules && cue.Words.Count == 1 && proposal is null && argument is null && !ProposalFinder.CourtActsBefore(words, at))
            {
                // "Congress decided to overrule X", "X did not purport to overrule Y": the Court is not the one acting
                continue;
            }
            var accepted = proposal is not null && ProposalFinder.AcceptsBefore(words, proposalStart);
            matches.Add(accepted
                ? new CueMatch(TreatmentCueTable.AcceptedProposal.Relation, TreatmentCueTable.AcceptedProposal.Weight,
                    $"{TreatmentCueTable.AcceptedProposal.Phrase}: {proposal} {cue.Phrase}", false, Specificity(cue))
                : proposal is not null
                ? new CueMatch(TreatmentRelation.ReliesOn, TreatmentCueTable.ResistedProposal.Weight,
                    $"{TreatmentCueTable.ResistedProposal.Phrase}: {proposal} {cue.Phrase}", false, Specificity(cue))
                : argument is not null
                    ? new CueMatch(TreatmentCueTable.ReportedArgument.Relation, TreatmentCueTable.ReportedArgument.Weight,
                        $"{TreatmentCueTable.ReportedArgument.Phrase}: {argument} {cue.Phrase}", false, Specificity(cue))
                    : new CueMatch(cue.Relation, cue.Weight, cue.Phrase, cue.Quoted, Specificity(cue)));
        }
    }

    /// <summary>The words of a sentence; citations of one sentence and their neighbours share them.</summary>
    private WordSequence WordsOf(TextSpan span)
    {
        if (!sequences.TryGetValue(span, out var words))
        {
            if (sequences.Count >= CachedSequences)
            {
                sequences.Clear();
            }
            words = WordSequence.Of(text, span, table);
            sequences[span] = words;
        }
        return words;
    }



    /// <summary>Among rows of equal weight, one standing next to the citation beats one anywhere in the sentence,
    /// and a longer phrase beats a shorter one.</summary>
    private static int Specificity(TreatmentCue cue) => (cue.Scope is CueScope.Sentence or CueScope.NextSentence ? 0 : 100) + cue.Words.Count;

    /// <summary>"Here, in contrast, ..." at the head of the next sentence; or a negative cue in the next
    /// sentence when that sentence names the case again ("X is clearly distinguishable").</summary>
    private void AddNextSentenceCues(List<CueMatch> matches, TextSpan? next, string? caseKey)
    {
        if (next is not { } span)
        {
            return;
        }
        var words = WordsOf(span);
        foreach (var cue in NextSentenceCues)
        {
            if (words.NextMatch(cue.Words, 0, NextSentenceReach + cue.Words.Count) >= 0)
            {
                matches.Add(new CueMatch(cue.Relation, cue.Weight, "next sentence: " + cue.Phrase, false));
            }
        }
        var names = NameTokens(caseKey);
        if (!words.ContainsAny(names))
        {
            return;
        }
        var hits = words.Hits(CueSet);
        foreach (var index in StrongNegativeCues)
        {
            var cue = TreatmentCueTable.Cues[index];
            if (hits.StartsOf(index).Length > 0)
            {
                matches.Add(new CueMatch(cue.Relation, Math.Round(cue.Weight * 0.9, 2), "next sentence: " + cue.Phrase, false));
            }
        }
    }

    private static readonly PhraseSet CourseSet = new(TreatmentCueTable.CourseCues.Select(c => c.Words));

    /// <summary>A separate opinion condemning, in the next sentence or the one after, the course the case just cited
    /// set ("Because the Court never should have started down this road, ...").</summary>
    private void AddCourseCues(List<CueMatch> matches, TextSpan? next, IReadOnlyDictionary<TextSpan, int>? citedSentences)
    {
        for (var k = 0; k < 2 && next is { } span; k++)
        {
            if (citedSentences is not null && citedSentences.ContainsKey(span))
            {
                // a sentence citing another case stands between: the course is that case's
                return;
            }
            var hits = WordsOf(span).Hits(CourseSet);
            if (hits.Count > 0)
            {
                var cue = TreatmentCueTable.CourseCues[hits.PhraseAt(0)];
                matches.Add(new CueMatch(cue.Relation, cue.Weight, (k == 0 ? "next sentence: " : "sentence after next: ") + cue.Phrase, false));
                return;
            }
            var after = sentences.Locate(new TextSpan(span.End, 0)).Sentence;
            next = after.Start >= span.End && sentences.BlockAt(after.Start).Start == sentences.BlockAt(span.Start).Start ? after : null;
        }
    }

    /// <summary>"The Court relies on X, but that case held only ...": a clause right after the citation answers
    /// the reported reliance.</summary>
    private bool IsAnswered(WordSequence words, int last, string? caseKey)
    {
        for (var i = last; i < Math.Min(words.Count, last + AfterReach + 2); i++)
        {
            var word = words.Words[i];
            if (word.AfterBreak && TreatmentCueTable.RebuttalWords.Contains(word.Text, StringComparer.Ordinal))
            {
                // the clause must turn back to the case ("but in that case", "but X held only")
                var names = NameTokens(caseKey);
                for (var k = i + 1; k < Math.Min(words.Count, i + 1 + AnswerReach); k++)
                {
                    var text = words.Words[k].Text;
                    if (text is "that" or "those" or "there" or "it" or "its" || names.Contains(text))
                    {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /// <summary>"The Court relies on X. The X case, however, held only ...": the next sentence names the case
    /// again and answers the reported reliance.</summary>
    private bool IsRebutted(TextSpan? next, string? caseKey)
    {
        if (next is not { } span)
        {
            return false;
        }
        var words = WordsOf(span);
        if (words.Count < ShortSentence && sentences.Locate(new TextSpan(span.End, 0)).Sentence is var after && after.Start >= span.End)
        {
            // skip a bare citation sentence ("See ante, at 642.")
            words = WordsOf(after);
        }
        var names = NameTokens(caseKey);
        return words.ContainsAny(names)
            && words.Words.Take(8).Any(w => TreatmentCueTable.RebuttalWords.Contains(w.Text, StringComparer.Ordinal));
    }

    private const int FragmentWords = 2;
    /// <summary>The sentence a citation sentence backs up: the one before it, or the one before that when a
    /// quotation's ellipsis cut a fragment off ("... under color of . . . law . . . . See X" leaves "law.").</summary>
    private TextSpan? LeadIn(SentenceWindow window)
    {
        if (window.Previous is not { } previous)
        {
            return null;
        }
        if (WordsOf(previous).Count <= FragmentWords && sentences.Locate(previous).Previous is { } before
            && sentences.BlockAt(before.Start).Start == sentences.BlockAt(previous.Start).Start)
        {
            return before;
        }
        return previous;
    }

    private static bool IsNegative(TreatmentRelation relation) =>
        relation is TreatmentRelation.Distinguishes or TreatmentRelation.Criticizes or TreatmentRelation.Limits or TreatmentRelation.Overrules;

    /// <summary>The author's and joiners' names as words ("O'Connor" is "oconnor"), once per opinion.</summary>
    private HashSet<string> NamesOf(Opinion opinion)
    {
        if (lastNames is { } known && ReferenceEquals(known.Opinion, opinion))
        {
            return known.Names;
        }
        if (!opinionNames.TryGetValue(opinion, out var names))
        {
            names = new[] { opinion.Author }.Concat(opinion.JoinedBy)
                .Where(n => !string.IsNullOrEmpty(n))
                .Select(n => string.Concat(n!.Where(char.IsLetter)).ToLowerInvariant())
                .ToHashSet(StringComparer.Ordinal);
            opinionNames[opinion] = names;
        }
        lastNames = (opinion, names);
        return names;
    }

    /// <summary>The words of a case key that identify the case, once per case.</summary>
    private HashSet<string> NameTokens(string? caseKey)
    {
        if (caseKey is null)
        {
            return [];
        }
        if (!nameTokens.TryGetValue(caseKey, out var names))
        {
            names = caseKey.Split('-', StringSplitOptions.RemoveEmptyEntries)
                .Where(t => t.Length >= 3 && !NameStopWords.Contains(t) && t.All(char.IsLetter))
                .ToHashSet(StringComparer.Ordinal);
            nameTokens[caseKey] = names;
        }
        return names;
    }
}
