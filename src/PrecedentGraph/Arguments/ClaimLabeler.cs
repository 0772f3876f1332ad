using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Writes an argument's label: a real phrase of the claim, at most 15 words, without the discourse
/// markers that open it ("Moreover,", "For these reasons,").</summary>
internal static class ClaimLabeler
{
    public const int MaxWords = 15;

    /// <summary>Marks trimmed from the end of a label (one array, not one per label).</summary>
    private static readonly char[] TrailingMarks = [' ', ',', ';', ':', '.', '(', '[', '-', '"', '\u201c'];

    public static string Label(SourceDocument document, TextSpan span)
    {
        var text = document.Slice(span);
        var marker = ArgumentCues.LeadingMarker.Match(text);
        var start = marker.Success && marker.Length < text.Length ? marker.Length : 0;
        var words = 0;
        var inWord = false;
        var end = text.Length;
        for (var i = start; i < text.Length; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]) || text[i] == '\'' && inWord;
            if (letter && !inWord)
            {
                if (words == MaxWords)
                {
                    end = i;
                    break;
                }
                words++;
            }
            inWord = letter;
        }
        var phrase = text[start..end];
        return Reading.WhitespaceCollapser.Collapse(phrase).TrimEnd(TrailingMarks);
    }
}
