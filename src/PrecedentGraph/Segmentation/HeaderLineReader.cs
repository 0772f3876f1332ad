namespace PrecedentGraph.Segmentation;

/// <summary>Reads a paragraph as <see cref="OpinionHeaderFinder"/> matches it (white space collapsed), and tells
/// without copying it when it surely is no opinion header, so that most paragraphs cost one short look.</summary>
internal static class HeaderLineReader
{
    /// <summary>A line this short may be a running head ("Kennedy, J., dissenting").</summary>
    public const int RunningHeadLength = 80;

    /// <summary>Each run of white space (what the regex class \s matches) as one space, without a regex.</summary>
    public static string CollapseWhiteSpace(string text)
    {
        if (!NeedsCollapsing(text))
        {
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    builder.Append(' ');
                    inSpace = true;
                }
            }
            else
            {
                builder.Append(c);
                inSpace = false;
            }
        }
        return builder.ToString();
    }

    /// <summary>Whether some white space is other than a single ' '.</summary>
    private static bool NeedsCollapsing(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                return true;
            }
        }
        return false;
    }

    // What a header's line starts with (lowercase; ' ' stands for a run of white space): a title ("Mr. Justice",
    // "Chief Justice", "Justice", "The Chief Justice") or "Opinion of the Court by".
    private static readonly string[] HeaderStarts = ["mr", "ch", "justice", "the chief", "opinion"];

    /// <summary>True when <see cref="OpinionHeaderFinder.Parse"/> surely gives null for this paragraph (page markers already blanked),
    /// seen without copying it: its line is longer than a running head and starts like no title. Any letter
    /// beyond ASCII near the start takes the full path, since case-insensitive matching may equate it with one.</summary>
    public static bool CannotBeHeader(ReadOnlySpan<char> paragraph)
    {
        var start = 0;
        while (start < paragraph.Length && char.IsWhiteSpace(paragraph[start]))
        {
            start++;
        }
        foreach (var prefix in HeaderStarts)
        {
            if (MayStartWith(paragraph[start..], prefix))
            {
                return false;
            }
        }
        // the line's length as Parse measures it: white space runs count one, and the ends are trimmed
        var end = paragraph.Length;
        while (end > start && (char.IsWhiteSpace(paragraph[end - 1]) || paragraph[end - 1] is '.' or ':' or ';' or ','))
        {
            end--;
        }
        var length = 0;
        for (var i = start; i < end && length <= RunningHeadLength; i++)
        {
            if (!char.IsWhiteSpace(paragraph[i]) || !char.IsWhiteSpace(paragraph[i - 1]))
            {
                length++;
            }
        }
        return length > RunningHeadLength;
    }

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="prefix"/> ignoring ASCII case, a space of the
    /// prefix standing for a run of white space; true too on a character beyond ASCII (or the end) before a mismatch.</summary>
    private static bool MayStartWith(ReadOnlySpan<char> text, string prefix)
    {
        var i = 0;
        foreach (var expected in prefix)
        {
            if (i >= text.Length || text[i] >= 128)
            {
                return true;
            }
            if (expected == ' ')
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
                continue;
            }
            if ((text[i] | 0x20) != expected)
            {
                return false;
            }
            i++;
        }
        return true;
    }
}
