using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Resolves a reference to parts of an opinion ("I concur in Parts I, II(A), and II(B) of the Court's
/// opinion", "the conclusion in Part II of the prevailing opinion", "Parts (2) and (3) of the Court's opinion") to the
/// paragraphs of those parts, read from the opinion's part headings: a paragraph that is only a roman numeral ("II"),
/// a capital letter under it ("A") or a number in parentheses ("(2)"). Normalized text keeps the roman numerals and
/// letters when it keeps the headings; it drops the numbers.</summary>
internal sealed class PartReferenceResolver(SourceDocument document)
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>"Parts I, II(A), and III of the Court's opinion", "Part II-B of its opinion", "Parts (2) and (3) of the
    /// Court's opinion", "Part II of the dissent"; the list is bounded, and a part is a roman numeral or a number in parentheses, with a letter.</summary>
    private static readonly Regex Reference = new(
        @"\bparts?\s+(?<list>(?:(?:[ivx]{1,5}|\(\d{1,2}\))(?:\s?-?\s?\(?[a-h]\)?)?(?:\s?,\s?(?:and\s+)?|\s+and\s+)?){1,8})\s*of\s+(?:the\s+|its\s+|this\s+)?(?:court'?s?\s+|prevailing\s+|majority\s+|plurality\s+|dissenting\s+|concurring\s+)?(?:opinion|dissent|concurrence)\b",
        Options);

    /// <summary>"all but Part IV-A", "except Part II": the parts named are the ones not taken.</summary>
    private static readonly Regex Excepting = new(@"\b(?:all\s+but|except(?:\s+for)?|other\s+than|save)\s*$", Options);

    private static readonly Regex Item = new(@"(?<top>[ivx]{1,5}|\(\d{1,2}\))(?:\s?-?\s?\(?(?<sub>[a-h])\)?(?![a-z]))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex RomanHeading = new(@"^(?<top>[IVX]{1,5})(?:\s+\d{1,3})?$", RegexOptions.CultureInvariant);

    private static readonly Regex LetterHeading = new(@"^(?<sub>[A-H])(?:\s+\d{1,3})?$", RegexOptions.CultureInvariant);

    private static readonly Regex NumberHeading = new(@"^(?<top>\(\d{1,2}\))$", RegexOptions.CultureInvariant);

    private readonly Dictionary<int, Dictionary<int, (string Top, string? Sub)>> parts = [];

    /// <summary>The paragraphs (by index) of <paramref name="opinion"/> in the parts the text names as parts of an
    /// opinion; empty when it names none, names them as the ones excepted, or the opinion has no such headings.</summary>
    public HashSet<int> Named(string text, Opinion opinion)
    {
        var found = new HashSet<int>();
        if (!text.Contains("part", StringComparison.OrdinalIgnoreCase))
        {
            return found;
        }
        var map = Parts(opinion);
        if (map.Count == 0)
        {
            return found;
        }
        foreach (Match match in Reference.Matches(text))
        {
            if (Excepting.IsMatch(text.AsSpan(0, match.Index).ToString()))
            {
                continue;
            }
            foreach (Match item in Item.Matches(match.Groups["list"].Value))
            {
                var top = Label(item.Groups["top"].Value);
                var sub = item.Groups["sub"].Success ? item.Groups["sub"].Value.ToUpperInvariant() : null;
                foreach (var (paragraph, part) in map)
                {
                    if (part.Top == top && (sub is null || part.Sub == sub))
                    {
                        found.Add(paragraph);
                    }
                }
            }
        }
        return found;
    }

    /// <summary>The part (heading and subheading) of each paragraph of the opinion's text under a heading.</summary>
    private Dictionary<int, (string Top, string? Sub)> Parts(Opinion opinion)
    {
        if (parts.TryGetValue(opinion.Index, out var map))
        {
            return map;
        }
        map = [];
        string? top = null;
        string? sub = null;
        foreach (var paragraph in opinion.Paragraphs)
        {
            if (paragraph.IsFootnote)
            {
                continue;
            }
            // only a short paragraph can be a heading: the others are not copied
            var chars = document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).Trim();
            if (chars.Length <= 8)
            {
                var text = chars.ToString();
                // normalized text lowercases the headings: a paragraph of a roman numeral alone is one there too
                var heading = document.Form == InputForm.Raw ? text : text.ToUpperInvariant();
                if (RomanHeading.Match(heading) is { Success: true } roman && (document.Form == InputForm.Raw || roman.Groups["top"].Value.Length == heading.Length))
                {
                    top = roman.Groups["top"].Value;
                    sub = null;
                    continue;
                }
                if (NumberHeading.Match(heading) is { Success: true } number)
                {
                    top = Label(number.Groups["top"].Value);
                    sub = null;
                    continue;
                }
                if (top is not null && LetterHeading.Match(heading) is { Success: true } letter && (document.Form == InputForm.Raw || heading.Length == 1))
                {
                    sub = letter.Groups["sub"].Value;
                    continue;
                }
            }
            if (top is not null)
            {
                map[paragraph.Index] = (top, sub);
            }
        }
        parts[opinion.Index] = map;
        return map;
    }

    private static string Label(string top) => top.Trim('(', ')').ToUpperInvariant();
}
