using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>The background of each opinion (its facts and the course of the case below), which the other opinions
/// take as given and so seldom answer.</summary>
internal sealed partial class AnsweredClaimFinder
{
    /// <summary>The paragraphs of facts and course below, found when first needed: most decisions never ask.</summary>
    private HashSet<int>? background;

    /// <summary>The paragraphs of an opinion's Part I when it has further parts and Part I states no holding of its own:
    /// the facts and the course of the case below, which the other opinions take as given.</summary>
    private IEnumerable<int> Background(Opinion opinion, List<(ClaimCandidate Claim, IReadOnlyList<OpinionReference> References)> candidates)
    {
        var body = opinion.Paragraphs.Where(p => !p.IsFootnote).ToList();
        var first = body.FindIndex(p => PartHeader.IsMatch(sentenceMap.Chars(p.Span).Trim()));
        if (first < 0)
        {
            // no part headers (normalized text drops them): up to the grant of review ("We granted certiorari"),
            // when the opinion does not open with it; else, before its first claim of its own, the paragraphs telling
            // what the courts below did
            var granted = body.FindIndex(p => Granted.IsMatch(sentenceMap.Chars(p.Span)));
            if (granted > 1)
            {
                return body.Take(granted + 1).Skip(1).Select(p => p.Index);
            }
            var claimAt = candidates.Where(c => c.Claim.OpinionIndex == opinion.Index && c.Claim.Role == ArgumentRole.Reason
                    && !ArgumentCues.QuestionStatement.IsMatch(c.Claim.Cue))
                .Select(c => c.Claim.Paragraph.Span.Start).DefaultIfEmpty(int.MaxValue).Min();
            return body.Where(p => p.Span.Start < claimAt && CourseBelow.IsMatch(sentenceMap.Chars(p.Span))).Select(p => p.Index);
        }
        var next = body.FindIndex(first + 1, p => SecondPartHeader.IsMatch(sentenceMap.Chars(p.Span).Trim()));
        if (next < 0)
        {
            return [];
        }
        var part = body.GetRange(first + 1, next - first - 1).Select(p => p.Index).ToHashSet();
        // a holding stated there ("we hold", "we conclude") makes it argument, not background
        var argued = candidates.Any(c => c.Claim.OpinionIndex == opinion.Index && part.Contains(c.Claim.Paragraph.Index)
            && c.Claim.Role == ArgumentRole.Reason && ArgumentCues.Claims[0].IsMatch(c.Claim.Cue));
        return argued ? [] : part;
    }

    private static readonly System.Text.RegularExpressions.Regex CourseBelow = new(
        @"\b(?:court of appeals|district court|trial court|supreme court of|state supreme court|court of appeal|granted certiorari|noted probable jurisdiction)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex Granted = new(
        @"\b(?:granted certiorari|noted probable jurisdiction|granted (?:the|a) petition for (?:a writ of )?certiorari)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex PartHeader = new(@"^(?:I|\(?1\))$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex SecondPartHeader = new(@"^(?:II|\(?2\))$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);
}
