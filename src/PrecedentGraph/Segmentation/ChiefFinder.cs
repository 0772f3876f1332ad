using System.Text.RegularExpressions;

namespace PrecedentGraph.Segmentation;

/// <summary>Finds who "THE CHIEF JUSTICE" is: a header "CHIEF JUSTICE BURGER, dissenting." or "MR. CHIEF JUSTICE
/// WARREN delivered ...", or "BURGER, C. J.," in the line-up.</summary>
internal static class ChiefFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex Header = new(@"^(?:mr\.?\s*)?ch(?:ie|ei)f\s+justice\s+(?<name>\p{L}[\p{L}'\u2019\-]*)", Options);

    private static readonly Regex Lineup = new(@"(?<name>\p{Lu}[\p{L}'\u2019\-]+)\s*,\s*C\.\s*J\.", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "and", "join", "joins", "delivered", "announced", "concurring", "dissenting", "took", "filed", "with", "whom", "concurs",
    };

    public static string? Find(IReadOnlyList<string> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Length > 4000)
            {
                continue;
            }
            var header = Header.Match(paragraph);
            if (header.Success && !NotNames.Contains(header.Groups["name"].Value.ToLowerInvariant()))
            {
                return JusticeNames.Normalize(header.Groups["name"].Value);
            }
            if (LineupFinder.IsLineup(paragraph) && Lineup.Match(paragraph) is { Success: true } lineup)
            {
                return JusticeNames.Normalize(lineup.Groups["name"].Value);
            }
        }
        return null;
    }
}
