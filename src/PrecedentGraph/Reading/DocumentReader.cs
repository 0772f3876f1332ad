using System.Security.Cryptography;
using System.Text;
using PrecedentGraph.Model;

namespace PrecedentGraph.Reading;

/// <summary>Reads a file (or bytes) into a <see cref="SourceDocument"/>: decodes UTF-8, UTF-16 with BOM or
/// Windows-1252, and detects the text form.</summary>
public static class DocumentReader
{
    static DocumentReader()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static SourceDocument ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new InputException(path, "no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new InputException(path, "no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException(path, "permission denied");
        }
        catch (IOException e)
        {
            throw new InputException(path, "cannot be read: " + e.Message);
        }
        return ReadBytes(bytes, path);
    }

    public static SourceDocument ReadBytes(byte[] bytes, string path)
    {
        var diagnostics = new List<Diagnostic>();
        var text = Decode(bytes, path, diagnostics);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException(path, "the file is empty");
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new SourceDocument(path, text, InputFormDetector.Detect(text), "text", hash, null, null, null, diagnostics);
    }

    internal static string Decode(byte[] bytes, string path, List<Diagnostic> diagnostics)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new InputException(path, "binary file (NUL bytes), not an opinion text");
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "encoding", "not UTF-8; read as Windows-1252"));
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
