using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Reading;

/// <summary>Reads a file (or bytes) into a <see cref="SourceDocument"/>. Decodes the bytes (<see cref="TextDecoder"/>),
/// then chooses the reader by content, the extension only breaking ties: CourtListener JSON
/// (<see cref="CourtListenerJsonReader"/>), HTML (<see cref="HtmlReader"/>) or plain text; detects the text form.
/// Binary, empty and over-large inputs are an <see cref="InputException"/>.</summary>
public static partial class DocumentReader
{
    /// <summary>Inputs above this size are refused rather than read into memory.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    [GeneratedRegex(@"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<\?xml\b[^>]*>\s*<(?:html|opinion|casebody)\b|<(?:p|div|pre|span|br|table|h[1-6]|opinion|casebody|section|article)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlStartPattern();

    private static readonly Regex HtmlStart = HtmlStartPattern();

    [GeneratedRegex(@"</?(?:p|div|pre|br|span|a|html|body|b|i|em|table|tr|td)\b[^<>]{0,400}>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyTagPattern();

    private static readonly Regex AnyTag = AnyTagPattern();

    public static SourceDocument ReadFile(string path)
    {
        // one read into a pooled buffer (a fresh array per file costs the page faults of a new allocation as large as
        // the file), sized by the open handle (no second look-up of the path)
        byte[]? buffer = null;
        try
        {
            int length;
            try
            {
                using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                var size = RandomAccess.GetLength(handle);
                if (size > MaxBytes)
                {
                    throw new InputException(path, TooLarge(size));
                }
                buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(size, 1));
                length = 0;
                int read;
                while (length < buffer.Length && (read = RandomAccess.Read(handle, buffer.AsSpan(length), length)) > 0)
                {
                    length += read;
                }
                if (length == buffer.Length && RandomAccess.Read(handle, stackalloc byte[1], length) > 0)
                {
                    // the file grew while read: read it whole as File.ReadAllBytes would
                    return ReadBytes(File.ReadAllBytes(path), path);
                }
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
                throw new InputException(path, Directory.Exists(path) ? "is a folder, not a file" : "permission denied");
            }
            catch (IOException e)
            {
                throw new InputException(path, "cannot be read: " + e.Message);
            }
            return ReadBytes(buffer.AsSpan(0, length), path);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    public static SourceDocument ReadBytes(byte[] bytes, string path) => ReadBytes(bytes.AsSpan(), path);

    private static SourceDocument ReadBytes(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.Length > MaxBytes)
        {
            throw new InputException(path, TooLarge(bytes.Length));
        }
        if (bytes.Length == 0)
        {
            throw new InputException(path, "the file is empty");
        }
        var diagnostics = new List<Diagnostic>();
        var decoded = TextDecoder.Decode(bytes, path, diagnostics);
        if (string.IsNullOrWhiteSpace(decoded))
        {
            throw new InputException(path, "the file is empty (white space only)");
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var extension = Path.GetExtension(path).ToLowerInvariant();

        string text;
        string format;
        string? title = null, date = null;
        IReadOnlyList<int>? offsets = null;
        if (CourtListenerJsonReader.Looks(decoded) || extension == ".json" && decoded.TrimStart().StartsWith('{'))
        {
            var json = CourtListenerJsonReader.Read(decoded, path, diagnostics);
            (text, offsets, title, date, format) = (json.Text, json.Offsets, json.Title, json.Date, "json");
        }
        else if (IsHtml(decoded, extension))
        {
            var html = HtmlReader.Read(decoded);
            (text, offsets, title, format) = (html.Text, html.Offsets, CleanTitle(html.Title), "html");
        }
        else
        {
            (text, format) = (decoded, "text");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException(path, $"no opinion text in this {format} file");
        }
        return new SourceDocument(path, text, InputFormDetector.Detect(text), format, hash, title, date, offsets, diagnostics);
    }

    /// <summary>Kept for callers of the first version: decodes bytes as <see cref="TextDecoder.Decode"/> does.</summary>
    internal static string Decode(byte[] bytes, string path, List<Diagnostic> diagnostics) => TextDecoder.Decode(bytes, path, diagnostics);

    private static bool IsHtml(string text, string extension)
    {
        var head = text.Length > 8192 ? text[..8192] : text;
        if (HtmlStart.IsMatch(head))
        {
            return true;
        }
        return extension is ".html" or ".htm" or ".xhtml" or ".xml" && AnyTag.IsMatch(head);
    }

    /// <summary>"Marbury v. Madison, 5 U.S. 137 (1986) – CourtListener.com" → "Marbury v. Madison".</summary>
    private static string? CleanTitle(string? title)
    {
        if (title is null)
        {
            return null;
        }
        var cut = SiteSuffix().Replace(title, "");
        cut = ReporterSuffix().Replace(cut, "");
        cut = YearSuffix().Replace(cut, "").Trim();
        return CaseTitle().IsMatch(cut) ? cut : null;
    }

    private static string TooLarge(long bytes) =>
        string.Format(CultureInfo.InvariantCulture, "file too large ({0} MB; limit {1} MB)",
            (bytes + 1024 * 1024 - 1) / (1024 * 1024), MaxBytes / (1024 * 1024));

    [GeneratedRegex(@"\s+[\u2013\u2014|\-]\s+[^\u2013\u2014|]*$")]
    private static partial Regex SiteSuffix();

    [GeneratedRegex(@",\s*\d+\s+(?:U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed).*$")]
    private static partial Regex ReporterSuffix();

    [GeneratedRegex(@"\s*\(\d{4}\)\s*$")]
    private static partial Regex YearSuffix();

    [GeneratedRegex(@"\bv\.?\s|\bin re\b|\bex parte\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseTitle();
}
