using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Tells whether a citation quotes its case, or stands inside a quotation of another court.</summary>
internal sealed class QuotationFinder(string text, SentenceContext sentences)
{
    private int[]? quoteCounts;

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
        var counts = quoteCounts ??= CountQuotes(text);
        var marks = counts[end] - counts[start];
        // the last mark lies within 3 characters of the citation when there is one in [end - 3, end)
        var near = counts[end] - counts[Math.Max(start, end - 3)] > 0;
        return marks % 2 == 1 && !near;
    }

    /// <summary>counts[i] = quotation marks among text[0..i), so that any stretch is counted in O(1).</summary>
    private static int[] CountQuotes(string text)
    {
        var counts = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            counts[i + 1] = counts[i] + (text[i] is '"' or '\u201c' or '\u201d' ? 1 : 0);
        }
        return counts;
    }

    private static bool IsQuote(char c) => c is '"' or '\u201c' or '\u201d';
}
