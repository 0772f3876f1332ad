using PrecedentGraph.Graph;

namespace PrecedentGraph.Storage;

/// <summary>The looser identity of a case name: its name tokens in order, lowercase, without "v." or numbers,
/// so that "Marbury v. Madison" (raw) and "marbury madison" (normalized) meet.</summary>
internal static class CaseMatchKey
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "v", "vs", "versus" };

    public static IReadOnlyList<string> Tokens(string name)
    {
        var tokens = new List<string>();
        foreach (var token in NodeIds.Slugify(name).Split('-'))
        {
            if (token.Length > 0 && token != "untitled" && !Dropped.Contains(token) && !token.All(char.IsAsciiDigit))
            {
                tokens.Add(token);
            }
        }
        return tokens;
    }

    public static string For(string name) => string.Join(' ', Tokens(name));

    /// <summary>Only names of two tokens or more unify by match key ("smith" alone is too loose).</summary>
    public static bool IsDistinctive(string matchKey) => matchKey.Contains(' ', StringComparison.Ordinal);

    /// <summary>"475 U. S. 335" and "475  U.S.  335" → "475 U.S. 335".</summary>
    public static string NormalizeCitation(string citation)
    {
        var collapsed = string.Join(' ', citation.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return InitialSpace.Replace(collapsed, "$1");
    }

    private static readonly System.Text.RegularExpressions.Regex InitialSpace =
        new(@"\b([A-Z]\.) (?=[A-Z]\.)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
