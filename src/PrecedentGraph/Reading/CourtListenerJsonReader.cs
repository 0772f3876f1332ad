using System.Text;
using System.Text.Json;
using PrecedentGraph.Model;

namespace PrecedentGraph.Reading;

/// <summary>Reads a CourtListener opinion (or cluster) JSON: the text from <c>plain_text</c>, else from
/// <c>html_with_citations</c>, <c>html</c>, <c>html_lawbox</c>, <c>html_columbia</c> or <c>xml_harvard</c> (through the
/// HTML reader); <c>case_name</c> and <c>date_filed</c> (at any depth, e.g. in a nested cluster) as hints. Every text
/// character maps back to its offset in the JSON input.</summary>
public static class CourtListenerJsonReader
{
    private static readonly string[] TextFields = ["plain_text", "html_with_citations", "html", "html_lawbox", "html_columbia", "xml_harvard", "html_anon_2020"];

    private static readonly string[] TitleFields = ["case_name", "case_name_full", "caseName", "case_name_short"];

    /// <summary>True when the text is a JSON object that carries one of the opinion text fields.</summary>
    public static bool Looks(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        if (start >= text.Length || text[start] != '{')
        {
            return false;
        }
        var head = text.Length - start > 1_000_000 ? text.Substring(start, 1_000_000) : text[start..];
        return TextFields.Any(f => head.Contains("\"" + f + "\"", StringComparison.Ordinal));
    }

    public static JsonText Read(string json, string path, List<Diagnostic> diagnostics)
    {
        try
        {
            using var _ = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"not valid JSON (line {(e.LineNumber ?? 0) + 1}): {e.Message.Split('.')[0]}");
        }
        var strings = JsonStringScanner.Scan(json);
        string? title = null, date = null;
        foreach (var field in TitleFields)
        {
            title ??= strings.FirstOrDefault(s => s.Key == field && s.Value.Trim().Length > 0)?.Value.Trim();
        }
        date = strings.FirstOrDefault(s => s.Key == "date_filed" && s.Value.Trim().Length > 0)?.Value.Trim();
        foreach (var field in TextFields)
        {
            var value = strings.FirstOrDefault(s => s.Key == field && s.Value.Trim().Length > 0);
            if (value is null)
            {
                continue;
            }
            if (field == "plain_text")
            {
                return new JsonText(value.Value, value.Offsets, title, date, "plain_text");
            }
            var html = HtmlReader.Read(value.Value);
            var offsets = new int[html.Offsets.Count];
            for (var i = 0; i < offsets.Length; i++)
            {
                var inner = html.Offsets[i];
                offsets[i] = inner < value.Offsets.Count ? value.Offsets[inner] : value.End;
            }
            return new JsonText(html.Text, offsets, title ?? html.Title, date, field);
        }
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "json", $"{path}: no opinion text field ({string.Join(", ", TextFields)})"));
        return new JsonText("", [], title, date, "");
    }
}
