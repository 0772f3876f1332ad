using System.Buffers;
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
        Windows1252High = Encoding.GetEncoding(1252).GetString([.. Enumerable.Range(0x80, 32).Select(b => (byte)b)]);
    }

    /// <summary>The text, or an <see cref="InputException"/> for binary data (NUL bytes, control characters).</summary>
    public static string Decode(byte[] bytes, string path, List<Diagnostic> diagnostics) => Decode(bytes.AsSpan(), path, diagnostics);

    /// <summary>As <see cref="Decode(byte[], string, List{Diagnostic})"/>, for bytes in a (pooled) buffer.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string path, List<Diagnostic> diagnostics)
    {
        string text;
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            text = new UTF32Encoding(bigEndian: false, byteOrderMark: true).GetString(bytes[4..]);
        }
        else if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            text = Utf8OrWindows1252(bytes, 3, path, diagnostics);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            if (bytes.Contains((byte)0))
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

    private static string Utf8OrWindows1252(ReadOnlySpan<byte> bytes, int offset, string path, List<Diagnostic> diagnostics)
    {
        // checked first (vectorized) rather than caught: the shared corpus is all Windows-1252
        if (System.Text.Unicode.Utf8.IsValid(bytes[offset..]))
        {
            return Encoding.UTF8.GetString(bytes[offset..]);
        }
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "encoding", $"{path}: not UTF-8; read as Windows-1252"));
        return Windows1252(bytes[offset..]);
    }

    // Windows-1252 is Latin-1 but for 0x80-0x9F; those 32 characters as the code page itself decodes them.
    private static readonly string Windows1252High;

    /// <summary>The same text as Encoding.GetEncoding(1252).GetString (a single-byte code page: one character per
    /// byte): decoded once, by the vectorized Latin-1 decoder, straight into the string, then 0x80-0x9F mapped in place,
    /// found by vectorized searches (they are a few smart quotes and dashes in 100,000 characters).</summary>
    private static string Windows1252(ReadOnlySpan<byte> bytes) =>
        string.Create(bytes.Length, bytes, static (chars, source) =>
        {
            Encoding.Latin1.GetChars(source, chars);
            var rest = chars;
            for (var at = rest.IndexOfAnyInRange('\u0080', '\u009F'); at >= 0; at = rest.IndexOfAnyInRange('\u0080', '\u009F'))
            {
                rest[at] = Windows1252High[rest[at] - 0x80];
                rest = rest[(at + 1)..];
            }
        });

    /// <summary>NUL characters, or more than 1% control characters other than tab, line ends and form feed, in the
    /// first 64K characters.</summary>
    private static bool LooksBinary(string text)
    {
        var limit = Math.Min(text.Length, 65_536);
        var head = text.AsSpan(0, limit);
        if (head.Contains('\0'))
        {
            return true;
        }
        // counted by vectorized searches: most texts hold none
        var control = 0;
        for (var at = head.IndexOfAny(ControlCharacters); at >= 0; at = head.IndexOfAny(ControlCharacters))
        {
            control++;
            head = head[(at + 1)..];
        }
        return control * 100 > limit && control > 8;
    }

    /// <summary>Control characters other than NUL, tab, line ends and form feed.</summary>
    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(1, 31).Select(c => (char)c).Where(c => c is not '\t' and not '\n' and not '\r' and not '\f')]);
}
