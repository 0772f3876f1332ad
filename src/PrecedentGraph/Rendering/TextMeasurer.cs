using System.Globalization;

namespace PrecedentGraph.Rendering;

/// <summary>Estimates the width of a line of text in a sans-serif font (Helvetica / Arial metrics, per
/// character in thousandths of an em). Serif fonts are narrower, so the estimate is safe for them too.</summary>
public static class TextMeasurer
{
    // Helvetica AFM advance widths for ' ' (32) to '~' (126).
    private static readonly short[] AsciiWidths =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,      // p to ~
    ];

    /// <summary>Width in the same unit as <paramref name="fontSize"/>.</summary>
    public static double Width(string text, double fontSize)
    {
        var thousandths = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and <= '~')
            {
                thousandths += AsciiWidths[c - ' '];
            }
            else if (char.IsHighSurrogate(c))
            {
                thousandths += 1000; // emoji and supplementary ideographs: a full em
                i++;
            }
            else
            {
                thousandths += CharUnicodeInfo.GetUnicodeCategory(c) switch
                {
                    UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => 0,
                    _ when c >= '\u1100' && IsWide(c) => 1000,
                    _ => 620,
                };
            }
        }
        return thousandths * fontSize / 1000.0;
    }

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
