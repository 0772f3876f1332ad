using System.Text.RegularExpressions;

namespace PrecedentGraph.Segmentation;

/// <summary>Finds the opinions that have no header but a line-up entry: a short separate statement set as a plain
/// paragraph ("MR. JUSTICE WHITE also dissents, substantially for the reasons stated by ...", "MR. JUSTICE BRENNAN and
/// MR. JUSTICE MARSHALL believe that ..."), or a header run into the body whose case normalization erased
/// ("justice stevens,with whom justice souter joins,in my view,a plan ..."). Self-consistency is the gate: only a justice the line-up says filed an
/// opinion, and whom no header names, is looked for, and only after the first opinion's header.</summary>
internal static partial class StatementFinder
{
    private const int MaxLength = 2500;

    [GeneratedRegex(@"^(?:mr\.?\s*)?(?:chief\s+)?justice\s+(?<name>" + OpinionHeaderFinder.Name + @")(?:\s*,?\s*and\s+(?:mr\.?\s*)?(?:chief\s+)?justice\s+\p{L}[\p{L}'\u2019\-]*)*(?:\s*,\s*with\s+whom\s+[^.]{1,120}?\bjoins?\s*,\s*(?=\p{L})|\s*,?\s+(?:also\s+)?(?:dissents?|concurs?|believes?|agrees?|joins?|adheres?|would\s+(?:affirm|reverse|vacate|dismiss|remand|deny|grant)|(?:is|are)\s+of\s+the\s+(?:view|opinion))\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatementPattern();

    /// <summary>Headers for the statements of line-up authors that no header in <paramref name="headers"/> names,
    /// merged into the list in paragraph order.</summary>
    public static List<(int Paragraph, OpinionHeader Header)> AddStatements(List<(int Paragraph, OpinionHeader Header)> headers,
        Lineup lineup, IReadOnlyList<string> texts)
    {
        var named = new HashSet<string>(headers.Where(h => h.Header.Author is not null).Select(h => JusticeNames.Letters(h.Header.Author!)), StringComparer.Ordinal);
        var wanted = lineup.Entries.Where(e => e.Author is not null && e.Kind is not (Model.OpinionKind.Majority or Model.OpinionKind.Plurality)
                                               && !named.Contains(JusticeNames.Letters(e.Author)))
            .ToList();
        var firstFull = headers.FindIndex(h => h.Header.Strength == HeaderStrength.Full);
        if (wanted.Count == 0 || firstFull < 0)
        {
            return headers;
        }
        var result = new List<(int Paragraph, OpinionHeader Header)>(headers);
        for (var i = headers[firstFull].Paragraph + 1; i < texts.Count && wanted.Count > 0; i++)
        {
            var text = texts[i];
            if (text.Length > MaxLength || text.Length < 12 || !(text[0] is 'M' or 'm' or 'J' or 'j' or 'C' or 'c')
                || StatementPattern().Match(text) is not { Success: true } match)
            {
                continue;
            }
            var letters = JusticeNames.Letters(match.Groups["name"].Value);
            var entry = wanted.FindIndex(e => JusticeNames.Letters(e.Author!) == letters);
            if (entry < 0)
            {
                continue;
            }
            var found = wanted[entry];
            wanted.RemoveAt(entry);
            result.Add((i, new OpinionHeader(HeaderStrength.Full, found.Author, false, found.Kind, found.InJudgment, [], [], false) { IsStatement = true }));
        }
        return result.OrderBy(h => h.Paragraph).ToList();
    }

    /// <summary>A statement set between the Court's text and the Court's footnotes ("MR. JUSTICE WHITE also dissents
    /// ..." then "[ Footnote 1 ] ..."): the footnotes after it go back to the opinion before it, outside that opinion's
    /// span, as late footnotes do.</summary>
    public static void GiveBackFootnotes(List<Model.Opinion> opinions, int statement)
    {
        var opinion = opinions[statement];
        if (statement < 1 || opinions[statement - 1].Kind == Model.OpinionKind.Syllabus || opinion.Paragraphs.Count < 2
            || !opinion.Paragraphs.Skip(1).All(p => p.IsFootnote))
        {
            return;
        }
        var before = opinions[statement - 1];
        opinions[statement - 1] = before with { Paragraphs = [.. before.Paragraphs, .. opinion.Paragraphs.Skip(1)] };
        opinions[statement] = opinion with { Paragraphs = [opinion.Paragraphs[0]], Span = opinion.Paragraphs[0].Span };
    }
}
