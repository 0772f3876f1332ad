using System.Text;
using PrecedentGraph.Model;

namespace PrecedentGraph.Reading;

/// <summary>Turns bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, UTF-32 LE with BOM, and
/// Windows-1252 for anything that is not valid UTF-8 (with a warning: the shared corpus is such). Rejects binary data.</summary>
public static class TextDecoder
{
    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The text, or an <see cref="InputException"/> for binary data (NUL bytes, control characters).</summary>
    public static string Decode(byte[] bytes, string path, List<Diagnostic> diagnostics)
    {
        string text;
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            text = new UTF32Encoding(bigEndian: false, byteOrderMark: true).GetString(bytes, 4, bytes.Length - 4);
        }
        else if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            text = Utf8OrWindows1252(bytes, 3, path, diagnostics);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else
        {
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                throw new InputException(path, "binary file (NUL bytes), not an opinion text");
            }
            text = Utf8OrWindows1252(bytes, 0, path, diagnostics);
        }
        if (LooksBinary(text))
        {
            throw new InputException(path, "binary file (control characters), not an opinion text");
        }
        return text;
    }

    private static string Utf8OrWindows1252(byte[] bytes, int offset, string path, List<Diagnostic> diagnostics)
    {
        // checked first (vectorized) rather than caught: the shared corpus is all Windows-1252
        if (System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(offset)))
        {
            return Encoding.UTF8.GetString(bytes, offset, bytes.Length - offset);
        }
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "encoding", $"{path}: not UTF-8; read as Windows-1252"));
        return Encoding.GetEncoding(1252).GetString(bytes, offset, bytes.Length - offset);
    }

    /// <summary>NUL characters, or more than 1% control characters other than tab, line ends and form feed, in the
    /// first 64K characters.</summary>
    private static bool LooksBinary(string text)
    {
        var limit = Math.Min(text.Length, 65_536);
        var control = 0;
        for (var i = 0; i < limit; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return true;
            }
            if (c < ' ' && c is not '\t' and not '\n' and not '\r' and not '\f')
            {
                control++;
            }
        }
        return control * 100 > limit && control > 8;
    }
}
