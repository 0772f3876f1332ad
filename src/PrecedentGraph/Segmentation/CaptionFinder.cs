using System.Globalization;
using System.Text.RegularExpressions;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;

namespace PrecedentGraph.Segmentation;

/// <summary>Reads the decision's name, docket, date, year and citation from the FindLaw header line
/// ("United States Supreme Court MARBURY v. MADISON, (1803) No. 1 Argued: ... Decided: February 24, 1803"), its
/// normalized form ("united states supreme court marbury madison,no.argued ..."), the container's hints and the
/// file name, restoring capitals where the text has none.</summary>
internal static partial class CaptionFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^\s*united\s+states\s+supreme\s+court\b", Options)]
    private static partial Regex CaptionPattern();

    private static readonly Regex Caption = CaptionPattern();

    [GeneratedRegex(@"^\s*united\s+states\s+supreme\s+court\s+(?<title>.{1,300}?),?\s*\((?<year>\d{4})\)\s*(?:no\.?\s*(?<docket>\d[\w\-]*(?:\s*(?:,|and)\s*\d[\w\-]*){0,8}))?",
        Options)]
    private static partial Regex RawCaptionPattern();

    private static readonly Regex RawCaption = RawCaptionPattern();

    [GeneratedRegex(@"^\s*united\s+states\s+supreme\s+court\s+(?<title>.{1,300}?)\s*,\s*no\b", Options)]
    private static partial Regex NormalizedCaptionPattern();

    private static readonly Regex NormalizedCaption = NormalizedCaptionPattern();

    [GeneratedRegex(@"decided:?\s*(?<date>[a-z]+\.?\s+\d{1,2},?\s+\d{4})", Options)]
    private static partial Regex DecidedPattern();

    private static readonly Regex Decided = DecidedPattern();

    [GeneratedRegex(@"\[\s*(?<volume>\d+)\s+U\.\s?S\.\s+(?<page>\d+)\s*,\s*\d+\s*\]", Options)]
    private static partial Regex PageMarkerPattern();

    private static readonly Regex PageMarker = PageMarkerPattern();

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "v.", "v", "of", "the", "and", "in", "for", "on", "at", "to", "ex", "rel.", "et", "al.", "re", "a", "an", "by", "de",
    };

    public static bool IsCaption(string paragraph) => Caption.IsMatch(paragraph);

    /// <param name="caption">The header paragraph, or null when the text has none (the sample).</param>
    /// <param name="body">The text, searched for the first page marker ("[475 U.S. 335, 336]").</param>
    public static DecisionInfo Find(SourceDocument document, string? caption, string body)
    {
        string? title = null, docket = null, date = null;
        int? year = null;
        if (caption is not null)
        {
            var raw = RawCaption.Match(caption);
            if (raw.Success)
            {
                title = TitleCase(raw.Groups["title"].Value);
                year = int.Parse(raw.Groups["year"].Value, CultureInfo.InvariantCulture);
                docket = raw.Groups["docket"].Success ? "No. " + raw.Groups["docket"].Value.Trim() : null;
            }
            else if (NormalizedCaption.Match(caption) is { Success: true } normalized)
            {
                title = RestoreNormalized(normalized.Groups["title"].Value, document.Path);
            }
            var decided = Decided.Match(caption);
            if (decided.Success && DateTime.TryParse(decided.Groups["date"].Value.Replace(".", ""), CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                year ??= day.Year;
            }
        }
        if (!string.IsNullOrWhiteSpace(document.TitleHint))
        {
            title = document.TitleHint.Trim();
        }
        if (!string.IsNullOrWhiteSpace(document.DateHint))
        {
            date = document.DateHint.Trim();
            if (year is null && date.Length >= 4 && int.TryParse(date[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var hinted))
            {
                year = hinted;
            }
        }
        title ??= FromFileName(document.Path) ?? "Untitled";
        string? citation = null;
        var marker = PageMarker.Match(body);
        if (marker.Success)
        {
            citation = $"{marker.Groups["volume"].Value} U.S. {marker.Groups["page"].Value}";
        }
        return new DecisionInfo(title, NodeIds.Slugify(title), docket, date, citation, year);
    }

    /// <summary>"MARBURY v. MADISON" → "Marbury v. Madison"; "BOARD OF TRUSTEES, STATE UNIV. OF N. Y. v. FOX" →
    /// "Board of Trustees, State Univ. of N. Y. v. Fox".</summary>
    public static string TitleCase(string text)
    {
        var words = WhiteSpaceRun().Replace(text.Trim(), " ").Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant();
            if (i > 0 && SmallWords.Contains(lower.TrimEnd(',')))
            {
                words[i] = lower;
            }
            else if (Initials().IsMatch(word))
            {
                words[i] = word.ToUpperInvariant(); // initials: "N.", "U.S."
            }
            else
            {
                words[i] = JusticeNames.Normalize(word.TrimEnd(',', '.')) is { } name && !name.Contains(' ')
                    ? name + word[word.TrimEnd(',', '.').Length..]
                    : word.Length > 0 ? char.ToUpperInvariant(word[0]) + lower[1..] : word;
            }
        }
        return string.Join(' ', words);
    }

    /// <summary>The normalized caption lost "v.": the file name may say where it was ("marbury-v-madison"); two words
    /// are two parties; otherwise the words stay together.</summary>
    private static string RestoreNormalized(string title, string path)
    {
        var words = TitleSeparators().Split(title.Trim()).Where(w => w.Length > 0).ToArray();
        var stem = FileStem(path);
        if (stem is not null)
        {
            var parts = stem.Split('-', StringSplitOptions.RemoveEmptyEntries);
            var v = Array.IndexOf(parts, "v");
            if (v > 0 && parts.Where((_, i) => i != v).SequenceEqual(words.Select(w => w.ToLowerInvariant().Trim('.'))))
            {
                return TitleCase(string.Join(' ', parts[..v]) + " v. " + string.Join(' ', parts[(v + 1)..]));
            }
        }
        if (words.Length == 2)
        {
            return TitleCase(words[0] + " v. " + words[1]);
        }
        // the government is a party: "united states leon" → "United States v. Leon"
        var joined = string.Join(' ', words);
        if (words.Length >= 3 && joined.StartsWith("united states ", StringComparison.OrdinalIgnoreCase))
        {
            return TitleCase("United States v. " + joined["united states ".Length..]);
        }
        if (words.Length >= 3 && joined.EndsWith(" united states", StringComparison.OrdinalIgnoreCase))
        {
            return TitleCase(joined[..^" united states".Length] + " v. United States");
        }
        return TitleCase(TightComma().Replace(title.Trim(), ", "));
    }

    private static string? FromFileName(string path)
    {
        var stem = FileStem(path);
        if (stem is null || !stem.Contains("-v-", StringComparison.Ordinal))
        {
            return null;
        }
        var parts = stem.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return TitleCase(string.Join(' ', parts.Select(p => p == "v" ? "v." : p)));
    }

    private static string? FileStem(string path)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            return null;
        }
        var stem = Path.GetFileName(path).ToLowerInvariant();
        foreach (var suffix in new[] { ".txt", ".html", ".htm", ".json", ".raw", ".normalized" })
        {
            if (stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                stem = stem[..^suffix.Length];
            }
        }
        return stem.Length > 0 && SlugStem().IsMatch(stem) ? stem : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRun();

    [GeneratedRegex(@"^(?:\p{L}\.)+,?$")]
    private static partial Regex Initials();

    [GeneratedRegex(@"[\s,]+")]
    private static partial Regex TitleSeparators();

    [GeneratedRegex(@",(?=\S)")]
    private static partial Regex TightComma();

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex SlugStem();
}
