namespace PrecedentGraph.Reading;

/// <summary>Named HTML character references that opinion pages use (data table), and their decoding.</summary>
internal static class HtmlEntities
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'", ["nbsp"] = " ", ["ensp"] = " ",
        ["emsp"] = " ", ["thinsp"] = " ", ["sect"] = "\u00a7", ["para"] = "\u00b6", ["mdash"] = "\u2014", ["ndash"] = "\u2013",
        ["hellip"] = "\u2026", ["lsquo"] = "\u2018", ["rsquo"] = "\u2019", ["ldquo"] = "\u201c", ["rdquo"] = "\u201d",
        ["sbquo"] = "\u201a", ["bdquo"] = "\u201e", ["laquo"] = "\u00ab", ["raquo"] = "\u00bb", ["copy"] = "\u00a9",
        ["reg"] = "\u00ae", ["trade"] = "\u2122", ["deg"] = "\u00b0", ["frac12"] = "\u00bd", ["frac14"] = "\u00bc",
        ["frac34"] = "\u00be", ["middot"] = "\u00b7", ["bull"] = "\u2022", ["dagger"] = "\u2020", ["Dagger"] = "\u2021",
        ["shy"] = "", ["zwnj"] = "", ["zwj"] = "", ["cent"] = "\u00a2", ["pound"] = "\u00a3", ["euro"] = "\u20ac",
        ["times"] = "\u00d7", ["divide"] = "\u00f7", ["plusmn"] = "\u00b1", ["prime"] = "\u2032", ["Prime"] = "\u2033",
        ["aacute"] = "\u00e1", ["eacute"] = "\u00e9", ["iacute"] = "\u00ed", ["oacute"] = "\u00f3", ["uacute"] = "\u00fa",
        ["agrave"] = "\u00e0", ["egrave"] = "\u00e8", ["ograve"] = "\u00f2", ["auml"] = "\u00e4", ["euml"] = "\u00eb",
        ["iuml"] = "\u00ef", ["ouml"] = "\u00f6", ["uuml"] = "\u00fc", ["ccedil"] = "\u00e7", ["ntilde"] = "\u00f1",
        ["Eacute"] = "\u00c9", ["acirc"] = "\u00e2", ["ecirc"] = "\u00ea", ["ocirc"] = "\u00f4", ["szlig"] = "\u00df",
    };

    /// <summary>Decodes the reference starting at <paramref name="start"/> ('&amp;'); returns its length, or 0 when
    /// it is not one (a bare ampersand stays as it is).</summary>
    public static int TryDecode(string text, int start, out string value)
    {
        value = "";
        var end = text.IndexOf(';', start + 1, Math.Min(34, text.Length - start - 1));
        if (end < 0)
        {
            return 0;
        }
        var body = text.AsSpan(start + 1, end - start - 1);
        if (body.Length >= 2 && body[0] == '#')
        {
            var hex = body[1] is 'x' or 'X';
            var digits = hex ? body[2..] : body[1..];
            if (!int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var code))
            {
                return 0;
            }
            value = code is 0 or > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF ? "\uFFFD"
                : code == 0xA0 ? " " : char.ConvertFromUtf32(code);
            return end - start + 1;
        }
        if (Named.TryGetValue(body.ToString(), out var named))
        {
            value = named;
            return end - start + 1;
        }
        return 0;
    }
}
