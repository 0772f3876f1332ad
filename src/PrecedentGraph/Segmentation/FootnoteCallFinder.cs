namespace PrecedentGraph.Segmentation;

/// <summary>Finds the footnote calls of an opinion's text in the FindLaw layout, where a call is a bare number after
/// a word or a punctuation mark and before a capital or the end of the paragraph ("a serious felony. 3 Moreover").
/// Over the corpus's decisions that keep each opinion's footnotes under it (1,206), 69% of an opinion's footnote
/// numbers are found called in its text, and 6.4% of the numbers past its own last footnote.</summary>
internal static class FootnoteCallFinder
{
    /// <summary>calls[m] is true when some paragraph of <paramref name="first"/>..<paramref name="last"/> (footnotes
    /// skipped) calls footnote m, for m in 1..<paramref name="top"/>.</summary>
    public static bool[] Find(IReadOnlyList<string> texts, IReadOnlyList<bool> footnote, int first, int last, int top)
    {
        var calls = new bool[top + 1];
        for (var p = first; p <= last; p++)
        {
            if (!footnote[p])
            {
                Scan(texts[p], calls);
            }
        }
        return calls;
    }

    private static void Scan(string text, bool[] calls)
    {
        for (var i = 2; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || text[i - 1] != ' ' || !CanPrecede(text[i - 2]))
            {
                continue;
            }
            var end = i;
            while (end < text.Length && end - i < 4 && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            var digits = end - i;
            if (digits > 3 || !(end == text.Length || text.AsSpan(end).IsWhiteSpace()
                || end + 1 < text.Length && text[end] == ' ' && CanFollow(text[end + 1])))
            {
                i = end;
                continue;
            }
            var number = 0;
            for (var k = i; k < end; k++)
            {
                number = number * 10 + (text[k] - '0');
            }
            if (number >= 1 && number < calls.Length)
            {
                calls[number] = true;
            }
            i = end;
        }
    }

    private static bool CanPrecede(char c) => c is >= 'a' and <= 'z' or '.' or ',' or ';' or ':' or '"' or '\'' or ')' or ']'
        or '\u201D' or '\u2019';

    private static bool CanFollow(char c) => c is >= 'A' and <= 'Z' or '"' or '(' or '\u201C';
}
