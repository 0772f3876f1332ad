using System.Text;

namespace PrecedentGraph.Reading;

/// <summary>Folds every run of white space and control characters into one space and trims the ends:
/// how evidence sentences, claim labels and diagram labels are shown on one line.</summary>
public static class WhitespaceCollapser
{
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
