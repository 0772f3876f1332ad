namespace PrecedentGraph.Treatment;

/// <summary>Finds a holding the opinion reports as an error before a citation ("The Court of Appeals erred in holding
/// that the X requirement is inapplicable ..."): a cue inside that holding is the one the opinion rejects, so its sense
/// turns over (the opinion applies the case the court below set aside, and sets aside the case it followed).</summary>
internal static class HeldInErrorFinder
{
    /// <summary>How many words after the error word the verb of holding may stand ("erred in holding", "mistakenly
    /// concluded that").</summary>
    private const int VerbReach = 2;

    private static readonly HashSet<string> ErrorWords = new(["erred", "errs", "err", "mistakenly", "wrongly", "incorrectly", "erroneously"], StringComparer.Ordinal);

    private static readonly HashSet<string> HoldingVerbs = new(
    [
        "holding", "held", "holds", "concluding", "concluded", "concludes", "ruling", "ruled", "rules", "deciding",
        "decided", "finding", "found", "believing", "believed", "thought", "reasoning", "reasoned", "assuming", "assumed",
    ], StringComparer.Ordinal);

    /// <summary>The error word of a holding reported as an error before word <paramref name="first"/>, or null.</summary>
    public static string? Before(WordSequence words, int first)
    {
        for (var i = 0; i < Math.Min(first, words.Count); i++)
        {
            if (!ErrorWords.Contains(words.Words[i].Text))
            {
                continue;
            }
            for (var k = i + 1; k <= Math.Min(i + VerbReach, first - 1); k++)
            {
                if (HoldingVerbs.Contains(words.Words[k].Text))
                {
                    return $"{words.Words[i].Text} ... {words.Words[k].Text}";
                }
            }
        }
        return null;
    }
}
