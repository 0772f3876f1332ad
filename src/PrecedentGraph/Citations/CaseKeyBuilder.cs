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
        var words = new List<string>();
        foreach (var range in label.AsSpan().SplitAny(Separators))
        {
            if (range.Start.Value == range.End.Value)
            {
                continue;
            }
            if (Word(label.AsSpan()[range]) is { } word)
            {
                words.Add(word);
            }
        }
        return words;
    }

    /// <summary>One piece of a label as normalization leaves it, lowercase: none for a hyphenated word, a number or a
    /// single letter (but "v"), nor for a corporate suffix.</summary>
    private static string? Word(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c == '-' || char.IsDigit(c))
            {
                return null;
            }
        }
        // "Doe's", "Doe’s": the possessive goes
        if (token.Length >= 2 && token[^2] is '\'' or '\u2019' && token[^1..].Equals("s", StringComparison.OrdinalIgnoreCase))
        {
            token = token[..^2];
        }
        var buffer = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
        var length = 0;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }
        var letters = buffer[..length];
        if (letters is "v")
        {
            return "v";
        }
        return letters.Length > 1 && !Dropped.Contains(letters) ? letters.ToString() : null;
    }
}
