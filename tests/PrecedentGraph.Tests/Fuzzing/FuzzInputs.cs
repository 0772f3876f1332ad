using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>FsCheck generators of hostile input: opinion-like text built from the pieces the stages look for
/// (headers, citations, signals, footnotes) mixed with hostile characters; the same text encoded in every supported
/// encoding, wrapped in broken HTML or JSON, cut short and mutated byte by byte; and plain random bytes.
/// Names are invented (never the sample's or the dev set's).</summary>
public static class FuzzInputs
{
    /// <summary>Strings that have broken writers elsewhere: markup, escapes, control, bidirectional and combining
    /// characters, lone surrogates.</summary>
    public static IReadOnlyList<string> Hostile { get; } =
    [
        "<script>alert(1)</script>", "]]>", "<![CDATA[", "\"", "\\", "\\\"", "'", "&amp;", "&#0;", "&#xD800;", "<", ">", "&",
        "\u0000", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff",
        "\u202e", "\u200f", "\u05d0\u05d1\u05d2", "\u0627\u0644\u0645", "e\u0301\u0301\u0301", "\u0303\u0304",
        "\U0001F600", "\uD83D", "\uDE00", "{", "}", "[", "]", "|", "->", "--", "/*", "*/", "//", "#", "%", "@", "=cmd|' /C calc'!A0",
        "javascript:alert(1)", "onload=alert(1)", "\"; DROP TABLE cases; --", "$(rm -rf /)", "\t", "\r", "\n", "\r\n", "\v", "\f",
    ];

    private static readonly string[] Parties =
    [
        "Alpha", "Beta", "Gamma", "Delta", "United States", "State of Nowhere", "Doe", "Roe", "Acme Corp.", "Board of Education",
        "Smith-Jones", "O'Hara", "Commissioner", "New Arcadia", "Ex parte Quill", "In re Widget",
    ];

    private static readonly string[] Justices = ["ADAMS", "BAKER", "CLARK", "DIXON", "EVANS", "FROST", "GRANT"];

    private static readonly string[] Reporters = ["U.S.", "U. S.", "S.Ct.", "S. Ct.", "L.Ed.2d", "F.2d", "F.3d", "F. Supp.", "N.E.2d", "Cal. 4th"];

    private static readonly string[] Words =
    [
        "the", "court", "held", "that", "we", "hold", "officer", "warrant", "immunity", "reasonable", "because", "however",
        "petitioner", "respondent", "judgment", "reversed", "affirmed", "Amendment", "Fourth", "probable", "cause", "not",
        "overruled", "distinguishable", "relied", "on", "See", "see", "cf.", "But", "accord", "quoting", "supra", "infra",
        "Id.", "id.", "Ibid.", "ante", "post", "at", "n.", "Pp.", "Held:", "Syllabus", "Opinion", "v.", "vs.", "and", "of",
    ];

    public static Gen<string> Party { get; } = Gen.Frequency<string>(
        (40, Gen.Elements(Parties)),
        (20, Gen.Elements(Hostile.ToArray()).Select(h => "Alpha" + h + "Beta")),
        (5, Gen.Choose(200, 3000).Select(n => new string('X', n))),
        (10, Gen.Choose(1, 60).SelectMany(n => Gen.Elements(Hostile.ToArray()).ListOf(n)).Select(parts => string.Concat(parts))),
        (1, Gen.Choose(1600, 2000).Select(n => string.Concat(Enumerable.Repeat("Verylong\u00e9 ", n)))));

    /// <summary>"Alpha v. Beta" with hostile parts.</summary>
    public static Gen<string> CaseName { get; } = Party.SelectMany(left => Party.Select(right => left + " v. " + right));

    private static Gen<string> Citation { get; } =
        from name in CaseName
        from volume in Gen.Choose(1, 999)
        from reporter in Gen.Elements(Reporters)
        from page in Gen.Choose(1, 1999)
        from pin in Gen.Choose(0, 2100)
        from year in Gen.Choose(1789, 2030)
        from shape in Gen.Choose(0, 5)
        select shape switch
        {
            0 => $"{name}, {volume} {reporter} {page}, {pin} ({year})",
            1 => $"{name}, {volume} {reporter} {page} ({year})",
            2 => $"{name}, supra, at {pin}",
            3 => $"{volume} {reporter}, at {pin}",
            4 => $"{name.Split(' ')[0]}, {volume} {reporter}, at {pin}",
            _ => $"See {name}, {volume} {reporter} {page}; but see {volume + 1} {reporter} {page + 3}",
        };

    private static Gen<string> Header { get; } =
        from justice in Gen.Elements(Justices)
        from other in Gen.Elements(Justices)
        from shape in Gen.Choose(0, 7)
        from name in CaseName
        from year in Gen.Choose(1789, 2030)
        select shape switch
        {
            0 => $"JUSTICE {justice} delivered the opinion of the Court.",
            1 => $"JUSTICE {justice}, with whom JUSTICE {other} joins, dissenting.",
            2 => $"JUSTICE {justice}, concurring in part and dissenting in part.",
            3 => $"CHIEF JUSTICE {justice} delivered the opinion of the Court, in which {other}, J., joined.",
            4 => $"United States Supreme Court {name.ToUpperInvariant()}, ({year}) No. {year % 100}-{year} Argued: November 13, {year}    Decided: March 5, {year + 1}",
            5 => "PER CURIAM.",
            6 => $"[Footnote {year % 40}] ",
            _ => $"[{year % 600} U.S. {year % 900}, {year % 900 + 1}] ",
        };

    private static Gen<string> Piece { get; } = Gen.Frequency<string>(
        (6, Gen.Elements(Words)),
        (3, Citation),
        (2, Header),
        (2, Gen.Elements(Hostile.ToArray())),
        (1, Gen.Elements("42 U.S.C. \u00a7 1983", "the Fourth Amendment", "Fed. Rule Civ. Proc. 56", "ante, at 5", "post, at 3 (ADAMS, J., dissenting)",
            "App. 78", "Tr. of Oral Arg. 12", "Reversed.", "It is so ordered.", "We hold that", "\"", "(", ")", "[", "]", ".", ",", ";")),
        (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())),
        (1, Gen.Choose(0, 99999).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static Gen<string> Separator { get; } = Gen.Frequency(
        (10, Gen.Constant(" ")), (3, Gen.Constant("\n")), (1, Gen.Constant("\r\n")), (1, Gen.Constant("")),
        (1, Gen.Constant("\n\n")), (1, Gen.Constant("  \t")), (1, Gen.Constant(". ")));

    /// <summary>Opinion-like text: up to a few hundred pieces (size-driven), joined by random separators.</summary>
    public static Gen<string> OpinionText { get; } = Gen.Sized(size =>
        Gen.Choose(0, 20 + size * 2).SelectMany(count =>
            Piece.SelectMany(piece => Separator.Select(separator => piece + separator)).ListOf(count))
            .Select(parts => string.Concat(parts)));

    /// <summary>Random text of characters anywhere in the BMP, with a bias to ASCII.</summary>
    public static Gen<string> NoiseText { get; } = Gen.Frequency(
            (3, Gen.Choose(0x20, 0x7e)), (1, Gen.Choose(0, 0x1f)), (1, Gen.Choose(0x80, 0xFFFF)))
        .Select(c => (char)c).ArrayOf().Select(chars => new string(chars));

    /// <summary>Either of the text generators, or the opinion text with noise spliced in.</summary>
    public static Gen<string> AnyText { get; } = Gen.Frequency(
        (4, OpinionText), (1, NoiseText),
        (1, OpinionText.SelectMany(text => NoiseText.Select(noise => text.Insert(text.Length / 2, noise)))));

    /// <summary>A complete HTML page (maybe broken: unclosed tags, bad entities, cut short).</summary>
    public static Gen<string> Html { get; } =
        from text in AnyText
        from name in CaseName
        from broken in Gen.Elements("", "<p", "<div class=\"", "&amp", "&#xZZ;", "&#99999999;", "<!--", "<script>", "<![CDATA[", "</p></p>", "<br/", "<a href='javascript:x'>")
        from shape in Gen.Choose(0, 3)
        select shape switch
        {
            0 => $"<!DOCTYPE html><html><head><title>{name}</title></head><body><p>{text.Replace("\n", "</p><p>", StringComparison.Ordinal)}</p>{broken}</body></html>",
            1 => $"<html><body><pre>{broken}{text}",
            2 => $"<div>{text}</div>{broken}<p>{name}",
            _ => $"<p>{broken}{text}",
        };

    /// <summary>A CourtListener-shaped JSON document (maybe broken: cut short, wrong types, bad escapes).</summary>
    public static Gen<string> Json { get; } =
        from text in AnyText
        from name in CaseName
        from field in Gen.Elements("plain_text", "html_with_citations", "html", "html_lawbox", "xml_harvard", "text")
        from broken in Gen.Elements("", ",", "\\u12", "\\x", "}", "]", "\"", ",,}", "null", "12")
        from shape in Gen.Choose(0, 3)
        select shape switch
        {
            0 => $"{{\"case_name\": {JsonString(name)}, \"date_filed\": \"2012-02-22\", \"{field}\": {JsonString(text)}}}{broken}",
            1 => $"{{\"opinions\": [{{\"{field}\": {JsonString(text)}{broken}}}], \"case_name\": 7}}",
            2 => $"{{\"{field}\": {JsonString(text)}, \"{field}\": {broken}",
            _ => $"[{{\"{field}\": {JsonString(text)}}}]{broken}",
        };

    /// <summary>Bytes of a text in one of the encodings the reader knows (or claims to): UTF-8 with and without BOM,
    /// UTF-16 LE and BE with BOM, UTF-32 LE with BOM, Windows-1252.</summary>
    public static Gen<byte[]> Encoded(Gen<string> text) =>
        from value in text
        from encoding in Gen.Choose(0, 5)
        select Encode(value, encoding);

    /// <summary>Bytes cut short, with bytes flipped, inserted or deleted.</summary>
    public static Gen<byte[]> Mutated(Gen<byte[]> bytes) =>
        from original in bytes
        from edits in Gen.Choose(1, 8).SelectMany(n => Gen.Choose(0, int.MaxValue).ArrayOf(n))
        select Mutate(original, edits);

    /// <summary>Every kind of input the reader may be handed.</summary>
    public static Gen<byte[]> AnyBytes { get; } = Gen.Frequency(
        (4, Encoded(AnyText)),
        (2, Encoded(Html)),
        (2, Encoded(Json)),
        (2, Mutated(Encoded(Gen.OneOf(AnyText, Html, Json)))),
        (1, ArbMap.Default.GeneratorFor<byte[]>()),
        (1, Gen.Choose(0, 4).SelectMany(n => Gen.Elements<byte>(0x20, 0x09, 0x0a, 0x0d, 0x0c).ArrayOf(n))));

    public static Gen<string> Path { get; } = Gen.Elements("opinion.txt", "opinion.html", "opinion.htm", "opinion.json", "opinion.xml", "opinion", "-");

    public static byte[] Encode(string text, int encoding)
    {
        switch (encoding)
        {
            case 0:
                return new UTF8Encoding(false).GetBytes(text);
            case 1:
                return [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(text)];
            case 2:
                return [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];
            case 3:
                return [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)];
            case 4:
                return [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(false, false).GetBytes(text)];
            default:
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                return Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback).GetBytes(text);
        }
    }

    private static byte[] Mutate(byte[] original, int[] edits)
    {
        var bytes = new List<byte>(original);
        foreach (var edit in edits)
        {
            var position = bytes.Count == 0 ? 0 : edit % (bytes.Count + 1);
            switch (edit % 4)
            {
                case 0 when position < bytes.Count:
                    bytes[position] ^= (byte)(1 << (edit / 4 % 8));
                    break;
                case 1:
                    bytes.Insert(position, (byte)(edit / 4));
                    break;
                case 2 when position < bytes.Count:
                    bytes.RemoveAt(position);
                    break;
                default:
                    bytes.RemoveRange(position, bytes.Count - position);
                    break;
            }
        }
        return [.. bytes];
    }

    private static string JsonString(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
