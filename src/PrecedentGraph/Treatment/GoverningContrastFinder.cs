namespace PrecedentGraph.Treatment;

/// <summary>Finds a case set against the one that governs, in "X, not Y, controls" or "X and Z, not Y and W, are the
/// relevant precedent": the cases after "not" are set apart (<see cref="TreatmentCueTable.NotGoverning"/>). Someone's view
/// so stated ("In his view, X, not Y, governs") is left to other rules.</summary>
internal static class GoverningContrastFinder
{
    /// <summary>How many words back from the citation "not" may stand ("not Nixon and Mitchell").</summary>
    private const int NotReach = 5;

    /// <summary>How many words after the citation the comma closing the "not" clause may stand.</summary>
    private const int CloseReach = 8;

    private static readonly IReadOnlyList<IReadOnlyList<string>> Predicates = WordSequence.Phrases(TreatmentCueTable.GoverningPredicates);
    private static readonly HashSet<string> ViewWords = new(TreatmentCueTable.ViewWords, StringComparer.Ordinal);

    /// <param name="first">The citation's first word.</param>
    /// <param name="last">The word after the citation.</param>
    public static CueMatch? Find(WordSequence words, int first, int last)
    {
        var not = NotBefore(words, first);
        if (not <= 0)
        {
            return null;
        }
        for (var j = Math.Max(last, first + 1); j < Math.Min(words.Count, last + CloseReach); j++)
        {
            if (!words.Words[j].AfterBreak)
            {
                continue;
            }
            foreach (var predicate in Predicates)
            {
                if (words.MatchesAt(predicate, j))
                {
                    for (var k = 0; k < not; k++)
                    {
                        if (ViewWords.Contains(words.Words[k].Text))
                        {
                            return null;
                        }
                    }
                    var cue = TreatmentCueTable.NotGoverning;
                    return new CueMatch(cue.Relation, cue.Weight, $"x not y {string.Join(' ', predicate)}", false);
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>The index of a "not" set off by a comma just before the citation, with no break between, or -1.</summary>
    private static int NotBefore(WordSequence words, int first)
    {
        for (var k = Math.Min(first, words.Count) - 1; k >= Math.Max(0, first - NotReach); k--)
        {
            var word = words.Words[k];
            if (word.Text == "not")
            {
                return word.AfterBreak ? k : -1;
            }
            if (word.AfterBreak)
            {
                return -1;
            }
        }
        return -1;
    }
}
