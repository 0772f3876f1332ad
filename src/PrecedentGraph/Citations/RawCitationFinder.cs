using System.Globalization;
using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>Finds case citations in raw opinion text: full citations with parallel cites, pin cites and
/// court/year parentheticals, short forms ("475 U. S., at 341"), "supra", "Id."/"Ibid.", and record
/// citations (App., Brief for, Tr. of Oral Arg.) that "Id." may point to. Page markers ("[475 U.S. 335, 336]")
/// are blanked before reading.</summary>
internal static partial class RawCitationFinder
{
    private const string Reporter = ReporterCatalog.Pattern;

    [GeneratedRegex(@"\[\s?\d{1,4} U\.\s?S\.\s\d{1,5}\s?, \d{1,5}\s?\]")]
    private static partial Regex PageMarker();

    // The volume may stand before a blanked page marker ("In re Doe, 70 [401 U.S. 715, 736]   Ohio St. 25"): a run
    // of spaces that long is what blanking leaves, never prose.
    [GeneratedRegex(@"(?<![\w.])(?<vol>\d{1,4})(?:\s{1,4}|[ \u00a0]{5,30})(?<rep>" + Reporter + @")(?:(?<comma>,)\s{1,3}(?<page>\d{1,5})(?![\w])(?!\s{1,3}[A-Z])|\s{0,3}(?<page>\d{1,5}|_{2,12}|-{3,12})(?![\w]))")]
    private static partial Regex FullCitation();

    [GeneratedRegex(@"\G,\s{0,4}(?<vol>\d{1,4})\s{1,4}(?<rep>" + Reporter + @")\s{0,3}(?<page>\d{1,5}|_{2,12})(?![\w])")]
    private static partial Regex ParallelCitation();

    [GeneratedRegex(@"\G,\s{0,4}(?<pin>\d{1,5}(?:\s?[-\u2013]\s?\d{1,5})?)(?![\w.])")]
    private static partial Regex PinCite();

    [GeneratedRegex(@"\G\s{0,4},?\s{0,4}nn?\.\s?\d{1,4}(?:\s?[-\u2013]\s?\d{1,4})?")]
    private static partial Regex NoteCite();

    [GeneratedRegex(@"\G\s{0,4}\((?<paren>[^()\n]{0,100})\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"(?<court>.*?)\s?(?<year>1[6-9]\d\d|20\d\d)$")]
    private static partial Regex CourtYear();

    [GeneratedRegex(@"slip op\.,?\s?at\s?(?<pin>\d{1,4})")]
    private static partial Regex SlipPin();

    [GeneratedRegex(@"(?<![\w.])(?<vol>\d{1,4})\s{1,4}(?<rep>" + Reporter + @"),?\s{0,3}at\s{1,3}(?<pin>\d{1,5}(?:\s?[-\u2013]\s?\d{1,5})?)")]
    private static partial Regex ShortCitation();

    [GeneratedRegex(@",\s{1,3}supra\b(?:,\s{0,3}at\s{1,3}(?<pin>\d{1,5}))?")]
    private static partial Regex Supra();

    [GeneratedRegex(@",\s{1,3}(?:ante|post),\s{1,3}(?:pp?\.\s{0,2}|at\s{1,3})(?<page>\d{1,5})")]
    private static partial Regex SameTermCitation();

    [GeneratedRegex(@"(?<![A-Za-z])(?:Id\.|id\.|Ibid\.|ibid\.)(?:,?\s{0,3}at\s{1,3}(?<pin>\d{1,5}))?")]
    private static partial Regex IdCitation();

    [GeneratedRegex(@"\b(?:App\.(?: to Pet\. for Cert\.)? \d{1,4}|Brief for (?:the )?[A-Z][a-z]{1,20}|Tr\. of Oral Arg\. \d{1,4}|Pet\. for Cert\. \d{1,4}|Record,? \d{1,4})")]
    private static partial Regex RecordCitation();

    /// <summary>The text with page markers and the header before <paramref name="bodyStart"/> replaced by spaces (same
    /// length, so spans hold), made in one copy of the text.</summary>
    public static string BlankPageMarkers(string text, int bodyStart = 0) =>
        string.Create(text.Length, (text, bodyStart), static (buffer, state) =>
        {
            state.text.AsSpan().CopyTo(buffer);
            foreach (var marker in PageMarker().EnumerateMatches(state.text))
            {
                buffer.Slice(marker.Index, marker.Length).Fill(' ');
            }
            buffer[..Math.Min(state.bodyStart, buffer.Length)].Fill(' ');
        });

    public static void Find(string text, List<CaseMention> mentions, List<TextSpan> records)
    {
        var taken = new List<TextSpan>();
        foreach (Match match in FullCitation().Matches(text))
        {
            if (ReporterCatalog.IsStatuteOrRecord(match.Groups["rep"].Value) || Inside(taken, match.Index))
            {
                continue;
            }
            var reporters = new List<ReporterCitation> { Citation(match) };
            string? pin = null, court = null;
            int? year = null;
            var end = match.Index + match.Length;
            for (var step = 0; step < 10; step++)
            {
                Match next;
                if ((next = ParallelCitation().Match(text, end)).Success && !ReporterCatalog.IsStatuteOrRecord(next.Groups["rep"].Value))
                {
                    reporters.Add(Citation(next));
                }
                else if ((next = PinCite().Match(text, end)).Success)
                {
                    pin ??= next.Groups["pin"].Value.Replace(" ", "", StringComparison.Ordinal);
                }
                else if ((next = NoteCite().Match(text, end)).Success)
                {
                }
                else if ((next = Parenthetical().Match(text, end)).Success && year is null)
                {
                    var paren = next.Groups["paren"].Value.Trim();
                    var courtYear = CourtYear().Match(paren);
                    if (courtYear.Success)
                    {
                        year = int.Parse(courtYear.Groups["year"].Value, CultureInfo.InvariantCulture);
                        var courtText = courtYear.Groups["court"].Value.Trim().TrimEnd(',');
                        court = courtText.Length == 0 ? null : courtText;
                    }
                    else if (SlipPin().Match(paren) is { Success: true } slip)
                    {
                        pin = "slip op., at " + slip.Groups["pin"].Value;
                    }
                    else
                    {
                        break;
                    }
                }
                else if ((next = Parenthetical().Match(text, end)).Success && SlipPin().Match(next.Groups["paren"].Value) is { Success: true } slipAfter)
                {
                    pin = "slip op., at " + slipAfter.Groups["pin"].Value;
                }
                else
                {
                    break;
                }
                end = next.Index + next.Length;
            }
            var nameSpan = NameBefore(text, match.Index, requireVersus: true);
            if (nameSpan is null && !match.Groups["comma"].Success && !ReporterCatalog.IsBare(match.Groups["rep"].Value))
            {
                // "See Tennessee Packers, Inc., 124 N. L. R. B. 1117": a case named by one party or a title
                nameSpan = RawOnePartyNameReader.Find(text, match.Index, match.Groups["rep"].Value);
            }
            if (nameSpan is null && (match.Groups["comma"].Success || ReporterCatalog.IsBare(match.Groups["rep"].Value)))
            {
                continue; // "6 Cranch, 87" or "63 Iowa 214" counts only after a case name
            }
            var startAt = nameSpan?.Start ?? match.Index;
            var span = TextSpan.FromBounds(startAt, end);
            taken.Add(span);
            mentions.Add(new CaseMention(0, CitationForm.Full, span, nameSpan, nameSpan is { } n ? Clean(text, n) : null,
                reporters, pin, court, year, nameSpan is { } s ? SignalBefore(text, s.Start) : SignalBefore(text, match.Index)));
        }

        foreach (Match match in ShortCitation().Matches(text))
        {
            if (ReporterCatalog.IsStatuteOrRecord(match.Groups["rep"].Value) || Inside(taken, match.Index))
            {
                continue;
            }
            var nameSpan = NameBefore(text, match.Index, requireVersus: false);
            var span = TextSpan.FromBounds(nameSpan?.Start ?? match.Index, match.Index + match.Length);
            taken.Add(span);
            mentions.Add(new CaseMention(0, CitationForm.Short, span, nameSpan, nameSpan is { } n ? Clean(text, n) : null,
                [Citation(match)], match.Groups["pin"].Value.Replace(" ", "", StringComparison.Ordinal), null, null, SignalBefore(text, span.Start)));
        }

        foreach (Match match in Supra().Matches(text))
        {
            var nameSpan = RawCaseNameParser.FindNameBefore(text, match.Index, requireVersus: false);
            if (nameSpan is not { } n || Inside(taken, match.Index))
            {
                continue;
            }
            var name = Clean(text, n);
            if (name.StartsWith("n.", StringComparison.Ordinal) || name.StartsWith("Part", StringComparison.Ordinal) || name.Length < 2)
            {
                continue;
            }
            var span = TextSpan.FromBounds(n.Start, match.Index + match.Length);
            taken.Add(span);
            mentions.Add(new CaseMention(0, CitationForm.Supra, span, n, name, [],
                match.Groups["pin"].Success ? match.Groups["pin"].Value : null, null, null, SignalBefore(text, n.Start)));
        }

        // "Nixon v. Madison, ante, p. 731", "Doe v. Roe, post, at 561": a decision of the same Term, cited by name and page.
        foreach (Match match in SameTermCitation().Matches(text))
        {
            if (RawCaseNameParser.FindNameBefore(text, match.Index, requireVersus: true) is { } n && !Inside(taken, match.Index))
            {
                var span = TextSpan.FromBounds(n.Start, match.Index + match.Length);
                taken.Add(span);
                mentions.Add(new CaseMention(0, CitationForm.Full, span, n, Clean(text, n), [], null, null, null, SignalBefore(text, n.Start)));
            }
        }

        foreach (Match match in IdCitation().Matches(text))
        {
            if (Inside(taken, match.Index))
            {
                continue;
            }
            mentions.Add(new CaseMention(0, CitationForm.Id, new TextSpan(match.Index, match.Length), null, null, [],
                match.Groups["pin"].Success ? match.Groups["pin"].Value : null, null, null, SignalBefore(text, match.Index)));
        }

        foreach (Match match in RecordCitation().Matches(text))
        {
            records.Add(new TextSpan(match.Index, match.Length));
        }
    }

    private static TextSpan? NameBefore(string text, int citationStart, bool requireVersus)
    {
        var comma = citationStart - 1;
        while (comma >= 0 && (char.IsWhiteSpace(text[comma]) || text[comma] == '['))
        {
            comma--; // "Doe v. Roe, [ 455 U.S. 509 ,] 543": a citation bracketed in a quotation
        }
        if (comma < 0)
        {
            return null;
        }
        if (text[comma] != ',')
        {
            // "Doe v. Roe 12 U.S. 3": the comma left out; only a name with "v." counts
            return requireVersus && (char.IsLetter(text[comma]) || text[comma] == '.') ? RawCaseNameParser.FindNameBefore(text, comma + 1, true) : null;
        }
        if (CircuitBefore(text, comma) is { } circuitComma)
        {
            comma = circuitComma; // "Doe v. Roe, 2 Cir., 151 F.2d 813": the circuit before the volume
        }
        return RawCaseNameParser.FindNameBefore(text, comma, requireVersus);
    }

    /// <summary>The comma before "2 Cir.," or "9 Cir.," that ends at <paramref name="comma"/>, or null.</summary>
    private static int? CircuitBefore(string text, int comma)
    {
        var from = Math.Max(0, comma - 12);
        var window = text.AsSpan(from, comma - from);
        var at = window.LastIndexOf(',');
        if (at < 0)
        {
            return null;
        }
        var between = window[(at + 1)..].Trim();
        return between.Length is >= 5 and <= 9 && char.IsDigit(between[0]) && between.EndsWith("Cir.", StringComparison.Ordinal) ? from + at : null;
    }

    private static ReporterCitation Citation(Match match) =>
        new(match.Groups["vol"].Value, ReporterCatalog.Canonical(match.Groups["rep"].Value), match.Groups["page"].Value);

    private static bool Inside(List<TextSpan> taken, int position)
    {
        // Spans are added in text order per pass; a linear check of the last few suffices.
        for (var i = taken.Count - 1; i >= 0 && i >= taken.Count - 4; i--)
        {
            if (taken[i].Contains(position))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The name with white space collapsed.</summary>
    public static string Clean(string text, TextSpan span)
    {
        // as string.Join(' ', Split([' ', '\t', '\r', '\n', '\u00a0'], RemoveEmptyEntries)), without the pieces
        var source = text.AsSpan(span.Start, span.Length);
        var buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        var length = 0;
        var gap = false;
        foreach (var c in source)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\u00a0')
            {
                gap = length > 0;
                continue;
            }
            if (gap)
            {
                buffer[length++] = ' ';
                gap = false;
            }
            buffer[length++] = c;
        }
        return length == source.Length ? text.Substring(span.Start, span.Length) : new string(buffer[..length]);
    }

    private static readonly string[] SignalWords =
    [
        "but see", "but cf.", "see also", "see, e.g.,", "see generally", "see", "cf.", "contra", "quoting", "accord",
        "compare", "citing", "e.g.,", "quoted in", "cited in",
    ];

    /// <summary>The signal just before a citation ("See also", "quoting"), lowercase, or null.</summary>
    public static string? SignalBefore(string text, int start)
    {
        var from = Math.Max(0, start - 16);
        var window = text.AsSpan(from, start - from).TrimEnd().TrimEnd(',').TrimEnd();
        foreach (var signal in SignalWords)
        {
            if (window.EndsWith(signal, StringComparison.OrdinalIgnoreCase)
                && (window.Length == signal.Length || !char.IsLetter(window[window.Length - signal.Length - 1])))
            {
                return signal.TrimEnd(',');
            }
        }
        return null;
    }
}
