using System.Buffers;
using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Tells whether a citation quotes its case, or stands inside a quotation of another court.</summary>
internal sealed class QuotationFinder(string text, SentenceContext sentences)
{
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"\u201c\u201d");

    /// <summary>Where the text's quotation marks stand, ascending (found once, when first asked).</summary>
    private int[]? quotePositions;

    /// <summary>Quoted: a quotation closes right before the citation or at the end of the sentence just before a
    /// citation sentence, or the citation's parenthetical quotes it. Normalized text has no quotation marks.</summary>
    public bool IsQuoted(TextSpan span, SentenceWindow window)
    {
        // a quotation closing right before the citation: ...the law." Smith v. Jones, ... or ..., "..., id., at 5
        for (var i = Math.Max(window.Sentence.Start, span.Start - 4); i < span.Start; i++)
        {
            if (IsQuote(text[i]))
            {
                return true;
            }
        }
        if (span.Start - window.Sentence.Start < 4 && window.Previous is { } previous)
        {
            for (var i = Math.Max(previous.Start, previous.End - 3); i < previous.End; i++)
            {
                if (IsQuote(text[i]))
                {
                    return true;
                }
            }
        }
        var after = span.End;
        while (after < window.Sentence.End && text[after] is ' ' or ',')
        {
            after++;
        }
        if (after < window.Sentence.End && text[after] == '(')
        {
            for (var i = after + 1; i < Math.Min(window.Sentence.End, after + 400) && text[i] != ')'; i++)
            {
                if (IsQuote(text[i]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Inside a quotation: an odd number of quotation marks between the start of the paragraph (or of a
    /// long line) and the citation, the citation not being the one right after a closing mark.</summary>
    public bool IsInsideQuotation(TextSpan span)
    {
        var start = sentences.BlockAt(span.Start).Start;
        var end = Math.Clamp(span.Start, 0, text.Length);
        if (end <= start)
        {
            return false;
        }
        var positions = quotePositions ??= FindQuotes(text);
        var marks = CountBefore(positions, end) - CountBefore(positions, start);
        // the last mark lies within 3 characters of the citation when there is one in [end - 3, end)
        var near = CountBefore(positions, end) - CountBefore(positions, Math.Max(start, end - 3)) > 0;
        return marks % 2 == 1 && !near;
    }

    /// <summary>The positions of the text's quotation marks, ascending: a few per paragraph, where a count for every
    /// character of the text cost four bytes a character.</summary>
    private static int[] FindQuotes(string text)
    {
        var positions = new List<int>();
        var rest = text.AsSpan();
        var offset = 0;
        for (var at = rest.IndexOfAny(QuoteMarks); at >= 0; at = rest.IndexOfAny(QuoteMarks))
        {
            positions.Add(offset + at);
            offset += at + 1;
            rest = rest[(at + 1)..];
        }
        return positions.ToArray();
    }

    /// <summary>How many of <paramref name="positions"/> (ascending) lie before <paramref name="position"/>.</summary>
    private static int CountBefore(int[] positions, int position)
    {
        var low = 0;
        var high = positions.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (positions[middle] < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    private static bool IsQuote(char c) => c is '"' or '\u201c' or '\u201d';
}
