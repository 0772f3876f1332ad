using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Reads the sentences around a citation's: "Here, in contrast, ..." or a negative cue naming the case again
/// in the next sentence, a course a separate opinion condemns in the sentences after, reported reliance answered
/// right after the citation or rebutted in the next sentence, and the sentence a citation sentence backs up.</summary>
internal sealed class NeighbourCueFinder(SentenceContext sentences, Func<TextSpan, WordSequence> wordsOf, CaseNameTokens caseNames)
{
    private const int AfterReach = 4;
    private const int NextSentenceReach = 3;
    private const int ShortSentence = 8;
    private const int AnswerReach = 4;
    private const int FragmentWords = 2;

    private static readonly IReadOnlyList<TreatmentCue> NextSentenceCues =
        TreatmentCueTable.Cues.Where(c => c.Scope == CueScope.NextSentence).ToList();
    private static readonly PhraseSet NextSentenceSet = new(NextSentenceCues.Select(c => c.Words));
    private static readonly int[] StrongNegativeCues = Enumerable.Range(0, TreatmentCueTable.Cues.Count)
        .Where(i => TreatmentCueTable.Cues[i] is { Scope: CueScope.Sentence or CueScope.After } c && PhraseCueFinder.IsNegative(c.Relation) && c.Weight >= 0.7)
        .ToArray();
    private static readonly PhraseSet CueSet = PhraseSet.Cues;
    private static readonly PhraseSet CourseSet = new(TreatmentCueTable.CourseCues.Select(c => c.Words));

    /// <summary>"Here, in contrast, ..." at the head of the next sentence; or a negative cue in the next
    /// sentence when that sentence names the case again ("X is clearly distinguishable").</summary>
    public void AddNextSentenceCues(List<CueMatch> matches, TextSpan? next, string? caseKey)
    {
        if (next is not { } span)
        {
            return;
        }
        // the citations of one sentence share its next sentence, and the citations of one case their answer: what
        // the next sentence adds depends on the sentence and the case only, so it is read once for each
        if (!nextSentenceMatches.TryGetValue((span, caseKey), out var found))
        {
            found = NextSentenceMatches(span, caseKey);
            nextSentenceMatches[(span, caseKey)] = found;
        }
        matches.AddRange(found);
    }

    private readonly Dictionary<(TextSpan, string?), CueMatch[]> nextSentenceMatches = [];
    private readonly Dictionary<TextSpan, CueMatch[]> headCueMatches = [];

    private CueMatch[] NextSentenceMatches(TextSpan span, string? caseKey)
    {
        var words = wordsOf(span);
        if (!headCueMatches.TryGetValue(span, out var head))
        {
            var list = new List<CueMatch>();
            // "While none of these cases directly addresses the question, all of them show ...": a concession, not a turn
            var concessive = words.Count > 0 && words.Words[0].Text is "while" or "although" or "though";
            if (!concessive)
            {
                // a cue stands at one of the first words: those words look up the cues starting with them (rather
                // than every cue being tried at each of them); the cues found are added in the table's order
                Span<bool> found = stackalloc bool[NextSentenceCues.Count];
                var any = false;
                for (var i = 0; i <= NextSentenceReach && i < words.Count; i++)
                {
                    foreach (var k in NextSentenceSet.StartingWith(words.Words[i].Text))
                    {
                        if (!found[k] && words.MatchesAt(NextSentenceSet.Phrases[k], i))
                        {
                            found[k] = any = true;
                        }
                    }
                }
                for (var k = 0; any && k < found.Length; k++)
                {
                    if (found[k])
                    {
                        var cue = NextSentenceCues[k];
                        list.Add(new CueMatch(cue.Relation, cue.Weight, "next sentence: " + cue.Phrase, false));
                    }
                }
            }
            head = list.ToArray();
            headCueMatches[span] = head;
        }
        var names = caseNames.OfCase(caseKey);
        if (!words.ContainsAny(names))
        {
            return head;
        }
        var matches = new List<CueMatch>(head);
        var hits = words.Hits(CueSet);
        foreach (var index in StrongNegativeCues)
        {
            var cue = TreatmentCueTable.Cues[index];
            if (hits.StartsOf(index).Length > 0)
            {
                matches.Add(new CueMatch(cue.Relation, Math.Round(cue.Weight * 0.9, 2), "next sentence: " + cue.Phrase, false));
            }
        }
        return matches.ToArray();
    }

    /// <summary>A separate opinion condemning, in the next sentence or the one after, the course the case just cited
    /// set ("Because the Court never should have started down this road, ...").</summary>
    public void AddCourseCues(List<CueMatch> matches, TextSpan? next, IReadOnlyDictionary<TextSpan, int>? citedSentences)
    {
        for (var k = 0; k < 2 && next is { } span; k++)
        {
            if (citedSentences is not null && citedSentences.ContainsKey(span))
            {
                // a sentence citing another case stands between: the course is that case's
                return;
            }
            var hits = wordsOf(span).Hits(CourseSet);
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
    public bool IsAnswered(WordSequence words, int last, string? caseKey)
    {
        for (var i = last; i < Math.Min(words.Count, last + AfterReach + 2); i++)
        {
            var word = words.Words[i];
            if (word.AfterBreak && TreatmentCueTable.RebuttalWords.Contains(word.Text, StringComparer.Ordinal))
            {
                // the clause must turn back to the case ("but in that case", "but X held only")
                var names = caseNames.OfCase(caseKey);
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
    public bool IsRebutted(TextSpan? next, string? caseKey)
    {
        if (next is not { } span)
        {
            return false;
        }
        var words = wordsOf(span);
        if (words.Count < ShortSentence && sentences.Locate(new TextSpan(span.End, 0)).Sentence is var after && after.Start >= span.End)
        {
            // skip a bare citation sentence ("See ante, at 642.")
            words = wordsOf(after);
        }
        var names = caseNames.OfCase(caseKey);
        return words.ContainsAny(names)
            && words.Words.Take(8).Any(w => TreatmentCueTable.RebuttalWords.Contains(w.Text, StringComparer.Ordinal));
    }

    /// <summary>The sentence a citation sentence backs up: the one before it, or the one before that when a
    /// quotation's ellipsis cut a fragment off ("... under color of . . . law . . . . See X" leaves "law."), or when the
    /// one before it is a clause a colon introduced, split off where normalized text made the colon a period ("... turned
    /// upon the crucial question.whether there is an appropriate interest ...").</summary>
    public TextSpan? LeadIn(SentenceWindow window)
    {
        if (window.Previous is not { } previous)
        {
            return null;
        }
        var words = wordsOf(previous);
        var fragment = words.Count <= FragmentWords || words.Count > 0 && words.Words[0].Text == "whether" && words.Words[0].Start < sentences.Text.Length
            && char.IsLower(sentences.Text[words.Words[0].Start]);
        if (fragment && sentences.Locate(previous).Previous is { } before
            && sentences.BlockAt(before.Start).Start == sentences.BlockAt(previous.Start).Start)
        {
            return before;
        }
        return previous;
    }
}
