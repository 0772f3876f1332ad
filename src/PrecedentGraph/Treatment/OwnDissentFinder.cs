namespace PrecedentGraph.Treatment;

/// <summary>Finds a citation of the opinion's author's (or a joiner's) own separate opinion in the cited case.</summary>
internal static class OwnDissentFinder
{
    private const int OwnDissentReach = 3;
    private static readonly HashSet<string> PinWords = new(["at", "n", "nn", "and", "supra", "id", "p", "pp"], StringComparer.Ordinal);

    /// <summary>"Id., at 960 (STEVENS, J., dissenting)" in an opinion by Stevens: the author repeats a dissent.
    /// The parenthetical must follow the citation (past pin words only), not a later one.</summary>
    public static bool CitesOwnDissent(WordSequence words, int last, HashSet<string> names)
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
}
