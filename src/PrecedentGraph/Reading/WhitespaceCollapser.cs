using System.Buffers;

namespace PrecedentGraph.Reading;

/// <summary>Folds every run of white space and control characters into one space and trims the ends:
/// how evidence sentences, claim labels and diagram labels are shown on one line.</summary>
public static class WhitespaceCollapser
{
    public static string Collapse(string text) => Collapse(text.AsSpan(), text);

    /// <summary>As <see cref="Collapse(string)"/>, for a stretch of a text (no copy of it is made first).</summary>
    public static string Collapse(ReadOnlySpan<char> text) => Collapse(text, null);

    private static string Collapse(ReadOnlySpan<char> text, string? original)
    {
        char[]? rented = null;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = length > 0;
                continue;
            }
            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }
            buffer[length++] = c;
        }
        var folded = buffer[..length];
        // most sentences and labels have nothing to fold: the text itself is the answer
        var result = original is not null && folded.SequenceEqual(text) ? original : new string(folded);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return result;
    }
}
