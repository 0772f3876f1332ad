using System.Text;

namespace PrecedentGraph.Reading;

/// <summary>HTML to text: tags stripped, character references decoded, block elements turned into paragraph breaks
/// (one paragraph per line, as in the plain-text layout), script/style/head dropped, white space collapsed except in
/// &lt;pre&gt;. Each text character keeps the offset of the input character it came from. Linear; broken markup
/// (an unclosed tag, a stray '&lt;') never throws.</summary>
public static class HtmlReader
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "pre",
        "section", "article", "header", "footer", "hr", "dd", "dt", "dl", "center", "body", "html", "main", "nav",
        "aside", "figure", "figcaption", "address", "opinion", "footnote", "footnotes", "footnote_body", "caption",
        "form", "fieldset", "tbody", "thead", "tfoot", "title", "page-break",
    };

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "object",
    };

    /// <summary>The text of <paramref name="html"/>, each character's offset in it, and the &lt;title&gt; if any.</summary>
    public static HtmlText Read(string html)
    {
        var output = new StringBuilder(html.Length / 2);
        var offsets = new List<int>(html.Length / 2);
        string? title = null;
        var pre = 0;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var tag = ReadTag(html, i);
                if (tag.Length == 0)
                {
                    Emit(output, offsets, '<', i, pre > 0);
                    i++;
                    continue;
                }
                var name = tag.Name;
                if (tag.IsCData)
                {
                    for (var k = i + 9; k < i + tag.Length - 3; k++)
                    {
                        Emit(output, offsets, html[k], k, pre > 0);
                    }
                }
                else if (name.Length > 0 && !tag.Closing)
                {
                    if (name.Equals("title", StringComparison.OrdinalIgnoreCase))
                    {
                        var close = FindClose(html, i + tag.Length, "title");
                        title ??= Collapse(DecodeAll(html[(i + tag.Length)..close]));
                        i = SkipClose(html, close);
                        continue;
                    }
                    if (Dropped.Contains(name) && !tag.SelfClosing)
                    {
                        i = SkipClose(html, FindClose(html, i + tag.Length, name));
                        continue;
                    }
                    if (name.Equals("pre", StringComparison.OrdinalIgnoreCase))
                    {
                        pre++;
                    }
                    if (Blocks.Contains(name))
                    {
                        Break(output, offsets, i);
                    }
                    else if (name is "td" or "th" or "TD" or "TH")
                    {
                        Emit(output, offsets, ' ', i, false);
                    }
                }
                else if (name.Length > 0 && tag.Closing)
                {
                    if (name.Equals("pre", StringComparison.OrdinalIgnoreCase) && pre > 0)
                    {
                        pre--;
                    }
                    if (Blocks.Contains(name))
                    {
                        Break(output, offsets, i);
                    }
                }
                i += tag.Length;
                continue;
            }
            if (c == '&')
            {
                var length = HtmlEntities.TryDecode(html, i, out var value);
                if (length > 0)
                {
                    foreach (var d in value)
                    {
                        Emit(output, offsets, d, i, pre > 0);
                    }
                    i += length;
                    continue;
                }
            }
            Emit(output, offsets, c, i, pre > 0);
            i++;
        }
        Break(output, offsets, html.Length);
        if (output.Length > 0 && output[^1] == '\n')
        {
            output.Length--;
            offsets.RemoveAt(offsets.Count - 1);
        }
        while (output.Length > 0 && output[0] == '\n')
        {
            output.Remove(0, 1);
            offsets.RemoveAt(0);
        }
        return new HtmlText(output.ToString(), offsets.ToArray(), string.IsNullOrWhiteSpace(title) ? null : title);
    }

    /// <summary>Decodes character references in plain text (no tags).</summary>
    public static string DecodeAll(string text)
    {
        if (!text.Contains('&'))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var value = "";
            var length = text[i] == '&' ? HtmlEntities.TryDecode(text, i, out value) : 0;
            if (length > 0)
            {
                builder.Append(value);
                i += length - 1;
            }
            else
            {
                builder.Append(text[i]);
            }
        }
        return builder.ToString();
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Emit(StringBuilder output, List<int> offsets, char c, int offset, bool preformatted)
    {
        if (c == '\r')
        {
            return;
        }
        if (preformatted && c == '\n')
        {
            Break(output, offsets, offset);
            return;
        }
        if (char.IsWhiteSpace(c) || c == '\u00a0')
        {
            // collapse runs of white space; none at the start of a line
            if (output.Length == 0 || output[^1] is ' ' or '\n')
            {
                return;
            }
            c = ' ';
        }
        output.Append(c);
        offsets.Add(offset);
    }

    private static void Break(StringBuilder output, List<int> offsets, int offset)
    {
        while (output.Length > 0 && output[^1] == ' ')
        {
            output.Length--;
            offsets.RemoveAt(offsets.Count - 1);
        }
        if (output.Length > 0 && output[^1] != '\n')
        {
            output.Append('\n');
            offsets.Add(offset);
        }
    }

    /// <summary>The tag at <paramref name="start"/> ('&lt;'): its name and length; length 0 when the '&lt;' starts
    /// no tag ("a &lt; b"). Comments and declarations have an empty name.</summary>
    private static HtmlTag ReadTag(string html, int start)
    {
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return new HtmlTag("", (end < 0 ? html.Length : end + 3) - start, false, false, false);
        }
        if (string.CompareOrdinal(html, start, "<![CDATA[", 0, 9) == 0)
        {
            var end = html.IndexOf("]]>", start + 9, StringComparison.Ordinal);
            return end < 0 ? new HtmlTag("", html.Length - start, false, false, false) : new HtmlTag("", end + 3 - start, false, false, true);
        }
        var i = start + 1;
        if (i < html.Length && html[i] is '!' or '?')
        {
            var end = html.IndexOf('>', i);
            return new HtmlTag("", (end < 0 ? html.Length : end + 1) - start, false, false, false);
        }
        var closing = i < html.Length && html[i] == '/';
        if (closing)
        {
            i++;
        }
        var nameStart = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or '_' or ':'))
        {
            i++;
        }
        if (i == nameStart || !char.IsAsciiLetter(html[nameStart]))
        {
            return new HtmlTag("", 0, false, false, false);
        }
        var name = html[nameStart..i];
        // attributes, quotes respected; a tag that never closes ends at the next '<' or the end
        char quote = '\0';
        for (; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == '<' && i - start > 2000)
                {
                    break; // an unclosed quote: give up on the attribute
                }
                continue;
            }
            if (c is '"' or '\'' && i > 0 && html[i - 1] == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return new HtmlTag(name, i + 1 - start, closing, html[i - 1] == '/', false);
            }
            else if (c == '<')
            {
                break;
            }
        }
        return new HtmlTag(name, i - start, closing, false, false);
    }

    private static int FindClose(string html, int from, string name)
    {
        var index = from;
        while (true)
        {
            index = html.IndexOf("</", index, StringComparison.Ordinal);
            if (index < 0)
            {
                return html.Length;
            }
            if (string.Compare(html, index + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return index;
            }
            index += 2;
        }
    }

    private static int SkipClose(string html, int close)
    {
        if (close >= html.Length)
        {
            return html.Length;
        }
        var end = html.IndexOf('>', close);
        return end < 0 ? html.Length : end + 1;
    }
}
