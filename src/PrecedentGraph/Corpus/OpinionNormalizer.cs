using System.Text;
using System.Text.RegularExpressions;

namespace PrecedentGraph.Corpus;

/// <summary>Turns raw opinion text into the normalized form of the sample, as ../shared/tools/normalize.py does
/// (lowercase; digits, "v.", "Id.", quotes, brackets and hyphenated words dropped; no space after "." and ",").
/// Used to test every rule in both text forms and to generate synthetic normalized corpora.</summary>
public static partial class OpinionNormalizer
{
    [GeneratedRegex(@"^(?:[a-z]|id|cf|jj|co|md|op|al|ct|ed|pp|nos?\.?\s*)\.$", RegexOptions.IgnoreCase)]
    private static partial Regex DropAbbreviation();

    [GeneratedRegex(@"^\s*(?:[IVXLC]+|[A-Z]|\d+|\*+|_+)\s*$")]
    private static partial Regex SectionLine();

    [GeneratedRegex(@"[^\s,.]+\.?|[,.]")]
    private static partial Regex Token();

    [GeneratedRegex(@"\bcannot\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cannot();

    [GeneratedRegex(@"\bgonna\b", RegexOptions.IgnoreCase)]
    private static partial Regex Gonna();

    [GeneratedRegex(@"n't\b")]
    private static partial Regex Negation();

    [GeneratedRegex(@"'s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"s'(?=\s|$|[,.;:])")]
    private static partial Regex PluralPossessive();

    [GeneratedRegex(@"[()""';:!?§¶*_]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+([,.])")]
    private static partial Regex SpaceBeforeMark();

    [GeneratedRegex(@"([,.])\s+")]
    private static partial Regex SpaceAfterMark();

    [GeneratedRegex(@"([,.])(?:[,.])+")]
    private static partial Regex RepeatedMarks();

    [GeneratedRegex(@"\.\.+")]
    private static partial Regex RepeatedPeriods();

    [GeneratedRegex(@"^[,.]+")]
    private static partial Regex LeadingMarks();

    public static string Normalize(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var line in raw.ReplaceLineEndings("\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line) || SectionLine().IsMatch(line))
            {
                continue;
            }
            var normalized = NormalizeParagraph(line);
            if (normalized.Length > 0)
            {
                builder.Append(normalized).Append('\n');
            }
        }
        return builder.ToString();
    }

    public static string NormalizeParagraph(string paragraph)
    {
        var p = paragraph.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"')
            .Replace('\u2014', ' ').Replace('\u2013', '-').Replace('\u2212', '-');
        p = Cannot().Replace(p, "can not");
        p = Gonna().Replace(p, "gon na");
        p = Negation().Replace(p, "");
        p = Possessive().Replace(p, "");
        p = PluralPossessive().Replace(p, "s");
        p = p.Replace('[', ' ').Replace(']', ' ');
        p = Punctuation().Replace(p, " ");
        var words = new List<string>();
        foreach (Match match in Token().Matches(p))
        {
            var token = match.Value;
            if (token is "," or ".")
            {
                words.Add(token);
                continue;
            }
            var lower = token.ToLowerInvariant();
            if (lower is "no." or "ibid.")
            {
                words.Add(lower);
                continue;
            }
            if (DropAbbreviation().IsMatch(lower) || token.Contains('-') || token.Any(char.IsDigit))
            {
                continue;
            }
            var word = new string(lower.Where(c => c is >= 'a' and <= 'z' or '.').ToArray());
            if (word.Length == 0 || word == ".")
            {
                continue;
            }
            words.Add(word);
        }
        var s = string.Join(' ', words);
        s = SpaceBeforeMark().Replace(s, "$1");
        s = SpaceAfterMark().Replace(s, "$1");
        s = RepeatedMarks().Replace(s, "$1");
        s = RepeatedPeriods().Replace(s, ".");
        s = LeadingMarks().Replace(s, "");
        return s.Trim();
    }
}
