using System.Globalization;
using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>The report pages of each paragraph, read from the page markers of raw text ("[500 U.S. 100, 112]"),
/// and the pinpoints of "ante, at 815, 819" and "post, at 654, n. 2". A pinpoint outside the decision's pages
/// points at another case of the same volume ("ante, at 64" when the decision runs from 100); inside them it
/// names the paragraphs answered. Normalized text has no numbers: the map is empty and every pinpoint unknown.</summary>
internal sealed partial class PageMap
{
    /// <summary>The pinpoint and label patterns are anchored at the start of their input and bounded: the
    /// backtracking engine, generated at build time, tries one position and needs no construction at run time.</summary>
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\[\s*(?<volume>\d{1,4})\s+U\.\s*S\.\s+(?<first>\d{1,5})\s*,\s*(?<page>\d{1,5})\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*\[\s*footnote\s+(?<n>\d{1,3})\s*\]", Options)]
    private static partial Regex FootnoteLabel();

    /// <summary>The word every footnote label holds: a paragraph without it is not given to the label's pattern.</summary>
    private static readonly CueGate FootnoteWord = new("footnote");

    [GeneratedRegex(@"^\s*,?\s*(?:and\s+)?(?<p>\d{1,5})(?:\s*[-\u2013]\s*(?<q>\d{1,5}))?", Options)]
    private static partial Regex PinpointPage();

    [GeneratedRegex(@"^\s*,?\s*(?:and\s+)?(?:n\.|nn\.|note)\s*(?<n>\d{1,3})", Options)]
    private static partial Regex PinpointNote();

    private readonly Dictionary<int, (int First, int Last)> pages = [];
    private readonly Dictionary<int, int> footnotes = [];

    public PageMap(SourceDocument document, IEnumerable<Paragraph> paragraphs)
    {
        if (document.Form != InputForm.Raw)
        {
            return;
        }
        int? volume = null;
        var current = 0;
        foreach (var paragraph in paragraphs.OrderBy(p => p.Span.Start))
        {
            // both a page marker and a footnote label open on "[": a paragraph without one is not searched; one with
            // one is searched in place (the patterns read the paragraph as their whole input), not copied
            var chars = document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length);
            var bracketed = chars.Contains('[');
            var marks = new List<int>();
            for (var match = bracketed ? Marker().Match(document.Text, paragraph.Span.Start, paragraph.Span.Length) : Match.Empty;
                match.Success; match = match.NextMatch())
            {
                var v = Number(match.Groups["volume"].Value);
                volume ??= v;
                if (v != volume)
                {
                    continue;
                }
                if (FirstPage == 0)
                {
                    FirstPage = Number(match.Groups["first"].Value);
                    current = FirstPage;
                }
                marks.Add(Number(match.Groups["page"].Value));
            }
            LastPage = Math.Max(LastPage, marks.DefaultIfEmpty(0).Max());
            var label = bracketed && FootnoteWord.MayMatch(chars)
                ? FootnoteLabel().Match(document.Text, paragraph.Span.Start, paragraph.Span.Length) : Match.Empty;
            if (paragraph.IsFootnote || label.Success)
            {
                if (label.Success)
                {
                    footnotes[paragraph.Index] = Number(label.Groups["n"].Value);
                }
                if (marks.Count > 0)
                {
                    pages[paragraph.Index] = (marks.Min() - 1, marks.Max());
                }
                continue;
            }
            if (current > 0)
            {
                var start = current;
                current = marks.Count > 0 ? marks[^1] : current;
                pages[paragraph.Index] = (start, Math.Max(start, current));
            }
        }
    }

    /// <summary>First page of the decision in its report (0 when unknown).</summary>
    public int FirstPage { get; }

    /// <summary>Last page marked in the text (0 when unknown).</summary>
    public int LastPage { get; }

    public bool Known => FirstPage > 0 && LastPage >= FirstPage;

    /// <summary>The pages and footnote numbers an "ante"/"post" pinpoint names, read from the text after it.</summary>
    public static (IReadOnlyList<int> Pages, IReadOnlyList<int> Notes) Pinpoint(string after, bool noteOnly)
    {
        var found = new List<int>();
        var notes = new List<int>();
        var rest = after;
        for (var i = 0; i < 8 && rest.Length > 0; i++)
        {
            var note = (noteOnly && i == 0 ? PinpointPage() : PinpointNote()).Match(rest);
            if (note.Success && (noteOnly && i == 0 || note.Groups["n"].Success))
            {
                notes.Add(Number(noteOnly && i == 0 ? note.Groups["p"].Value : note.Groups["n"].Value));
                rest = rest[note.Length..];
                continue;
            }
            var page = PinpointPage().Match(rest);
            if (!page.Success)
            {
                break;
            }
            var p = Number(page.Groups["p"].Value);
            var q = page.Groups["q"].Success ? Number(page.Groups["q"].Value) : p;
            if (q < p && page.Groups["q"].Value.Length < page.Groups["p"].Value.Length)
            {
                // "818-19": the short form of the last page
                var digits = page.Groups["q"].Value.Length;
                var scale = (int)Math.Pow(10, digits);
                q = p / scale * scale + q;
            }
            for (var x = p; x <= Math.Min(q, p + 20); x++)
            {
                found.Add(x);
            }
            rest = rest[page.Length..];
        }
        return (found, notes);
    }

    /// <summary>Whether a pinpoint's pages all lie outside this decision (another case of the same volume).</summary>
    public bool Outside(IReadOnlyList<int> citedPages) =>
        Known && citedPages.Count > 0 && citedPages.All(p => p < FirstPage || p > LastPage + 1);

    /// <summary>Whether the paragraph is one of the footnotes named.</summary>
    public bool IsNote(int paragraph, IReadOnlyList<int> notes) =>
        notes.Count > 0 && footnotes.TryGetValue(paragraph, out var number) && notes.Contains(number);

    /// <summary>Whether the paragraph (not a footnote) lies on one of the pages named.</summary>
    public bool OnPage(int paragraph, IReadOnlyList<int> citedPages) =>
        !footnotes.ContainsKey(paragraph) && pages.TryGetValue(paragraph, out var range) && citedPages.Any(p => p >= range.First && p <= range.Last);

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
