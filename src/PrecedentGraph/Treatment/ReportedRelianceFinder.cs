using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Finds who relies on a case when it is not the opinion itself (the actor rule of
/// <see cref="TreatmentCueTable"/>).</summary>
internal static class ReportedRelianceFinder
{
    private const int ActorReach = 6;
    private const int VerbReach = 12;
    private const int AfterReach = 5;

    private static readonly IReadOnlyList<IReadOnlyList<string>> OtherActors = WordSequence.Phrases(TreatmentCueTable.OtherActors);
    private static readonly IReadOnlyList<IReadOnlyList<string>> MajorityActors = WordSequence.Phrases(TreatmentCueTable.MajorityActors);
    private static readonly IReadOnlyList<IReadOnlyList<string>> RelianceVerbs = WordSequence.Phrases(TreatmentCueTable.RelianceVerbs);
    private static readonly IReadOnlyList<IReadOnlyList<string>> AllVerbs = WordSequence.Phrases(TreatmentCueTable.RelianceVerbs.Concat(TreatmentCueTable.UseVerbs));
    private static readonly IReadOnlyList<IReadOnlyList<string>> ErrorWords = WordSequence.Phrases(TreatmentCueTable.ErrorWords);
    private static readonly PhraseSet OtherActorSet = new(OtherActors);
    private static readonly PhraseSet MajorityActorSet = new(MajorityActors);
    private static readonly PhraseSet RelianceVerbSet = new(RelianceVerbs);
    private static readonly PhraseSet AllVerbSet = new(AllVerbs);
    private static readonly int LongestActor = OtherActors.Concat(MajorityActors).Max(a => a.Count);
    private static readonly int LongestVerb = AllVerbs.Max(v => v.Count);

    /// <summary>The actor rule: "the court below relied heavily on X" reports the lower court's reliance;
    /// in a separate opinion "the Court relies on X" reports the majority's. With an error word ("erred in
    /// relying on") the opinion distinguishes the case; otherwise it explains it.</summary>
    public static CueMatch? Find(WordSequence words, int first, bool separateOpinion, bool withUseVerbs)
    {
        var verbs = withUseVerbs ? AllVerbSet : RelianceVerbSet;
        // with the citation inside the sentence, its verb ends at most VerbReach words before it, and the verb
        // starts at most ActorReach words after an actor: no actor further back can qualify
        var from = first < words.Count ? Math.Max(0, first - (VerbReach * 3 + LongestVerb + ActorReach + LongestActor)) : 0;
        // the words where an actor may start, found once for the sentence (not once for each of its citations), in order
        var others = words.Hits(OtherActorSet).AllStarts();
        var majority = separateOpinion ? words.Hits(MajorityActorSet).AllStarts() : [];
        var end = Math.Min(first, words.Count);
        var o = LowerBound(others, from);
        var m = LowerBound(majority, from);
        while (true)
        {
            var nextOther = o < others.Length && others[o] < end ? others[o] : int.MaxValue;
            var nextMajority = m < majority.Length && majority[m] < end ? majority[m] : int.MaxValue;
            var a = Math.Min(nextOther, nextMajority);
            if (a == int.MaxValue)
            {
                break;
            }
            o += nextOther == a ? 1 : 0;
            m += nextMajority == a ? 1 : 0;
            words.Step();
            var actor = ActorAt(words, a, separateOpinion);
            if (actor is null)
            {
                continue;
            }
            var afterActor = a + actor.Count;
            var phrase = 0;
            for (var v = afterActor; v < Math.Min(first, afterActor + ActorReach); v++)
            {
                if (v > afterActor && !IsSubjectFiller(words, v - 1, ref phrase))
                {
                    // "the state constitutional provision relies": the actor word names something else's subject
                    break;
                }
                var verb = FirstAt(verbs, words, v);
                if (verb is null || first < words.Count && first - (v + verb.Count) > ReachOf(words, v + verb.Count))
                {
                    // the citation must be the verb's object, not a case mentioned later in a long sentence
                    continue;
                }
                if (v > afterActor && words.Words[v - 1].Text is "not" or "never")
                {
                    // "respondent did not point to any policy ...": the actor is said not to rely on anything
                    break;
                }
                return Reported(string.Join(' ', actor), verb, words);
            }
        }
        return withUseVerbs ? Participle(words, first) : null;
    }

    private const int HeadReach = 2;

    /// <summary>The index of the first of <paramref name="sorted"/> at or after <paramref name="value"/>.</summary>
    private static int LowerBound(int[] sorted, int value)
    {
        var k = Array.BinarySearch(sorted, value);
        return k < 0 ? ~k : k;
    }


    /// <summary>"The District Court of Appeal, First District, affirmed, 288 So. 2d 260 (1974), relying exclusively on
    /// X": a participle of reliance, set off by a comma, whose subject is the actor opening the sentence.</summary>
    private static CueMatch? Participle(WordSequence words, int first)
    {
        for (var v = Math.Max(0, first - ActorReach); v < Math.Min(first, words.Count); v++)
        {
            if (words.Words[v] is not { Text: "relying", AfterBreak: true } || v == 0)
            {
                continue;
            }
            for (var a = 0; a <= Math.Min(HeadReach, v - 1); a++)
            {
                if (LongestAt(OtherActorSet, words, a) is { } actor && (a == 0 || !words.Words[a].AfterBreak))
                {
                    return Reported(string.Join(' ', actor), ["relying"], words);
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>Whether word <paramref name="index"/>, between an actor and its verb, leaves the actor the subject:
    /// an adverb or auxiliary ("the court below also relied", "petitioners would rely"), a word of a parenthetical
    /// opened by a comma ("the court, however, relied") or of a short prepositional phrase or conjoined actor ("the court of appeals in
    /// that case relied", "petitioner and amici rely"). Any other word ("the state constitutional provision relies") makes the actor a modifier.</summary>
    private static bool IsSubjectFiller(WordSequence words, int index, ref int phrase)
    {
        var word = words.Words[index];
        if (word.AfterBreak)
        {
            phrase = ActorReach;
            return true;
        }
        if (Prepositions.Contains(word.Text))
        {
            phrase = PhraseReach;
            return true;
        }
        if (phrase > 0)
        {
            phrase--;
            return true;
        }
        return Fillers.Contains(word.Text) || word.Text.Length > 4 && word.Text.EndsWith("ly", StringComparison.Ordinal);
    }

    private const int PhraseReach = 3;

    private static readonly HashSet<string> Prepositions = new(["in", "at", "on", "for", "with", "by", "from", "here", "below", "before", "of", "and"], StringComparer.Ordinal);

    private static readonly HashSet<string> Fillers = new(
    [
        "also", "not", "too", "then", "now", "still", "again", "thus", "therefore", "however", "instead", "further",
        "nonetheless", "nevertheless", "first", "today", "does", "did", "do", "has", "have", "had", "would", "could",
        "should", "may", "might", "must", "will", "can", "cannot", "is", "was", "are", "were", "be", "been", "to",
        "seems", "seem", "seemed", "appears", "appear", "appeared", "understandably", "repeatedly", "all", "both",
        "itself", "themselves", "himself", "herself", "each", "only", "even", "rather", "in", "turn", "erred", "err",
        "errs", "wrong", "right", "correct", "mistaken", "free", "entitled", "justified",
    ], StringComparer.Ordinal);

    /// <summary>How far after the verb the citation may stand: further when the verb's object is a run of
    /// authorities ("relies on cases such as ...", "rests on decisions holding that ...").</summary>
    private static int ReachOf(WordSequence words, int afterVerb)
    {
        for (var i = afterVerb; i < Math.Min(words.Count, afterVerb + 3); i++)
        {
            if (AuthorityWords.Contains(words.Words[i].Text))
            {
                return VerbReach * 3;
            }
        }
        return VerbReach;
    }

    private static readonly HashSet<string> AuthorityWords = new(TreatmentCueTable.AuthorityWords, StringComparer.Ordinal);

    /// <summary>Reliance reported after the citation: "X, on which JUSTICE Y relies", "X, relied on by
    /// petitioner". The writer does not count as someone else ("on which we rely").</summary>
    public static CueMatch? FindAfter(WordSequence words, int last, bool separateOpinion)
    {
        for (var i = last; i < Math.Min(words.Count, last + AfterReach); i++)
        {
            var text = words.Words[i].Text;
            if (text is "on" or "upon" && i + 1 < words.Count && words.Words[i + 1].Text == "which")
            {
                for (var v = i + 2; v < Math.Min(words.Count, i + 2 + ActorReach); v++)
                {
                    var who = words.Words[v].Text;
                    if (who is "we" or "i" or "to" || who == "court" && !separateOpinion && v > 0 && words.Words[v - 1].Text is "this" or "the")
                    {
                        return null;
                    }
                    if (FirstAt(RelianceVerbSet, words, v) is { } verb)
                    {
                        var actor = string.Join(' ', words.Words.Skip(i + 2).Take(v - i - 2).Select(w => w.Text));
                        return actor.Length == 0 ? null : Reported(actor, verb, words);
                    }
                }
                return null;
            }
            // "X, relied on by petitioner", "X, the case cited by the Court": not "X. Other cases relied upon by the
            // Court ..." (normalized text runs a citation sentence into the next), whose subject is other cases
            if (text is "relied" or "cited" or "invoked" && i + 1 < words.Count
                && !(i >= last + 2 && words.Words[i - 2].Text == "other" && words.Words[i - 1].Text is "cases" or "decisions" or "authorities" or "precedents")
                && (words.Words[i + 1].Text == "by" || words.Words[i + 1].Text is "on" or "upon" && i + 2 < words.Count && words.Words[i + 2].Text == "by"))
            {
                var by = words.Words[i + 1].Text == "by" ? i + 1 : i + 2;
                var actor = by + 1 < words.Count ? words.Words[by + 1].Text : "";
                if (actor is "the" or "my" or "our" or "his" or "her" or "their" && by + 2 < words.Count)
                {
                    // "relied on by the Court", "cited by my colleagues": the determiner and its noun
                    actor = actor == "the" && words.Words[by + 2].Text == "court" && !separateOpinion ? "us" : actor + " " + words.Words[by + 2].Text;
                }
                if (actor is "" or "us" or "me" or "this")
                {
                    return null;
                }
                return Reported(actor, words.Words.Skip(i).Take(by - i + 1).Select(w => w.Text).ToList(), words);
            }
        }
        return null;
    }

    internal static CueMatch Reported(string who, IReadOnlyList<string> verb, WordSequence words)
    {
        var error = ErrorWords.FirstOrDefault(e => words.NextMatch(e, 0, words.Count) >= 0);
        return error is null
            ? new CueMatch(TreatmentRelation.Explains, 0.55, $"{TreatmentCueTable.ReportedReliance}: {who} {string.Join(' ', verb)}", false)
            : new CueMatch(TreatmentRelation.Distinguishes, 0.70, $"{TreatmentCueTable.ReportedReliance}: {who} {string.Join(' ', verb)} ({string.Join(' ', error)})", false);
    }

    private static IReadOnlyList<string>? ActorAt(WordSequence words, int index, bool separateOpinion)
    {
        var other = LongestAt(OtherActorSet, words, index);
        if (other is not null)
        {
            return other;
        }
        if (!separateOpinion)
        {
            return null;
        }
        var majority = LongestAt(MajorityActorSet, words, index);
        if (majority is null)
        {
            return null;
        }
        var following = index + majority.Count < words.Count ? words.Words[index + majority.Count].Text : "";
        return following is "below" or "of" ? null : majority;
    }

    /// <summary>The first of <paramref name="phrases"/> standing at <paramref name="index"/>, or null.</summary>
    private static IReadOnlyList<string>? FirstAt(PhraseSet phrases, WordSequence words, int index)
    {
        if (index < 0 || index >= words.Count)
        {
            return null;
        }
        foreach (var k in phrases.StartingWith(words.Words[index].Text))
        {
            if (words.MatchesAt(phrases.Phrases[k], index))
            {
                return phrases.Phrases[k];
            }
        }
        return null;
    }

    /// <summary>The longest of <paramref name="phrases"/> standing at <paramref name="index"/> (the first of equals), or null.</summary>
    private static IReadOnlyList<string>? LongestAt(PhraseSet phrases, WordSequence words, int index)
    {
        if (index < 0 || index >= words.Count)
        {
            return null;
        }
        var best = words.LongestAt(phrases, index);
        return best < 0 ? null : phrases.Phrases[best];
    }
}
