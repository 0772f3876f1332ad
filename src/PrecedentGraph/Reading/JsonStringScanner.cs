using System.Globalization;
using System.Text;

namespace PrecedentGraph.Reading;

/// <summary>Finds every "key": "string value" pair of a JSON text (at any depth) and unescapes the value, keeping for
/// each of its characters the offset in the JSON text. Linear; meant for text already validated as JSON.</summary>
internal static class JsonStringScanner
{
    internal sealed record JsonString(string Key, string Value, IReadOnlyList<int> Offsets, int End);

    public static List<JsonString> Scan(string json)
    {
        var result = new List<JsonString>();
        string? lastString = null;
        var i = 0;
        while (i < json.Length)
        {
            var c = json[i];
            if (c != '"')
            {
                if (c == ':' && lastString is not null)
                {
                    var j = i + 1;
                    while (j < json.Length && char.IsWhiteSpace(json[j]))
                    {
                        j++;
                    }
                    if (j < json.Length && json[j] == '"')
                    {
                        var (value, offsets, end) = ReadString(json, j);
                        result.Add(new JsonString(lastString, value, offsets, end));
                        i = end;
                        lastString = null;
                        continue;
                    }
                }
                if (!char.IsWhiteSpace(c))
                {
                    lastString = null;
                }
                i++;
                continue;
            }
            var (text, _, after) = ReadString(json, i, keepOffsets: false);
            lastString = text;
            i = after;
        }
        return result;
    }

    /// <summary>The string literal starting at <paramref name="quote"/>: its value, offsets, and the index after it.</summary>
    private static (string Value, List<int> Offsets, int End) ReadString(string json, int quote, bool keepOffsets = true)
    {
        var builder = new StringBuilder();
        var offsets = keepOffsets ? new List<int>() : [];
        var i = quote + 1;
        while (i < json.Length && json[i] != '"')
        {
            var start = i;
            var c = json[i];
            if (c == '\\' && i + 1 < json.Length)
            {
                var e = json[i + 1];
                i += 2;
                switch (e)
                {
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case 't': c = '\t'; break;
                    case 'b': c = '\b'; break;
                    case 'f': c = '\f'; break;
                    case 'u' when i + 4 <= json.Length && int.TryParse(json.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                        c = (char)code;
                        i += 4;
                        break;
                    default: c = e; break;
                }
            }
            else
            {
                i++;
            }
            builder.Append(c);
            if (keepOffsets)
            {
                offsets.Add(start);
            }
        }
        return (builder.ToString(), offsets, Math.Min(i + 1, json.Length));
    }
}
