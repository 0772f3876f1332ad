using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>The decided case from the first-line header of the corpus layout ("United States Supreme Court
/// TERRY v. OHIO, (1986) No. 84-1586 ..." or its normalized form "united states supreme court terry
/// ohio,no."): its label, its distinctive words (so the case never cites itself) and where the body starts.</summary>
internal static partial class DecisionHeaderReader
{
    [GeneratedRegex(@"^\s{0,8}United States Supreme Court (?<title>[^\r\n]{2,200}?),\s{0,3}\(\d{4}\)")]
    private static partial Regex RawHeader();

    [GeneratedRegex(@"^\s{0,8}united states supreme court (?<title>[a-z' .]{2,200}?),")]
    private static partial Regex NormalizedHeader();

    public sealed record Header(int BodyStart, string? Label, IReadOnlySet<string> Words);

    public static Header Read(string text, InputForm form, string? titleHint = null)
    {
        var firstLineEnd = text.IndexOf('\n');
        var firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        string? label = null;
        var bodyStart = 0;
        if (form == InputForm.Raw && RawHeader().Match(firstLine) is { Success: true } raw)
        {
            label = CaseLabelFormatter.FromRaw(raw.Groups["title"].Value);
            bodyStart = firstLineEnd < 0 ? text.Length : firstLineEnd + 1;
        }
        else if (form == InputForm.Normalized && NormalizedHeader().Match(firstLine) is { Success: true } normalized)
        {
            var words = normalized.Groups["title"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            label = CaseLabelFormatter.FromWords(words, CaseLabelFormatter.SplitIndex(words));
            bodyStart = firstLineEnd < 0 ? text.Length : firstLineEnd + 1;
        }
        label ??= titleHint;
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (label is not null)
        {
            foreach (var word in CaseNameForms.DistinctiveWords(label))
            {
                set.Add(word);
            }
        }
        return new Header(bodyStart, label, set);
    }
}
