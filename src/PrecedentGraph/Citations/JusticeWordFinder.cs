using System.Text.RegularExpressions;

namespace PrecedentGraph.Citations;

/// <summary>Finds the words a normalized text uses as the names of justices: before a separate opinion's stance or a
/// join (",doe,concurring", "doe,dissenting", "in which doe,and roe,joined", "doe delivered the opinion") and after
/// "justice" ("justice doe", "justice o doe"). Such a word is a person there, so a case sharing it as a party is not
/// referred to by it alone.</summary>
internal static partial class JusticeWordFinder
{
    [GeneratedRegex(@"\b(?:justices?|chief justice) (?:o )?([a-z]{3,})\b|\b([a-z]{3,})(?:,| )(?:concurring|dissenting|delivered|joined|joins|join)\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex JusticeName();

    public static HashSet<string> Find(string text, int start)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in JusticeName().Matches(text, start))
        {
            var word = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
            if (!CommonWordLexicon.Contains(word) && !CitationVocabulary.StopWords.Contains(word))
            {
                words.Add(word);
            }
        }
        return words;
    }
}
