namespace PrecedentGraph.Arguments;

/// <summary>Word sequences two passages share: a separate opinion quotes the words of the claim it answers
/// ("a passably clever plaintiff"), and normalized text keeps the words though it drops the quotation marks.
/// Only sequences distinctive of one or two paragraphs count, so stock phrases of the field do not.</summary>
internal sealed class SharedPhrases
{
    public const int Length = 4;

    /// <summary>A sequence found in more paragraphs than this is a stock phrase.</summary>
    private const int MaximumParagraphs = 2;

    private readonly Dictionary<string, int> paragraphCounts = new(StringComparer.Ordinal);

    public SharedPhrases(IEnumerable<string> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            foreach (var gram in Grams(paragraph))
            {
                paragraphCounts[gram] = paragraphCounts.GetValueOrDefault(gram) + 1;
            }
        }
    }

    /// <summary>How many distinctive sequences the two passages share.</summary>
    public int Count(string a, string b)
    {
        var grams = Grams(a);
        grams.IntersectWith(Grams(b));
        return grams.Count(g => paragraphCounts.GetValueOrDefault(g) <= MaximumParagraphs);
    }

    private static HashSet<string> Grams(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                if (current.Length > 1)
                {
                    words.Add(current.ToString());
                }
                current.Clear();
            }
        }
        if (current.Length > 1)
        {
            words.Add(current.ToString());
        }
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + Length <= words.Count; i++)
        {
            grams.Add(string.Join(' ', words, i, Length));
        }
        return grams;
    }
}
