using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Finds the paragraphs of an opinion that hold the words another opinion quotes from it: a separate
/// opinion answering the Court quotes the claim it answers ("the Court states that "[t]here can be little doubt
/// that ..."", "ante, at 207"), and the quoted words name the paragraph more surely than shared vocabulary.
/// Passages are compared as lowercase letters only, so brackets ("[t]here"), inner quotation marks and spacing do
/// not matter; a quotation broken by an ellipsis is matched piece by piece. Normalized text has no quotation
/// marks: nothing is found there.</summary>
internal sealed class QuotationMatcher(SourceDocument document)
{
    /// <summary>The fewest letters a quoted piece needs to name a paragraph (about eight words): shorter quotations
    /// ("seized", "a possibly unsettling show of authority") are terms or phrases worked into a sentence, not passages.</summary>
    public const int MinimumLetters = 40;

    private readonly Dictionary<int, string> letters = [];
    private readonly Dictionary<int, string> joined = [];

    /// <summary>Where each paragraph's letters lie in its opinion's joined letters, once that is built: the
    /// paragraph's own string is then never made.</summary>
    private readonly Dictionary<int, (string Text, int Start, int Length)> inJoined = [];

    /// <summary>The quoted pieces of a passage (letters only, lowercased), each long enough to name a paragraph.</summary>
    public static IReadOnlyList<string> Quotes(string text)
    {
        var quotes = new List<string>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\u201C' or '\u201D')
            {
                if (open < 0 && c != '\u201D')
                {
                    open = i + 1;
                }
                else if (open >= 0 && c != '\u201C')
                {
                    AddPieces(text.AsSpan(open, i - open), quotes);
                    open = -1;
                }
            }
        }
        return quotes;
    }

    /// <summary>The paragraphs (by index) of <paramref name="opinion"/> holding any of the quoted pieces: its
    /// letters are read once, joined, and each paragraph's are a slice of them.</summary>
    public HashSet<int> Holding(IReadOnlyList<string> quotes, Opinion opinion)
    {
        if (quotes.Count > 0)
        {
            Joined(opinion);
        }
        return Holding(quotes, opinion.Paragraphs);
    }

    /// <summary>The paragraphs (by index) among <paramref name="paragraphs"/> holding any of the quoted pieces.</summary>
    public HashSet<int> Holding(IReadOnlyList<string> quotes, IEnumerable<Paragraph> paragraphs)
    {
        var found = new HashSet<int>();
        if (quotes.Count == 0)
        {
            return found;
        }
        foreach (var paragraph in paragraphs)
        {
            var text = Letters(paragraph);
            foreach (var quote in quotes)
            {
                if (text.Contains(quote.AsSpan(), StringComparison.Ordinal))
                {
                    found.Add(paragraph.Index);
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>Whether the paragraph is a block quotation of one of the given paragraphs (its middle found there,
    /// outside quotation marks): a block quotation of another opinion is that opinion's words, not the quoting
    /// author's argument. Raw text only: in normalized text the quoting paragraph cannot be told from the quoted.</summary>
    public bool Repeats(Paragraph paragraph, IEnumerable<Opinion> others)
    {
        if (document.Form != InputForm.Raw)
        {
            // without quotation marks the quoting paragraph cannot be told from the quoted one
            return false;
        }
        if (!others.Any())
        {
            // nothing before it to repeat (the first opinion's paragraphs): its letters are not read for this
            return false;
        }
        var own = Letters(paragraph);
        if (own.Length < 2 * MinimumLetters)
        {
            return false;
        }
        // a probe from the middle of the paragraph: the ends may carry a citation or a footnote label
        var probe = own.Slice(own.Length / 4, Math.Min(own.Length / 2, 120));
        foreach (var opinion in others)
        {
            // one search through the whole opinion; the paragraphs are looked at only on a hit
            if (!Joined(opinion).AsSpan().Contains(probe, StringComparison.Ordinal))
            {
                continue;
            }
            // where the other paragraph has the words inside quotation marks, it is the one quoting
            foreach (var other in opinion.Paragraphs)
            {
                if (Letters(other).Contains(probe, StringComparison.Ordinal) && !QuotedIn(document.Slice(other.Span), probe))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether one of the quoted pieces of <paramref name="text"/> holds <paramref name="probe"/>.</summary>
    private static bool QuotedIn(string text, ReadOnlySpan<char> probe)
    {
        foreach (var quote in Quotes(text))
        {
            if (quote.AsSpan().Contains(probe, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private string Joined(Opinion opinion)
    {
        if (!joined.TryGetValue(opinion.Index, out var text))
        {
            // the paragraphs' letters written straight into one buffer, each paragraph after a separator no probe
            // (letters only) can match across; the paragraphs' own strings are made only where a probe is found
            var size = opinion.Paragraphs.Sum(p => p.Span.Length + 1);
            var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(size, 1));
            var length = 0;
            var first = true;
            var starts = new (int Start, int Length)[opinion.Paragraphs.Count];
            for (var i = 0; i < opinion.Paragraphs.Count; i++)
            {
                var paragraph = opinion.Paragraphs[i];
                if (!first)
                {
                    buffer[length++] = '|';
                }
                first = false;
                var written = WriteLetters(document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length), buffer.AsSpan(length));
                starts[i] = (length, written);
                length += written;
            }
            text = new string(buffer, 0, length);
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
            joined[opinion.Index] = text;
            for (var i = 0; i < starts.Length; i++)
            {
                inJoined.TryAdd(opinion.Paragraphs[i].Index, (text, starts[i].Start, starts[i].Length));
            }
        }
        return text;
    }

    /// <summary>Whether the sentence holds the opening words of one of the quoted pieces.</summary>
    public static bool Opens(IReadOnlyList<string> quotes, string sentence)
    {
        var text = LettersOf(sentence);
        return quotes.Any(q => text.Contains(q.AsSpan(0, MinimumLetters), StringComparison.Ordinal));
    }

    private ReadOnlySpan<char> Letters(Paragraph paragraph)
    {
        if (inJoined.TryGetValue(paragraph.Index, out var slice))
        {
            return slice.Text.AsSpan(slice.Start, slice.Length);
        }
        if (!letters.TryGetValue(paragraph.Index, out var text))
        {
            text = LettersOf(document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length));
            letters[paragraph.Index] = text;
        }
        return text;
    }

    private static void AddPieces(ReadOnlySpan<char> quoted, List<string> quotes)
    {
        // an ellipsis (". . ." or "...") leaves words out: each piece is matched alone
        var start = 0;
        for (var i = 0; i <= quoted.Length; i++)
        {
            var end = i == quoted.Length;
            if (!end && quoted[i] == '.' && i + 2 < quoted.Length && (quoted[i + 1] == '.' || (quoted[i + 1] == ' ' && quoted[i + 2] == '.')))
            {
                end = true;
            }
            if (!end && quoted[i] != '\u2026')
            {
                continue;
            }
            var piece = LettersOf(quoted[start..i]);
            if (piece.Length >= MinimumLetters)
            {
                quotes.Add(piece);
            }
            // skip the rest of the ellipsis
            while (i + 1 < quoted.Length && (quoted[i + 1] is '.' or ' ' or '\u2026'))
            {
                i++;
            }
            start = i + 1;
        }
    }

    private static string LettersOf(ReadOnlySpan<char> text)
    {
        char[]? rented = null;
        var buffer = text.Length <= 256 ? stackalloc char[256] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        var letters = new string(buffer[..WriteLetters(text, buffer)]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
        return letters;
    }

    /// <summary>Writes the letters of <paramref name="text"/>, lowercased, into <paramref name="buffer"/> (room for
    /// the whole text); returns how many.</summary>
    private static int WriteLetters(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (c < 128)
            {
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    buffer[length++] = (char)(c | 0x20);
                }
            }
            else if (char.IsLetter(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }
        return length;
    }
}
