using System.Text;
using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>Writes the edge list as CSV (RFC 4180: CRLF lines, fields with comma, quote or line break quoted,
/// quotes doubled). Text fields that a spreadsheet would run as a formula (leading = + - @, tab or carriage
/// return) get a leading apostrophe.</summary>
public static class CsvEdgeWriter
{
    public static string Write(DecisionGraph graph)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            labels.TryAdd(node.Id, node.Label);
        }
        var csv = new StringBuilder();
        Row(csv, ["source", "target", "relation", "source_label", "target_label", "count", "quoted", "cue", "evidence"], false);
        foreach (var edge in graph.Edges)
        {
            Row(csv,
            [
                edge.Source,
                edge.Target,
                edge.Relation,
                labels.GetValueOrDefault(edge.Source, ""),
                labels.GetValueOrDefault(edge.Target, ""),
                edge.Count is { } count ? InvariantNumber.Format(count) : "",
                edge.Quoted is { } quoted ? (quoted ? "true" : "false") : "",
                edge.Cue ?? "",
                edge.Evidence.Count > 0 ? edge.Evidence[0] : "",
            ], true);
        }
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, string[] fields, bool neutralize)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }
            csv.Append(Field(fields[i], neutralize));
        }
        csv.Append("\r\n");
    }

    /// <summary>One field, neutralized against formula injection and quoted where RFC 4180 requires.</summary>
    public static string Field(string value, bool neutralize = true)
    {
        var text = LabelText.Clean(value, keepLines: true);
        if (neutralize && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }
        var needsQuotes = text.IndexOfAny([',', '"', '\n', '\r']) >= 0 || text.StartsWith('\'') || text != text.Trim();
        return needsQuotes ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
