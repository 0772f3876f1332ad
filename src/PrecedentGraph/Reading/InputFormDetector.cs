using PrecedentGraph.Model;

namespace PrecedentGraph.Reading;

/// <summary>Tells raw opinion text from the normalized form (no capitals, no digits).</summary>
public static class InputFormDetector
{
    public static InputForm Detect(string text)
    {
        long letters = 0, upper = 0, digits = 0;
        var limit = Math.Min(text.Length, 200_000);
        for (var i = 0; i < limit; i++)
        {
            // the answer is already Raw once the capitals (or digits) seen exceed a thousandth of every letter the
            // text could still hold: raw text is settled after a few thousand characters, not 200,000
            if ((i & 1023) == 0 && (upper | digits) != 0)
            {
                var most = letters + limit - i;
                if (upper * 1000 >= most || digits * 1000 >= most)
                {
                    return InputForm.Raw;
                }
            }
            var c = text[i];
            if (c < 128)
            {
                // ASCII, most of any text, without the Unicode tables
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    letters++;
                    upper += c <= 'Z' ? 1 : 0;
                }
                else if ((uint)(c - '0') <= 9)
                {
                    digits++;
                }
                continue;
            }
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
        }
        if (letters == 0)
        {
            return InputForm.Raw;
        }
        // Raw English prose has ~2-4% capitals; normalized text has none (a stray one may survive).
        return upper * 1000 < letters && digits * 1000 < letters ? InputForm.Normalized : InputForm.Raw;
    }
}
