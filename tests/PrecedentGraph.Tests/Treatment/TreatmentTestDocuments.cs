using PrecedentGraph.Model;
using PrecedentGraph.Treatment;

namespace PrecedentGraph.Tests.Treatment;

/// <summary>Builds the inputs of the treatment classifier by hand: a text, one opinion over all of it and
/// citations of the case "smith-v-jones" at given places.</summary>
internal static class TreatmentTestDocuments
{
    public const string CaseKey = "smith-v-jones";

    public static SourceDocument DocumentOf(string text) =>
        new("-", text, text.Any(char.IsUpper) ? InputForm.Raw : InputForm.Normalized, "text", "", null, null, null, []);

    public static SegmentationResult SegmentationOf(string text, string kind, string author = "Stevens")
    {
        var opinionKind = kind switch
        {
            "majority" => OpinionKind.Majority,
            "concurrence" => OpinionKind.Concurrence,
            "dissent" => OpinionKind.Dissent,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        var paragraphs = new List<Paragraph>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            var footnote = line.StartsWith("[ Footnote", StringComparison.Ordinal) || line.StartsWith("footnote ", StringComparison.Ordinal);
            paragraphs.Add(new Paragraph(paragraphs.Count, new TextSpan(start, line.Length), footnote));
            start += line.Length + 1;
        }
        var opinion = new Opinion(0, opinionKind, author, [], [], new TextSpan(0, text.Length), paragraphs);
        return new SegmentationResult(new DecisionInfo("Test", "test", null, null, null, null), [opinion], paragraphs, []);
    }

    /// <summary>One citation of <see cref="CaseKey"/> per span.</summary>
    public static ResolutionResult ResolutionOf(params TextSpan[] spans)
    {
        var citations = spans.Select((span, i) => new ResolvedCitation(
            new CaseMention(i, CitationForm.Full, span, span, "Smith v. Jones", [], null, null, null, null), 0, CaseKey, null)).ToList();
        return new ResolutionResult([new CitedCase(CaseKey, "Smith v. Jones", null, [], null)], citations, []);
    }

    /// <summary>One citation per (span, case key), in that order; <paramref name="court"/> is the court of each.</summary>
    public static ResolutionResult ResolutionOfCases(string? court, params (TextSpan Span, string Key)[] citations)
    {
        var resolved = citations.Select((c, i) => new ResolvedCitation(
            new CaseMention(i, CitationForm.Full, c.Span, c.Span, c.Key, [], null, court, null, null), 0, c.Key, null)).ToList();
        var cases = citations.Select(c => c.Key).Distinct().Select(k => new CitedCase(k, k, null, [], null)).ToList();
        return new ResolutionResult(cases, resolved, []);
    }

    /// <summary>One citation per (span, case key), in that order.</summary>
    public static ResolutionResult ResolutionOfCases(params (TextSpan Span, string Key)[] citations)
    {
        var resolved = citations.Select((c, i) => new ResolvedCitation(
            new CaseMention(i, CitationForm.Full, c.Span, c.Span, c.Key, [], null, null, null, null), 0, c.Key, null)).ToList();
        var cases = citations.Select(c => c.Key).Distinct().Select(k => new CitedCase(k, k, null, [], null)).ToList();
        return new ResolutionResult(cases, resolved, []);
    }

    /// <summary>The one treatment the classifier gives the last <paramref name="mention"/> of <paramref name="text"/>,
    /// read as an opinion of <paramref name="kind"/>.</summary>
    public static CitationTreatment ClassifyOne(string text, string mention, string kind)
    {
        var result = new TreatmentClassifier().Classify(DocumentOf(text), SegmentationOf(text, kind), ResolutionOf(Last(text, mention)));
        return Assert.Single(result.Citations);
    }

    /// <summary>The span of the last occurrence of <paramref name="mention"/> in <paramref name="text"/>.</summary>
    public static TextSpan Last(string text, string mention)
    {
        var at = text.LastIndexOf(mention, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{mention}' not in '{text}'");
        return new TextSpan(at, mention.Length);
    }
}
