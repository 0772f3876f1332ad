using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Finds the sentence of an opinion's text that calls a footnote: "[ Footnote 2 ] See X; Y; Z." is called by
/// "In light of the conflict between the decision below and those of the other Courts of Appeals ..., we granted
/// certiorari. 2". A citation footnote backs up that sentence as a citation sentence backs up the sentence before it,
/// so a survey there ("the conflict between ...") makes the footnote's citations examples the opinion only cites.
/// Needs the footnote's number, which normalized text drops: there nothing is found.</summary>
internal static partial class FootnoteCallFinder
{
    private const int LabelLength = 24;

    /// <summary>The footnote's number from its label ("[ Footnote 2 ]", "Footnote 2"), or null.</summary>
    public static string? Number(string text, TextSpan footnote)
    {
        var head = text.Substring(footnote.Start, Math.Min(footnote.Length, LabelLength));
        var match = Label().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Where, in the text paragraphs of <paramref name="opinion"/>, footnote <paramref name="number"/> is called: the
    /// first "N" standing alone after a sentence's end or a clause's punctuation ("certiorari. 2 "), or -1.</summary>
    public static int CallAt(string text, Opinion opinion, string number)
    {
        foreach (var paragraph in opinion.Paragraphs)
        {
            if (paragraph.IsFootnote)
            {
                continue;
            }
            var span = paragraph.Span;
            for (var at = text.IndexOf(number, span.Start, span.Length, StringComparison.Ordinal); at >= 0;
                 at = at + number.Length < span.End ? text.IndexOf(number, at + number.Length, span.End - at - number.Length, StringComparison.Ordinal) : -1)
            {
                if (IsCall(text, at, number.Length))
                {
                    return at;
                }
            }
        }
        return -1;
    }

    /// <summary>"N" with a space and a mark of punctuation before it ("certiorari. 2", "restrictions, 11 the Court") and a
    /// space after it, not within a larger number or a reporter citation.</summary>
    private static bool IsCall(string text, int at, int length)
    {
        var end = at + length;
        if (at < 2 || end >= text.Length || !char.IsWhiteSpace(text[end]) || text[at - 1] != ' ')
        {
            return false;
        }
        var before = text[at - 2];
        if (before is not ('.' or ',' or ';' or ':' or '"' or '\u201d' or ')' or '?'))
        {
            return false;
        }
        // "Id., at 12 ." / "U.S., at 2 ": a page, not a call
        var back = text.AsSpan(Math.Max(0, at - 8), at - Math.Max(0, at - 8));
        return !back.Contains("at", StringComparison.Ordinal) && !back.Contains("U.S.", StringComparison.Ordinal) && !IsVolume(text, end);
    }

    private static readonly HashSet<string> BareReporters = new(["Cranch", "Black", "Wheat", "Pet", "How", "Dall", "Wall", "Otto"], StringComparer.Ordinal);

    /// <summary>"Reid, 12 How. 361": the number is a reporter's volume when the next token is an abbreviation ("How.",
    /// "F.2d", "S. E. 2d") or an early reporter's name.</summary>
    private static bool IsVolume(string text, int end)
    {
        var from = end;
        while (from < text.Length && text[from] == ' ')
        {
            from++;
        }
        var to = from;
        while (to < text.Length && !char.IsWhiteSpace(text[to]))
        {
            to++;
        }
        var token = text.AsSpan(from, to - from);
        return token.Length > 0 && char.IsUpper(token[0]) && (token.Contains('.') || BareReporters.Contains(token.ToString()));
    }

    [GeneratedRegex(@"^\s*\[?\s*Footnote\s+(\d{1,3})\s*\]?", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
