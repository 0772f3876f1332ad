using System.Text.RegularExpressions;

namespace PrecedentGraph.Segmentation;

/// <summary>Finds who "THE CHIEF JUSTICE" is: a header "CHIEF JUSTICE BURGER, dissenting." or "MR. CHIEF JUSTICE
/// WARREN delivered ...", or "BURGER, C. J.," in the line-up.</summary>
internal static partial class ChiefFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^(?:mr\.?\s*)?ch(?:ie|ei)f\s+justice\s+(?<name>\p{L}[\p{L}'\u2019\-]*)", Options)]
    private static partial Regex HeaderPattern();

    private static readonly Regex Header = HeaderPattern();

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'\u2019\-]+)\s*,\s*C\.\s*J\.", RegexOptions.CultureInvariant)]
    private static partial Regex LineupPattern();

    private static readonly Regex Lineup = LineupPattern();

    [GeneratedRegex(@"\bin\s+which\s+(?<name>[a-z][a-z']+(?:\s[a-z']+)?),and\s", RegexOptions.CultureInvariant)]
    private static partial Regex NormalizedLineupPattern();

    private static readonly Regex NormalizedLineup = NormalizedLineupPattern();

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "and", "join", "joins", "delivered", "announced", "concurring", "dissenting", "took", "filed", "with", "whom", "concurs",
    };

    public static string? Find(IReadOnlyList<string> paragraphs) => Find(new LineupParagraphs(paragraphs));

    /// <param name="lineups">The document's paragraphs, with what is known of which read like a line-up.</param>
    public static string? Find(LineupParagraphs lineups)
    {
        for (var i = 0; i < lineups.Texts.Count; i++)
        {
            var paragraph = lineups.Texts[i];
            if (paragraph.Length > 4000)
            {
                continue;
            }
            var header = Header.Match(paragraph);
            if (header.Success && !NotNames.Contains(header.Groups["name"].Value.ToLowerInvariant())
                && paragraph.Length <= 700 && OpinionHeaderFinder.Parse(paragraph, null) is { Strength: HeaderStrength.Full })
            {
                return JusticeNames.Normalize(header.Groups["name"].Value);
            }
            if (!lineups.IsLineup(i))
            {
                continue;
            }
            if (Lineup.Match(paragraph) is { Success: true } lineup)
            {
                return JusticeNames.Normalize(lineup.Groups["name"].Value);
            }
            // normalized: "in which burger,and brennan,marshall,..." is what is left of "BURGER, C. J., and BRENNAN, ..."
            if (NormalizedLineup.Match(paragraph) is { Success: true } normalized)
            {
                return JusticeNames.Normalize(normalized.Groups["name"].Value);
            }
        }
        return null;
    }
}
