using System.Globalization;
using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>Finds case citations, provisions and internal references. (Scaffold: raw full citations only.)</summary>
public sealed partial class CitationFinder(CitationFinderOptions options)
{
    public CitationFinderOptions Options { get; } = options;

    [GeneratedRegex(@"(?<name>[A-Z][\w'.&-]*(?: [\w'.&-]+){0,6} v\. [A-Z][\w'.&-]*(?: [\w'.&-]+){0,4}), (?<vol>\d+) (?<rep>U\. ?S\.|S\. ?Ct\.) (?<page>\d+|_+)(?:, (?<pin>\d+))?(?: \((?<year>\d{4})\))?")]
    private static partial Regex FullCitation();

    public CitationResult Find(SourceDocument document)
    {
        var mentions = new List<CaseMention>();
        foreach (Match match in FullCitation().Matches(document.Text))
        {
            var name = match.Groups["name"];
            mentions.Add(new CaseMention(
                mentions.Count,
                CitationForm.Full,
                new TextSpan(match.Index, match.Length),
                new TextSpan(name.Index, name.Length),
                name.Value,
                [new ReporterCitation(match.Groups["vol"].Value, match.Groups["rep"].Value.Replace(" ", ""), match.Groups["page"].Value)],
                match.Groups["pin"].Success ? match.Groups["pin"].Value : null,
                null,
                match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
                null));
        }
        return new CitationResult(mentions, [], [], []);
    }
}
