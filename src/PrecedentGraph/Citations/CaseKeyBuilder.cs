using System.Text;

namespace PrecedentGraph.Citations;

/// <summary>The stable key of a case ("terry-v-ohio"), the same for its raw label ("Leach v. Three of the
/// King's Messengers", "O'Brien v. Brown") and its normalized one ("Smith v. Three of the King Messengers",
/// "O'Brien v. Brown"): it keeps only what normalization keeps (no possessive "s", no hyphenated words,
/// no single letters, no corporate suffixes).</summary>
public static class CaseKeyBuilder
{
    // one array for every call (a collection expression here built a new one per label)
    private static readonly char[] Separators = [' ', '\t', '\r', '\n', ',', ';', '\u00a0', '&'];

    private static readonly WordSet Dropped = new(["inc", "co", "corp", "ltd", "llc", "et", "al", "vs"]);

    public static string FromLabel(string label)
    {
        var words = Words(label).ToList();
        if (words.Count > 0 && (words[^1] == "v" || words[0] == "v"))
        {
            // "United States v. Martinez-Fuerte": a party that is all hyphenated words, which normalized text loses
            // anyway, keeps them (joined) so that such cases do not all share the key "united-states-v"
            words = Words(label.Replace("-", "", StringComparison.Ordinal)).ToList();
        }
        var builder = new StringBuilder(label.Length);
        foreach (var word in words)
        {
            if (builder.Length > 0)
            {
                builder.Append('-');
            }
            builder.Append(word);
        }
        return builder.Length == 0 ? "untitled" : builder.ToString();
    }

    /// <summary>The lowercase words of a label as normalization would leave them, "v" included.</summary>
    public static IEnumerable<string> Words(string label)
    {
        foreach (var raw in label.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Replace('\u2019', '\'');
            if (token.Contains('-') || token.Any(char.IsDigit))
            {
                continue;
            }
            if (token.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
            {
                token = token[..^2];
            }
            var word = new StringBuilder(token.Length);
            foreach (var c in token)
            {
                if (char.IsLetter(c))
                {
                    word.Append(char.ToLowerInvariant(c));
                }
                else if (c == '.' && word.Length > 0)
                {
                    // "U.S." and "S.H." split into letters, dropped below
                }
            }
            var text = word.ToString();
            if (text == "v" || text.Length > 1 && !Dropped.Contains(text))
            {
                yield return text;
            }
        }
    }
}
