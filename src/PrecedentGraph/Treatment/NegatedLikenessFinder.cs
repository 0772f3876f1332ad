using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>A likeness to a case denied in its own clause: "we are unconvinced that the overbreadth is incurable ...,
/// as was the case in X"; "the injunction was issued not because of the content of the expression, as was the case in
/// X". The case had what the present one lacks: the opinion sets it apart. Without a denial before it ("all of this,
/// as was the case in X, was done ...") the phrase likens, and this rule stays silent.</summary>
internal static class NegatedLikenessFinder
{
    public const double Weight = 0.75;
    public const string Label = "likeness denied";

    /// <summary>How many words before the likeness phrase a denial may stand.</summary>
    private const int DenialReach = 40;

    private static readonly IReadOnlyList<IReadOnlyList<string>> Likeness = WordSequence.Phrases(SetApartCueTable.PastLikeness);
    private static readonly HashSet<string> Denials = new(SetApartCueTable.DenialWords, StringComparer.Ordinal);

    /// <param name="first">The citation's first word.</param>
    /// <param name="text">The document's text (the punctuation between words).</param>
    public static CueMatch? Find(string text, WordSequence words, int first)
    {
        foreach (var phrase in Likeness)
        {
            var at = first - phrase.Count;
            if (at <= 0 || !words.MatchesAt(phrase, at) || !words.Words[at].AfterBreak || !CommaBefore(text, words.Words[at - 1].End, words.Words[at].Start))
            {
                // "...; as was the case in X, the targets are identifiable": the likeness opens a clause of its own
                continue;
            }
            for (var i = at - 1; i >= Math.Max(0, at - DenialReach) && !ClauseBreak(text, words.Words[i].End, words.Words[i + 1].Start); i--)
            {
                if (Denials.Contains(words.Words[i].Text))
                {
                    return new CueMatch(TreatmentRelation.Distinguishes, Weight, $"{Label}: not ... {string.Join(' ', phrase)}", false, 100 + phrase.Count);
                }
            }
        }
        return null;
    }

    /// <summary>Whether a comma, and no stronger stop, stands between two words.</summary>
    private static bool CommaBefore(string text, int from, int to) =>
        text.AsSpan(from, Math.Max(0, to - from)).Contains(',') && !ClauseBreak(text, from, to);

    /// <summary>Whether a semicolon, colon or sentence stop stands between two words.</summary>
    private static bool ClauseBreak(string text, int from, int to) =>
        text.AsSpan(from, Math.Max(0, to - from)).IndexOfAny(";:!?") >= 0;
}
