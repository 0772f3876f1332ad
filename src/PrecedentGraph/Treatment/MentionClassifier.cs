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
    private readonly Dictionary<string, HashSet<string>> nameTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> nameTokensByReference = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Opinion, HashSet<string>> opinionNames = new(ReferenceEqualityComparer.Instance);
    private (WordSequence Words, bool Separate, CueMatch? Actor)? previousActor;
    private (Opinion Opinion, HashSet<string> Names)? lastNames;
    private readonly QuotationFinder quotations = new(text, sentences);
    private (string Key, HashSet<string> Names)? lastKey;

    private const int BeforeReach = 3;
    private const int AfterReach = 4;
    private const int NextSentenceReach = 3;
    private const int ProposalReach = 1;
    private const int LeadStart = 1;
    private const int LeadReach = 10;
    private const int OwnDissentReach = 3;
    private static readonly HashSet<string> PinWords = new(["at", "n", "nn", "and", "supra", "id", "p", "pp"], StringComparer.Ordinal);
    private const int ShortSentence = 8;

    private static readonly IReadOnlyList<IReadOnlyList<string>> Proposals = WordSequence.Phrases(TreatmentCueTable.ProposalWords);
    private static readonly IReadOnlyList<IReadOnlyList<string>> Arguments = WordSequence.Phrases(TreatmentCueTable.ArgumentWords);
    private static readonly IReadOnlyList<TreatmentCue> NextSentenceCues =
        TreatmentCueTable.Cues.Where(c => c.Scope == CueScope.NextSentence).ToList();
    private static readonly int[] StrongNegativeCues = Enumerable.Range(0, TreatmentCueTable.Cues.Count)
        .Where(i => TreatmentCueTable.Cues[i] is { Scope: CueScope.Sentence or CueScope.After } c && IsNegative(c.Relation) && c.Weight >= 0.7)
        .ToArray();
    private static readonly HashSet<string> NameStopWords = new(TreatmentCueTable.NameStopWords, StringComparer.Ordinal);

    /// <summary>Work done on words so far (see <see cref="WordTable.Steps"/>).</summary>
    public long Steps => table.Steps;

    /// <param name="opinion">The opinion holding the citation, if known (for the actor and own-dissent rules).</param>
    public CitationTreatment Classify(ResolvedCitation citation, Opinion? opinion)
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
        AddPhraseCues(matches, words, first, last);
        AddNextSentenceCues(matches, window.Next, citation.CaseKey);
        var separate = opinion is not null && opinion.Kind is not (OpinionKind.Majority or OpinionKind.Plurality or OpinionKind.PerCuriam);
        var actor = ReportedRelianceFinder.Find(words, first, separate, withUseVerbs: true);
        if (actor is null && window.Previous is { } previous && (signal is not null && signalStart == 0 || first == 0))
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
        if (actor is { } reported)
        {
            matches.RemoveAll(m => m.Relation == TreatmentRelation.ReliesOn);
            matches.Add(reported);
            if (reported.Relation == TreatmentRelation.Explains && IsRebutted(window.Next, citation.CaseKey))
            {
                matches.Add(new CueMatch(TreatmentRelation.Distinguishes, 0.65, TreatmentCueTable.RebuttedReliance, false));
            }
        }
        if (opinion is not null && CitesOwnDissent(words, last, NamesOf(opinion)))
        {
            matches.Add(new CueMatch(TreatmentRelation.Criticizes, 0.75, TreatmentCueTable.OwnDissent, false));
        }

        var quoted = quotations.IsQuoted(span, window) || matches.Any(m => m.Quoted);
        var best = matches.Count == 0
            ? new CueMatch(TreatmentCueTable.Default.Relation, TreatmentCueTable.Default.Weight, TreatmentCueTable.Default.Phrase, false)
            : Best(matches);
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

    private static void AddPhraseCues(List<CueMatch> matches, WordSequence words, int first, int last)
    {
        var hits = words.Hits(PhraseSet.Cues);
        for (var k = 0; k < hits.Count; k++)
        {
            var cue = TreatmentCueTable.Cues[hits.PhraseAt(k)];
            var at = FirstHit(hits.StartsAt(k), words.Count, cue, first, last);
            if (at < 0)
            {
                continue;
            }
            var proposal = IsNegative(cue.Relation) ? ProposalBefore(words, at) : null;
            var argument = IsNegative(cue.Relation) && proposal is null ? ArgumentBefore(words, at) : null;
            matches.Add(proposal is not null
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

    /// <summary>The first start of <paramref name="cue"/> where its scope allows it, or -1, from the places it
    /// stands in the sentence (<paramref name="starts"/>, ascending): a few binary searches per citation, so that
    /// a sentence holding hundreds of citations is not rescanned for each.</summary>
    private static int FirstHit(int[] starts, int count, TreatmentCue cue, int first, int last)
    {
        var n = cue.Words.Count;
        switch (cue.Scope)
        {
            case CueScope.Before:
            {
                var s = WordSequence.FirstAtOrAfter(starts, Math.Max(0, first - BeforeReach - n));
                return s >= 0 && s <= Math.Min(first, count) - n ? s : -1;
            }
            case CueScope.After:
            {
                var s = WordSequence.FirstAtOrAfter(starts, Math.Max(0, last));
                return s >= 0 && s <= Math.Min(last + AfterReach + n, count) - n ? s : -1;
            }
            case CueScope.Lead:
            {
                var limit = Math.Min(LeadStart + n, count) - n;
                foreach (var s in starts)
                {
                    if (s > limit)
                    {
                        break;
                    }
                    if (s + n <= first && first - (s + n) <= LeadReach)
                    {
                        return s;
                    }
                }
                return -1;
            }
            case CueScope.Sentence:
                // the first place not overlapping the citation: before it, else the first at or after its end
                return starts[0] + n <= first ? starts[0] : WordSequence.FirstAtOrAfter(starts, last);
            default:
                return -1;
        }
    }

    /// <summary>"Petitioner contends that X is distinguishable": an argument verb anywhere before the cue.</summary>
    private static string? ArgumentBefore(WordSequence words, int cueStart)
    {
        foreach (var argument in Arguments)
        {
            if (words.NextMatch(argument, 0, cueStart) >= 0)
            {
                return string.Join(' ', argument);
            }
        }
        return null;
    }

    /// <summary>"it proposes to cut back upon X", "asks us to overrule X": someone else's proposal, which the
    /// opinion reports in order to resist it.</summary>
    private static string? ProposalBefore(WordSequence words, int cueStart)
    {
        foreach (var proposal in Proposals)
        {
            var n = proposal.Count;
            var s = words.NextMatch(proposal, cueStart - ProposalReach - n, cueStart);
            while (s >= 0 && s + n < cueStart - ProposalReach)
            {
                s = words.NextMatch(proposal, s + 1, cueStart);
            }
            if (s >= 0)
            {
                return string.Join(' ', proposal);
            }
        }
        return null;
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
        var head = HeadOf(span);
        foreach (var cue in NextSentenceCues)
        {
            if (head.NextMatch(cue.Words, 0, NextSentenceReach + cue.Words.Count) >= 0)
            {
                matches.Add(new CueMatch(cue.Relation, cue.Weight, "next sentence: " + cue.Phrase, false));
            }
        }
        var names = NameTokens(caseKey);
        if (names.Count == 0 || !MayName(span, names))
        {
            return;
        }
        var words = WordsOf(span);
        if (!words.ContainsAny(names))
        {
            return;
        }
        var hits = words.Hits(PhraseSet.Cues);
        foreach (var index in StrongNegativeCues)
        {
            var cue = TreatmentCueTable.Cues[index];
            if (hits.StartsOf(index).Length > 0)
            {
                matches.Add(new CueMatch(cue.Relation, Math.Round(cue.Weight * 0.9, 2), "next sentence: " + cue.Phrase, false));
            }
        }
    }

    /// <summary>Whether the sentence <paramref name="span"/> may name the case (<see cref="NextSentenceTextFilter"/>);
    /// the citations of one sentence share their next sentence, so the last answer is kept.</summary>
    private bool MayName(TextSpan span, HashSet<string> names)
    {
        if (lastNaming is { } known && known.Span == span && ReferenceEquals(known.Names, names))
        {
            return known.Answer;
        }
        table.Step(span.Length);
        var answer = NextSentenceTextFilter.MayHoldWord(text.AsSpan(span.Start, span.Length), names);
        lastNaming = (span, names, answer);
        return answer;
    }

    private (TextSpan Span, HashSet<string> Names, bool Answer)? lastNaming;

    /// <summary>Enough of the sentence <paramref name="span"/> to read its first <see cref="HeadWords"/> words as
    /// <see cref="WordSequence.Of(string, TextSpan)"/> reads them in the whole sentence: the whole sentence when it is
    /// short or already read; else the words of its first characters, all of which end well before the cut.</summary>
    private WordSequence HeadOf(TextSpan span)
    {
        if (span.Length <= HeadCharacters || sequences.ContainsKey(span))
        {
            return WordsOf(span);
        }
        var cut = span.Start + HeadCharacters;
        var head = WordSequence.Of(text, TextSpan.FromBounds(span.Start, cut), table);
        // a word is read alike when the cut lies beyond the two characters looked at after it
        var settled = 0;
        while (settled < head.Count && head.Words[settled].End <= cut - 3)
        {
            settled++;
        }
        return settled >= HeadWords ? head : WordsOf(span);
    }

    private const int HeadCharacters = 80;

    private static readonly int HeadWords = NextSentenceReach + NextSentenceCues.Max(c => c.Words.Count);

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

    /// <summary>"Id., at 960 (STEVENS, J., dissenting)" in an opinion by Stevens: the author repeats a dissent.
    /// The parenthetical must follow the citation (past pin words only), not a later one.</summary>
    private static bool CitesOwnDissent(WordSequence words, int last, HashSet<string> names)
    {
        var i = last;
        while (i < words.Count && i - last < OwnDissentReach && PinWords.Contains(words.Words[i].Text))
        {
            i++;
        }
        if (i < words.Count && names.Contains(words.Words[i].Text))
        {
            for (var k = i + 1; k < Math.Min(words.Count, i + 5); k++)
            {
                if (words.Words[k].Text == "concurring")
                {
                    return false;
                }
                if (words.Words[k].Text == "dissenting")
                {
                    return true;
                }
            }
        }
        return false;
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
        if (lastKey is { } known && ReferenceEquals(known.Key, caseKey))
        {
            return known.Names;
        }
        if (nameTokensByReference.TryGetValue(caseKey, out var names))
        {
            lastKey = (caseKey, names);
            return names;
        }
        if (!nameTokens.TryGetValue(caseKey, out names))
        {
            names = caseKey.Split('-', StringSplitOptions.RemoveEmptyEntries)
                .Where(t => t.Length >= 3 && !NameStopWords.Contains(t) && t.All(char.IsLetter))
                .ToHashSet(StringComparer.Ordinal);
            nameTokens[caseKey] = names;
        }
        nameTokensByReference[caseKey] = names;
        lastKey = (caseKey, names);
        return names;
    }
}
