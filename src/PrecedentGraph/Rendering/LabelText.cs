using System.Globalization;
using System.Text;

namespace PrecedentGraph.Rendering;

/// <summary>Makes any text safe to carry into markup: control characters become spaces, lone surrogates
/// and non-characters become U+FFFD; letters, marks (combining characters) and right-to-left text stay.</summary>
internal static class LabelText
{
    public const string Ellipsis = "\u2026";

    /// <summary>Control characters (other than tab, line feed, carriage return when <paramref name="keepLines"/>)
    /// become spaces; broken surrogates and XML-invalid characters become U+FFFD.</summary>
    public static string Clean(string? text, bool keepLines = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                builder.Append('\uFFFD');
            }
            else if (keepLines && c is '\n')
            {
                builder.Append(c);
            }
            else if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>Collapses white space to single spaces and trims.</summary>
    public static string OneLine(string? text) => Reading.WhitespaceCollapser.Collapse(Clean(text));

    /// <summary>Cuts to at most <paramref name="max"/> text elements (never inside a surrogate pair or before
    /// a combining mark), adding an ellipsis when cut.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var elements = StringInfo.GetTextElementEnumerator(text);
        var end = 0;
        var count = 0;
        while (elements.MoveNext() && count < max - 1)
        {
            end = elements.ElementIndex + ((string)elements.Current).Length;
            count++;
        }
        return end >= text.Length ? text : text[..end].TrimEnd() + Ellipsis;
    }

    /// <summary>Greedy word wrap at <paramref name="width"/> characters; a word longer than one and a half lines is
    /// split between text elements, a shorter one keeps its line to itself.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var joined = false;
            foreach (var piece in Pieces(word))
            {
                var rest = piece;
                while (rest.Length > width + width / 2)
                {
                    if (line.Length > 0)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                    }
                    var cut = SafeCut(rest, width);
                    lines.Add(rest[..cut]);
                    rest = rest[cut..];
                }
                var space = line.Length > 0 && !joined ? 1 : 0;
                if (line.Length > 0 && line.Length + space + rest.Length > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    space = 0;
                }
                if (space > 0)
                {
                    line.Append(' ');
                }
                line.Append(rest);
                joined = true;
            }
        }
        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }
        return lines;
    }

    /// <summary>A word split after each comma or semicolon that a letter follows: normalized text writes
    /// "experience,including" with no space, and a label may break there as it would after "experience, ".</summary>
    private static IEnumerable<string> Pieces(string word)
    {
        var start = 0;
        for (var i = 0; i < word.Length - 1; i++)
        {
            if (word[i] is ',' or ';' && char.IsLetter(word[i + 1]))
            {
                yield return word[start..(i + 1)];
                start = i + 1;
            }
        }
        yield return word[start..];
    }

    private static int SafeCut(string word, int width)
    {
        var cut = width;
        while (cut > 1 && (char.IsLowSurrogate(word[cut]) || CharUnicodeInfo.GetUnicodeCategory(word[cut]) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark))
        {
            cut--;
        }
        return cut;
    }
}
