using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Segmentation;

/// <summary>Splits a decision into its syllabus and its opinions, each with its kind, author, joiners, span,
/// paragraphs and footnotes. Reads the line-up paragraph of the syllabus and each opinion's header, in raw and in
/// normalized text. Linear in the text; junk gives a partial result and diagnostics, never an exception.</summary>
public sealed partial class OpinionSegmenter
{
    private const int RunningHeadReach = 30;

    [GeneratedRegex(@"^(?<names>(?:mr\.?\s*|the\s+)?(?:chief\s+)?justice\b.{1,200}?)\s*,?\s*(?:took\s+no\s+part|did\s+not\s+participate)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoPartPattern();

    private static readonly Regex NoPart = NoPartPattern();

    // raw "U.S. Supreme Court No. 96-7171 RANDY ..."; normalized "supreme court no.randy ..."
    [GeneratedRegex(@"^(?:u\.\s?s\.\s*)?supreme\s+court\s+nos?\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageHeadPattern();

    private static readonly Regex PageHead = PageHeadPattern();

    [GeneratedRegex(@"\bthe\s+chief\s+justice\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChiefMention();

    public SegmentationResult Segment(SourceDocument document)
    {
        var text = document.Text;
        var diagnostics = new List<Diagnostic>();
        var spans = ParagraphSpans(text);
        var texts = spans.Select(s => text.Substring(s.Start, s.Length)).ToList();

        var firstBody = spans.Count > 0 && CaptionFinder.IsCaption(texts[0]) ? 1 : 0;
        var decision = CaptionFinder.Find(document, firstBody == 1 ? texts[0] : null, text);
        var lineups = new LineupParagraphs(texts);
        var chief = ChiefFinder.Find(lineups);
        var headers = Headers(texts, firstBody, chief);
        var lineup = FindLineup(lineups, firstBody, LineupLimit(headers, texts.Count, firstBody), chief, out var lineupParagraph);
        if (chief is null && ChiefMention().IsMatch(text))
        {
            // "in which THE CHIEF JUSTICE ... join" where the text never names him: the chief the named justices sat under
            var bench = headers.SelectMany(h => h.Header.JoinedBy.Prepend(h.Header.Author ?? ""))
                .Concat(lineup.Entries.SelectMany(e => e.JoinedBy.Prepend(e.Author ?? "")));
            var associates = headers.Where(h => h.Header is { Strength: HeaderStrength.Full, AuthorIsChief: false, Author: not null })
                .Select(h => h.Header.Author!);
            chief = JusticeTenures.ChiefOf(bench, When(decision.Date), associates);
            if (chief is not null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "segmentation.chief-by-bench", $"THE CHIEF JUSTICE taken as {chief} (the chief of the named justices)"));
                headers = Headers(texts, firstBody, chief);
                lineup = FindLineup(lineups, firstBody, LineupLimit(headers, texts.Count, firstBody), chief, out lineupParagraph);
            }
        }
        var notParticipating = new List<string>(lineup.NotParticipating);
        for (var i = firstBody; i < texts.Count; i++)
        {
            // "JUSTICE KAGAN took no part in the consideration or decision of this case."
            if (texts[i].Length <= 300 && NoPart.Match(texts[i]) is { Success: true } noPart)
            {
                notParticipating.AddRange(JusticeNames.ParseList(noPart.Groups["names"].Value, chief).Where(n => !notParticipating.Contains(n)));
            }
        }
        foreach (var absent in notParticipating)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "segmentation.no-part", $"{absent} took no part"));
        }

        headers = LostHeaderFinder.KeepNameable(headers, lineup);
        if (lineup.Entries.Count > 0)
        {
            headers = StatementFinder.AddStatements(headers, lineup, texts);
        }
        var starts = OpinionStarts(headers, lineupParagraph);
        var builder = new OpinionBuilder(lineup, chief, texts, spans);
        var opinions = new List<Opinion>();
        var firstStart = starts.Count > 0 ? starts[0].Start : -1;
        if (starts.Count == 0)
        {
            // no header: the rest of the text after the line-up (or the whole body) is one opinion
            firstStart = lineupParagraph >= 0 ? lineupParagraph + 1 : firstBody;
            var entry = lineup.Entries.Count > 0 ? lineup.Entries[0] : null;
            var header = new OpinionHeader(HeaderStrength.Bare, entry?.Author, false, entry?.Kind ?? OpinionKind.Majority,
                entry?.InJudgment ?? false, [], [], false);
            if (firstStart < texts.Count)
            {
                starts.Add((firstStart, firstStart, header));
            }
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "segmentation.no-header",
                entry is null ? "no opinion header or line-up found; the text is read as one opinion"
                              : "no opinion header found; the text after the line-up is read as its first opinion"));
        }
        if (firstStart > firstBody && BeforePageHeads(texts, firstStart - 1, firstBody) is var syllabusEnd && syllabusEnd >= firstBody)
        {
            opinions.Add(builder.Syllabus(firstBody, syllabusEnd));
        }
        for (var s = 0; s < starts.Count; s++)
        {
            var last = s + 1 < starts.Count ? BeforePageHeads(texts, starts[s + 1].Start - 1, starts[s].Start) : texts.Count - 1;
            opinions.Add(builder.Build(opinions.Count, starts[s].Start, last, starts[s].Header, diagnostics));
            if (starts[s].Header.IsStatement && s + 1 < starts.Count)
            {
                // (after the last opinion the footnotes may be every opinion's: the late-footnote resolver shares them)
                StatementFinder.GiveBackFootnotes(opinions, opinions.Count - 1);
            }
        }
        opinions = LateFootnoteResolver.Resolve(opinions, texts, diagnostics);

        var paragraphs = new List<Paragraph>(spans.Count);
        var footnote = new bool[spans.Count];
        foreach (var opinion in opinions)
        {
            foreach (var paragraph in opinion.Paragraphs)
            {
                footnote[paragraph.Index] = paragraph.IsFootnote;
            }
        }
        for (var i = 0; i < spans.Count; i++)
        {
            paragraphs.Add(new Paragraph(i, spans[i], footnote[i]));
        }
        return new SegmentationResult(decision, opinions, paragraphs, diagnostics);
    }

    /// <summary>Where each opinion starts, and the header that says what it is. A running head ("Kennedy, J.,
    /// dissenting") followed closely by the full header of the same author starts that opinion; one that repeats the
    /// current opinion is a page head inside it.</summary>
    private static List<(int Start, int HeaderParagraph, OpinionHeader Header)> OpinionStarts(
        List<(int Paragraph, OpinionHeader Header)> headers, int lineupParagraph)
    {
        var starts = new List<(int Start, int HeaderParagraph, OpinionHeader Header)>();
        int? pending = null;
        for (var h = 0; h < headers.Count; h++)
        {
            var (paragraph, header) = headers[h];
            if (paragraph <= lineupParagraph && header.Strength != HeaderStrength.Full)
            {
                continue;
            }
            if (header.Strength != HeaderStrength.Full)
            {
                if (h + 1 < headers.Count && headers[h + 1].Header.Strength == HeaderStrength.Full
                    && headers[h + 1].Paragraph - paragraph <= RunningHeadReach && SameAuthor(header, headers[h + 1].Header))
                {
                    pending ??= paragraph;
                    continue;
                }
                if (starts.Count > 0 && header.Author is not null && starts[^1].Header.Author is { } current
                    && JusticeNames.Letters(header.Author) == JusticeNames.Letters(current) && (header.Kind is null || header.Kind == starts[^1].Header.Kind))
                {
                    continue;
                }
            }
            starts.Add((pending ?? paragraph, paragraph, header));
            pending = null;
        }
        return starts;
    }

    private static List<(int Paragraph, OpinionHeader Header)> Headers(List<string> texts, int firstBody, string? chief)
    {
        var headers = new List<(int Paragraph, OpinionHeader Header)>();
        for (var i = firstBody; i < texts.Count; i++)
        {
            if (OpinionHeaderFinder.Parse(texts[i], chief) is { } header)
            {
                headers.Add((i, header));
            }
            else if (texts[i].Length <= 3 && LostHeaderFinder.IsLostHeader(texts, i))
            {
                headers.Add((i, new OpinionHeader(HeaderStrength.Full, null, false, null, false, [], [], false) { AuthorLost = true }));
            }
        }
        return headers;
    }

    private static int LineupLimit(List<(int Paragraph, OpinionHeader Header)> headers, int count, int firstBody)
    {
        var firstFull = headers.FindIndex(h => h.Header.Strength == HeaderStrength.Full && !h.Header.AuthorLost);
        return firstFull >= 0 ? headers[firstFull].Paragraph : Math.Min(count, firstBody + 80);
    }

    /// <summary>"1974-06-25" as a year with a fraction (1974.48); null without a full date.</summary>
    private static double? When(string? date) =>
        date is { Length: 10 } && int.TryParse(date.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture, out var year)
        && int.TryParse(date.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture, out var month)
        && int.TryParse(date.AsSpan(8, 2), System.Globalization.CultureInfo.InvariantCulture, out var day)
            ? year + (month - 1) / 12.0 + (day - 1) / 365.0
            : null;

    /// <summary>The last paragraph at or before <paramref name="last"/> (and after <paramref name="floor"/>) that is
    /// not the page head FindLaw repeats before each opinion of its later decisions ("U.S. Supreme Court No. 96-7171
    /// RANDY G. SPENCER, PETITIONER v. MIKE KEMNA ..."): that head belongs to no opinion.</summary>
    private static int BeforePageHeads(List<string> texts, int last, int floor)
    {
        while (last > floor && texts[last].Length <= 1000 && PageHead.IsMatch(texts[last]))
        {
            last--;
        }
        return last;
    }

    private static bool SameAuthor(OpinionHeader a, OpinionHeader b) =>
        a.Author is null || b.Author is null || JusticeNames.Letters(a.Author) == JusticeNames.Letters(b.Author);

    private static Lineup FindLineup(LineupParagraphs lineups, int first, int limit, string? chief, out int paragraph)
    {
        paragraph = -1;
        var entries = new List<LineupEntry>();
        var absent = new List<string>();
        var texts = lineups.Texts;
        for (var i = first; i < limit && i < texts.Count; i++)
        {
            if (!lineups.IsLineup(i))
            {
                continue;
            }
            var lineup = LineupFinder.Read(texts[i], chief);
            if (lineup.Entries.Count == 0 && lineup.NotParticipating.Count == 0)
            {
                continue;
            }
            entries.AddRange(lineup.Entries);
            absent.AddRange(lineup.NotParticipating);
            paragraph = i;
        }
        return new Lineup(entries, absent.Distinct().ToList());
    }

    /// <summary>Paragraphs are lines (\n, \r\n or \r), trimmed; blank lines are skipped.</summary>
    internal static List<TextSpan> ParagraphSpans(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var next = text.AsSpan(i).IndexOfAny('\n', '\r');
            i = next < 0 ? text.Length : i + next;
            var s = start;
            var e = i;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }
            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }
            if (e > s)
            {
                spans.Add(TextSpan.FromBounds(s, e));
            }
            start = i + 1;
        }
        return spans;
    }
}
