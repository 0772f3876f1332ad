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
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxBytes)
            {
                throw new InputException(path, TooLarge(info.Length));
            }
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
            throw new InputException(path, Directory.Exists(path) ? "is a folder, not a file" : "permission denied");
        }
        catch (IOException e)
        {
            throw new InputException(path, "cannot be read: " + e.Message);
        }
        return ReadBytes(bytes, path);
    }

    public static SourceDocument ReadBytes(byte[] bytes, string path)
    {
        if (bytes.LongLength > MaxBytes)
        {
            throw new InputException(path, TooLarge(bytes.LongLength));
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
