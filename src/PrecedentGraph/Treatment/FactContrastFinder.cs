using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>A case that opens its sentence and is told by its facts ("Abood involved full-fledged public employees,
/// but in this case ..."; "X concerned ... . By contrast, this case concerns ..."), with the present case set against
/// those facts in the same sentence or the next: the opinion sets the case apart.</summary>
internal static class FactContrastFinder
{
    public const double Weight = 0.65;
    public const string Label = "facts set against the present case";

    /// <summary>How far the citation may stand from the head of its sentence ("In X, ..." aside).</summary>
    private const int HeadReach = 1;

    /// <summary>How many words before the present case a contrasting word may stand in the citation's sentence.</summary>
    private const int ContrastReach = 3;

    private static readonly IReadOnlyList<IReadOnlyList<string>> Verbs = WordSequence.Phrases(SetApartCueTable.FactVerbs);
    private static readonly IReadOnlyList<IReadOnlyList<string>> Present = WordSequence.Phrases(SetApartCueTable.PresentCase);
    private static readonly HashSet<string> Contrast = new(SetApartCueTable.FactContrastWords, StringComparer.Ordinal);
    private static readonly HashSet<string> Likeness = new(SetApartCueTable.LikenessWords, StringComparer.Ordinal);

    /// <param name="first">The citation's first word.</param>
    /// <param name="last">The word after the citation.</param>
    /// <param name="nextSentence">Reads the next sentence's words, if any (only when the citation tells facts).</param>
    public static CueMatch? Find(WordSequence words, int first, int last, Func<WordSequence?> nextSentence)
    {
        while (last < words.Count && words.Words[last].Text is "supra")
        {
            last++;
        }
        if (first > HeadReach || Verbs.All(v => !words.MatchesAt(v, last)))
        {
            return null;
        }
        if (words.ContainsAny(Likeness))
        {
            return null;
        }
        foreach (var at in PresentAt(words, last))
        {
            for (var i = Math.Max(last, at - ContrastReach); i < at; i++)
            {
                if (Contrast.Contains(words.Words[i].Text))
                {
                    return new CueMatch(TreatmentRelation.Distinguishes, Weight, Label, false);
                }
            }
        }
        var next = nextSentence();
        if (next is not null && !next.ContainsAny(Likeness) && PresentAt(next, 0).Any() && next.ContainsAny(Contrast))
        {
            return new CueMatch(TreatmentRelation.Distinguishes, Weight, "next sentence: " + Label, false);
        }
        return null;
    }

    private static IEnumerable<int> PresentAt(WordSequence words, int from)
    {
        foreach (var phrase in Present)
        {
            for (var at = words.NextMatch(phrase, from, words.Count); at >= 0; at = words.NextMatch(phrase, at + 1, words.Count))
            {
                yield return at;
            }
        }
    }
}
