using System.Globalization;
using System.Text;

namespace PrecedentGraph.Rendering;

/// <summary>Writes any text as a DOT double-quoted string that Graphviz shows literally. Backslashes double
/// (so a trailing one cannot escape the closing quote, and "\N" stays text), quotes become \", line breaks
/// become the centred break \n, "&amp;" and "&lt;" become entities (Graphviz decodes entities in labels),
/// and everything else outside printable ASCII becomes a numeric entity (beyond the Basic Multilingual Plane,
/// which Graphviz cannot decode, the character itself in UTF-8).
/// Control characters are dropped to spaces. Graphviz refuses a quoted string longer than 16384 bytes, so longer
/// text is cut, with an ellipsis, to fit.</summary>
internal static class DotEscaper
{
    /// <summary>The longest quoted string written, in UTF-8 bytes (Graphviz's scanner stops at 16384).</summary>
    public const int MaxQuotedBytes = 16000;

    public static string Quote(string? text)
    {
        var clean = LabelText.Clean(text, keepLines: true);
        var quoted = Escape(clean);
        if (Encoding.UTF8.GetByteCount(quoted) <= MaxQuotedBytes)
        {
            return quoted;
        }
        // An escaped character takes at most 8 bytes ("&#65533;"), so this many always fit.
        var cut = clean[..(MaxQuotedBytes / 9)];
        return Escape((char.IsHighSurrogate(cut[^1]) ? cut[..^1] : cut) + LabelText.Ellipsis);
    }

    private static string Escape(string clean)
    {
        var builder = new StringBuilder(clean.Length + 2);
        builder.Append('"');
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    if (c is >= ' ' and <= '~')
                    {
                        builder.Append(c);
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < clean.Length)
                    {
                        // Graphviz decodes numeric entities only inside the Basic Multilingual Plane:
                        // characters beyond it go in as UTF-8 (the graph declares charset UTF-8).
                        builder.Append(c).Append(clean[i + 1]);
                        i++;
                    }
                    else
                    {
                        builder.Append("&#").Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
                    }
                    break;
            }
        }
        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>Lines joined with centred DOT breaks, each line escaped.</summary>
    public static string QuoteLines(IEnumerable<string> lines) => Quote(string.Join("\n", lines));
}
