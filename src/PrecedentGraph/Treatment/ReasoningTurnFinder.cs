using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>A case whose reasoning is the subject of a sentence that denies it reaches the present one: "The concerns
/// regarding administrative searches expressed in Camara and See to justify the imposition of a warrant requirement simply
/// do not apply to ...", "The principles of X are not applicable", "That rationale of X can have no application", "The
/// reasoning of X does not reach ...". The sentence opens (within <see cref="HeadReach"/> words) with a noun of reasoning
/// (<see cref="Nouns"/>), the case follows it within <see cref="SubjectReach"/> words with no finite verb or punctuation
/// between, and a turn of <see cref="SetApartCueTable.Turns"/> is the first finite verb after the case. The sentence-level
/// turns of <see cref="SetApartFinder"/> read such sentences only when they cite no case. Corpus (2,479 FindLaw decisions,
/// future held-out files skipped): 10 sentences of the shape "the NOUN ... of/in X ... TURN"; 10 of 10 set the case apart.</summary>
internal static class ReasoningTurnFinder
{
    public const double Weight = 0.80;
    public const string Label = "its reasoning denied here: ";

    /// <summary>How many words may stand before the noun of reasoning ("But the equitable").</summary>
    private const int HeadReach = 4;

    /// <summary>How many words the case may stand after the noun ("concerns regarding administrative searches expressed in").</summary>
    private const int SubjectReach = 8;

    /// <summary>How many words after the case the turn may begin ("to justify the imposition of a warrant requirement simply").</summary>
    private const int PredicateReach = 12;

    private static readonly HashSet<string> Nouns = new(
    [
        "rationale", "rationales", "reasoning", "concern", "concerns", "holding", "holdings", "rule", "principle",
        "principles", "analysis", "logic", "considerations", "justification", "justifications", "test", "policies", "premise",
    ], StringComparer.Ordinal);

    /// <summary>Finite verbs that end the subject: the turn must be the sentence's main verb.</summary>
    private static readonly HashSet<string> Verbs = new(["is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "held", "holds", "requires", "required", "applies", "applied", "controls", "governs"], StringComparer.Ordinal);

    private static readonly IReadOnlyList<IReadOnlyList<string>> Turns = WordSequence.Phrases(SetApartCueTable.Turns.Concat(["does not reach", "do not reach", "does not control", "do not control"]));

    private static readonly HashSet<string> TurnHeads = new(Turns.Select(t => t[0]), StringComparer.Ordinal);

    /// <param name="first">The citation's first word.</param>
    /// <param name="last">The word after the citation.</param>
    public static CueMatch? Find(WordSequence words, int first, int last)
    {
        if (first <= 0 || first > HeadReach + SubjectReach)
        {
            return null;
        }
        var noun = -1;
        for (var i = Math.Max(0, first - SubjectReach); i < first && i <= HeadReach; i++)
        {
            if (Nouns.Contains(words.Words[i].Text))
            {
                noun = i;
                break;
            }
        }
        if (noun < 0)
        {
            return null;
        }
        for (var i = noun + 1; i < first; i++)
        {
            if (Verbs.Contains(words.Words[i].Text) || words.Words[i].AfterBreak)
            {
                return null;
            }
        }
        for (var i = last; i < Math.Min(words.Count, last + PredicateReach); i++)
        {
            var word = words.Words[i].Text;
            if (TurnHeads.Contains(word) || word is "can" or "simply")
            {
                foreach (var turn in Turns)
                {
                    if (words.MatchesAt(turn, i) || word is "can" or "simply" && words.MatchesAt(turn, i + 1))
                    {
                        return new CueMatch(TreatmentRelation.Distinguishes, Weight, Label + string.Join(' ', turn), false, 100 + turn.Count);
                    }
                }
            }
            if (Verbs.Contains(word))
            {
                return null;
            }
        }
        return null;
    }
}
