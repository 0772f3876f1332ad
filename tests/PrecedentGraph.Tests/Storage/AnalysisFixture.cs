using System.Security.Cryptography;
using System.Text;
using PrecedentGraph.Analysis;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Storage;

/// <summary>Builds a <see cref="DocumentAnalysis"/> by hand (invented cases and justices): a decision whose opinions
/// each cite cases with a given treatment in one sentence per citation, one argument per opinion and one issue.</summary>
internal sealed class AnalysisFixture(string title, string? citation = null, int? year = null, InputForm form = InputForm.Raw)
{
    /// <param name="Also">More citations the extractor attached to the case (parallel cites, or mistakes).</param>
    public sealed record Cite(string Key, string Label, string? Citation, TreatmentRelation Relation, string Sentence, int? Year = null, string[]? Also = null);

    private readonly List<(OpinionKind Kind, string? Author, string[] Joiners, Cite[] Cites)> opinions = [];

    public AnalysisFixture Opinion(OpinionKind kind, string? author, string[] joiners, params Cite[] cites)
    {
        opinions.Add((kind, author, joiners, cites));
        return this;
    }

    public DocumentAnalysis Build(string path, string extra = "")
    {
        var text = new StringBuilder();
        var paragraphs = new List<Paragraph>();
        void Line(string line)
        {
            paragraphs.Add(new Paragraph(paragraphs.Count, new TextSpan(text.Length, line.Length), false));
            text.Append(line).Append('\n');
        }
        Line(title + (extra.Length > 0 ? " " + extra : ""));
        var built = new List<Opinion>();
        var cases = new List<CitedCase>();
        var mentions = new List<CaseMention>();
        var resolved = new List<ResolvedCitation>();
        var treatments = new List<CitationTreatment>();
        var pairs = new List<OpinionCaseTreatment>();
        var arguments = new List<Argument>();
        var positions = new List<OpinionPosition>();
        foreach (var (kind, author, joiners, cites) in opinions)
        {
            var index = built.Count;
            var start = text.Length;
            var first = paragraphs.Count;
            Line($"{author ?? "PER CURIAM"} writes ({kind}).");
            var argumentParagraph = paragraphs.Count;
            Line($"The question of the warrant is decided this way by {author ?? "the Court"}.");
            arguments.Add(new Argument(arguments.Count, index, 1, ArgumentRole.Conclusion, "The warrant question", paragraphs[^1].Span, argumentParagraph, null, "we hold"));
            foreach (var cite in cites)
            {
                var sentenceStart = text.Length;
                Line(cite.Sentence);
                var at = cite.Sentence.IndexOf(cite.Label, StringComparison.Ordinal);
                var span = new TextSpan(sentenceStart + Math.Max(0, at), at < 0 ? cite.Sentence.Length : cite.Label.Length);
                var mention = new CaseMention(mentions.Count, CitationForm.Full, span, span, cite.Label,
                    cite.Citation is null ? [] : [Reporter(cite.Citation)], null, null, cite.Year, null);
                mentions.Add(mention);
                var citationResolved = new ResolvedCitation(mention, index, cite.Key, null);
                resolved.Add(citationResolved);
                var sentence = new TextSpan(sentenceStart, cite.Sentence.Length);
                treatments.Add(new CitationTreatment(citationResolved, cite.Relation, false, "fixture", 0.9, sentence));
                pairs.Add(new OpinionCaseTreatment(index, cite.Key, cite.Relation, 1, false, "fixture", 0.9, [sentence]));
                if (cases.All(c => c.Key != cite.Key))
                {
                    cases.Add(new CitedCase(cite.Key, cite.Label, cite.Citation, cite.Citation is null ? [] : [cite.Citation, .. cite.Also ?? []], cite.Year));
                }
            }
            var opinionParagraphs = paragraphs.Skip(first).ToList();
            built.Add(new Opinion(index, kind, author, joiners, [], TextSpan.FromBounds(start, text.Length), opinionParagraphs));
            positions.Add(new OpinionPosition(index, 0, kind is OpinionKind.Dissent ? Position.Against : Position.WithMajority));
        }
        var content = text.ToString();
        var document = new SourceDocument(path, content, form, "text", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))), null, null, null, []);
        var decision = new DecisionInfo(title, NodeIds.Slugify(title), null, null, citation, year);
        var segmentation = new SegmentationResult(decision, built, paragraphs, []);
        var citations = new CitationResult(mentions, [], [], []);
        var resolution = new ResolutionResult(cases, resolved, []);
        var treatment = new TreatmentResult(treatments, pairs, []);
        var argumentResult = new ArgumentResult(arguments, [], [], [new DecisionIssue(0, "warrant", ["warrant"], [.. arguments.Select(a => a.Index)])], positions, []);
        var graph = GraphBuilder.Build(document, segmentation, citations, resolution, treatment, argumentResult);
        return new DocumentAnalysis(document, segmentation, citations, resolution, treatment, argumentResult, graph);
    }

    private static ReporterCitation Reporter(string citation)
    {
        var parts = citation.Split(' ');
        return new ReporterCitation(parts[0], string.Join(' ', parts[1..^1]), parts[^1]);
    }
}
