using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Someone's reliance on a case, named as a noun and declared wrong after it: "Appellant's reliance on X is
/// misplaced", "The plurality opinion's reliance upon X, 285 U.S. 105 (1932), is misplaced", "JUSTICE Y's additional
/// reliance on X is misplaced because, in that case, ...". Whoever relied (a party, a court, another opinion), the writer
/// answers that the case does not reach the present one: it sets the case apart. The writer's own reliance ("our reliance
/// on X") is never called misplaced, and a case the reliance does not reach ("reliance upon the Due Process Clause for
/// fear of resurrecting X") is left alone: the case must follow "reliance on" within a few words.</summary>
internal static class MisplacedRelianceFinder
{
    public const double Weight = 0.80;
    public const string Label = "reliance on the case declared wrong";

    /// <summary>How many words may stand between "reliance on" and the case ("this Court's decision in").</summary>
    private const int ObjectReach = 5;

    /// <summary>How many words after the citation the verdict may stand ("..., in this respect is misplaced").</summary>
    private const int VerdictReach = 12;

    private static readonly HashSet<string> Verdicts = new(SetApartCueTable.RelianceVerdicts, StringComparer.Ordinal);
    private static readonly HashSet<string> OwnReliance = new(["our", "my", "no", "any", "avoids", "avoid"], StringComparer.Ordinal);

    /// <param name="first">The citation's first word.</param>
    /// <param name="last">The first word after the citation.</param>
    public static CueMatch? Find(WordSequence words, int first, int last)
    {
        // gate: the noun must stand just before the case
        var noun = -1;
        for (var i = Math.Max(0, first - ObjectReach - 2); i < Math.Min(first, words.Count) - 1; i++)
        {
            if (words.Words[i].Text == "reliance" && words.Words[i + 1].Text is "on" or "upon")
            {
                noun = i;
            }
        }
        if (noun < 0 || noun > 0 && OwnReliance.Contains(words.Words[noun - 1].Text) || noun >= 2 && words.Words[noun - 2].Text is "our" or "my")
        {
            return null;
        }
        for (var i = Math.Max(last, 0); i < Math.Min(words.Count, last + VerdictReach); i++)
        {
            if (Verdicts.Contains(words.Words[i].Text) && i > 0 && words.Words[i - 1].Text is not "not")
            {
                return new CueMatch(TreatmentRelation.Distinguishes, Weight, $"{Label}: reliance on ... {words.Words[i].Text}", false, 50);
            }
        }
        return null;
    }
}
