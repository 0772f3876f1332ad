using System.Text;
using System.Text.RegularExpressions;

namespace PrecedentGraph.Segmentation;

/// <summary>Surnames of justices: spelling them the usual way ("O'CONNOR", "o connor" → "O'Connor") and a general
/// vocabulary of every surname that has sat on the U.S. Supreme Court, used only to confirm weak evidence
/// (a running head such as "breyer,concurring" that lacks the word "Justice").</summary>
internal static partial class JusticeNames
{
    // Data table: every U.S. Supreme Court justice's surname, 1789 to date (lowercase, letters only).
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "jay", "rutledge", "cushing", "wilson", "blair", "iredell", "johnson", "paterson", "chase", "ellsworth",
        "washington", "moore", "marshall", "livingston", "todd", "duvall", "story", "thompson", "trimble", "mclean",
        "baldwin", "wayne", "taney", "barbour", "catron", "mckinley", "daniel", "nelson", "woodbury", "grier",
        "curtis", "campbell", "clifford", "swayne", "miller", "davis", "field", "strong", "bradley", "hunt",
        "waite", "harlan", "woods", "matthews", "gray", "blatchford", "lamar", "fuller", "brewer", "brown",
        "shiras", "jackson", "white", "peckham", "mckenna", "holmes", "day", "moody", "lurton", "hughes",
        "vandevanter", "pitney", "mcreynolds", "brandeis", "clarke", "taft", "sutherland", "butler", "sanford",
        "stone", "roberts", "cardozo", "reed", "frankfurter", "douglas", "murphy", "byrnes", "burton", "vinson",
        "clark", "minton", "warren", "whittaker", "stewart", "goldberg", "fortas", "burger", "blackmun", "powell",
        "rehnquist", "stevens", "oconnor", "scalia", "kennedy", "souter", "thomas", "ginsburg", "breyer", "alito",
        "sotomayor", "kagan", "gorsuch", "kavanaugh", "barrett", "black", "brennan",
    };

    /// <summary>True for the surname of a justice who has sat on the Court (letters compared only).</summary>
    public static bool IsKnown(string name) => Known.Contains(Letters(name));

    /// <summary>Lowercase letters only ("O'Connor" → "oconnor").</summary>
    public static string Letters(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    /// <summary>"O'CONNOR" → "O'Connor", "o connor" → "O'Connor", "McREYNOLDS" → "McReynolds", "VAN DEVANTER" →
    /// "Van Devanter"; null when the text is not name-like.</summary>
    public static string? Normalize(string text)
    {
        var trimmed = text.Trim().Trim('.', ',', ':', ';').Replace('\u2019', '\'').Trim();
        if (trimmed.Length < 2 || trimmed.Length > 30)
        {
            return null;
        }
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 3)
        {
            return null;
        }
        // normalized text writes "O'Connor" as "o connor"
        if (words.Length == 2 && words[0].Length == 1 && words[0] is "o" or "O" or "d" or "D")
        {
            words = [words[0] + "'" + words[1]];
        }
        var parts = new List<string>(words.Length);
        foreach (var word in words)
        {
            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not '\'' and not '-')
                {
                    return null;
                }
            }
            if (!char.IsLetter(word[0]))
            {
                return null;
            }
            parts.Add(Capitalize(word));
        }
        var name = string.Join(' ', parts);
        return Letters(name).Length >= 2 ? name : null;
    }

    [GeneratedRegex(@"\bthe\s+chief\s+justice\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChiefTitlePattern();

    private static readonly Regex ChiefTitle = ChiefTitlePattern();

    [GeneratedRegex(@"\b(?:mr\.?\s*|mr\s+)?(?:ch(?:ie|ei)f\s+)?justices?\b\.?|\bc\.\s*j\.|\bjj?\.|\[[^\]]{0,40}\]|\b(?:post|ante)\b,?\s*(?:pp?\.\s*)?[\d\-, ]*|\d+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitlesPattern();

    private static readonly Regex Titles = TitlesPattern();

    [GeneratedRegex(@",|;|&|\band\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorsPattern();

    private static readonly Regex Separators = SeparatorsPattern();

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "post", "ante", "p", "pp", "all", "other", "members", "member", "except", "who", "the", "court", "of", "whom",
        "with", "in", "part", "parts", "as", "to", "j", "jj", "c", "cj", "mr", "justice", "justices", "chief", "joined",
        "join", "joins", "also", "both", "each", "them", "it", "which", "but", "separately",
    };

    /// <summary>The surnames in a list such as "BURGER, C. J., and BRENNAN, MARSHALL, and O'CONNOR, JJ.",
    /// "JUSTICE MARSHALL and JUSTICE BLACKMUN" or "burger,and brennan,o connor"; "THE CHIEF JUSTICE" becomes
    /// <paramref name="chief"/> (dropped when unknown).</summary>
    public static List<string> ParseList(string fragment, string? chief)
    {
        var names = new List<string>();
        var text = ChiefTitle.Replace(fragment, ",@chief,");
        text = Titles.Replace(text, " ");
        foreach (var piece in Separators.Split(text))
        {
            var trimmed = piece.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }
            string? name;
            if (trimmed == "@chief")
            {
                name = chief;
            }
            else
            {
                name = Normalize(WithoutCrawlNoise(trimmed));
                if (name is not null && name.Split(' ').Any(word => NotNames.Contains(Letters(word))))
                {
                    name = null;
                }
            }
            if (name is not null && !names.Contains(name))
            {
                names.Add(name);
            }
        }
        return names;
    }

    /// <summary>Crawl debris inside a joiner list: words without letters go ("S 2723 4578 () 25 BREYER", digits
    /// already dropped); a stray letter before a justice's name goes ("S BREYER" → "BREYER"), one split off a name is
    /// joined back ("T homas" → "Thomas"); "o connor" (normalized "O'Connor") stays.</summary>
    private static string WithoutCrawlNoise(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).ToList();
        if (words.Count < 2)
        {
            return words.Count == 1 ? words[0] : piece;
        }
        var kept = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length == 1 && i + 1 < words.Count && word is not ("o" or "O" or "d" or "D"))
            {
                if (IsKnown(word + words[i + 1]))
                {
                    kept.Add(word + words[i + 1]);
                    i++;
                    continue;
                }
                if (IsKnown(words[i + 1]))
                {
                    continue;
                }
            }
            kept.Add(word);
        }
        return string.Join(' ', kept);
    }

    private static string Capitalize(string word)
    {
        var lower = word.ToLowerInvariant();
        var builder = new StringBuilder(lower.Length);
        for (var i = 0; i < lower.Length; i++)
        {
            var upper = i == 0 || lower[i - 1] is '\'' or '-' || i == 2 && lower.StartsWith("mc", StringComparison.Ordinal) && lower.Length > 4;
            builder.Append(upper ? char.ToUpperInvariant(lower[i]) : lower[i]);
        }
        return builder.ToString();
    }
}
