namespace PrecedentGraph.Treatment;

/// <summary>Where a citation stands among the words of its sentence, for rules that look past what directly
/// surrounds it: a citation opening its sentence or clause after "in", and the end of an appositive after it.</summary>
internal static class CitationPlaceFinder
{
    /// <summary>"In X, we concluded ...; in Y, ...": the citation opens its sentence, or a clause of it, after "in"
    /// (the cases a lead-in sentence set apart, taken one by one). Normalized text drops the semicolon: there an "in"
    /// before a later citation counts when the sentence itself opens with "in".</summary>
    public static bool OpensWithIn(WordSequence words, int first) =>
        first >= 1 && first < words.Count && words.Words[first - 1].Text == "in"
        && (words.Words[first - 1].AfterBreak || words.Words[0].Text == "in");

    private const int AppositiveReach = 8;

    /// <summary>Where the words after a citation resume past an appositive naming who cited it ("X, cited by the
    /// Court, ante, at 325, does not support ..."), so that a cue right after it still stands right after the
    /// citation; else <paramref name="last"/>.</summary>
    public static int AppositiveEnd(WordSequence words, int last)
    {
        if (last >= words.Count - 1 || words.Words[last].Text is not ("cited" or "relied" or "invoked" or "quoted")
            || !words.Words[last].AfterBreak)
        {
            return last;
        }
        for (var k = last + 2; k < Math.Min(words.Count, last + AppositiveReach); k++)
        {
            if (words.Words[k].AfterBreak && words.Words[k].Text is not ("ante" or "at" or "supra" or "post" or "id" or "n" or "p"))
            {
                return k;
            }
        }
        return last;
    }
}
