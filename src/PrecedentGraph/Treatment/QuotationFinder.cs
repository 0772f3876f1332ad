using System.Buffers;
using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Where quotation marks put a citation: quoted by the opinion (a quotation closing right before it, or
/// its parenthetical quoting), or inside a quotation of another court. One per document.</summary>
internal sealed class QuotationFinder(string text, SentenceContext sentences)
{
    private int[]? quoteMarks;

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
        var marks = quoteMarks ??= FindQuotes(text);
        var count = Before(marks, end) - Before(marks, start);
        // the last mark lies within 3 characters of the citation when there is one in [end - 3, end)
        var near = Before(marks, end) - Before(marks, Math.Max(start, end - 3)) > 0;
        return count % 2 == 1 && !near;
    }

    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"\u201c\u201d");

    /// <summary>The positions of the document's quotation marks, in order, so that any stretch is counted by two
    /// binary searches.</summary>
    private static int[] FindQuotes(string text)
    {
        var marks = new List<int>();
        for (var i = text.AsSpan().IndexOfAny(QuoteMarks); i >= 0;)
        {
            marks.Add(i);
            var next = text.AsSpan(i + 1).IndexOfAny(QuoteMarks);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return [.. marks];
    }

    /// <summary>How many of <paramref name="marks"/> lie before <paramref name="position"/>.</summary>
    private static int Before(int[] marks, int position)
    {
        var k = Array.BinarySearch(marks, position);
        return k < 0 ? ~k : k;
    }

    private static bool IsQuote(char c) => c is '"' or '\u201c' or '\u201d';
}
