using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

/// <summary>A stand-in segmentation for tests: one paragraph per line, a new opinion at each header line
/// ("JUSTICE KAGAN, concurring in part and dissenting in part."), the syllabus before the first one.</summary>
internal static partial class ExcerptSegmentation
{
    [GeneratedRegex(@"^\s*(?:mr\.\s+)?(?:chief\s+)?justice\s+(?<author>[a-z']+)(?:\s*,\s*with whom [^.]*?joins?\s*,)?\s*,?\s*(?<kind>delivered the opinion of the court|concurring in part and dissenting in part|concurring in the judgment|concurring|dissenting)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    [GeneratedRegex(@"^\s*\[?\s*footnote\s+\S+\s*\]?", RegexOptions.IgnoreCase)]
    private static partial Regex Footnote();

    public static SourceDocument Document(string text, InputForm form) =>
        new("excerpt.txt", text, form, "text", "", "Excerpt", null, null, []);

    /// <summary>A document of the lines joined by line breaks, with one paragraph per line (no opinions).</summary>
    public static (SourceDocument Document, List<Paragraph> Paragraphs) LineParagraphs(IReadOnlyList<string> lines, InputForm form)
    {
        var paragraphs = new List<Paragraph>();
        var start = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            paragraphs.Add(new Paragraph(i, new TextSpan(start, lines[i].Length), false));
            start += lines[i].Length + 1;
        }
        return (Document(string.Join("\n", lines), form), paragraphs);
    }

    public static SegmentationResult Segment(SourceDocument document)
    {
        var text = document.Text;
        var paragraphs = new List<Paragraph>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                if (end > start && !string.IsNullOrWhiteSpace(text[start..end]))
                {
                    paragraphs.Add(new Paragraph(paragraphs.Count, TextSpan.FromBounds(start, end), Footnote().IsMatch(text[start..end])));
                }
                start = i + 1;
            }
        }

        var opinions = new List<Opinion>();
        var current = new List<Paragraph>();
        (OpinionKind Kind, string? Author, bool InJudgment) header = (OpinionKind.Syllabus, null, false);
        void Close()
        {
            if (current.Count > 0)
            {
                var span = TextSpan.FromBounds(current[0].Span.Start, current[^1].Span.End);
                opinions.Add(new Opinion(opinions.Count, header.Kind, header.Author, [], [], span, current.ToList(), header.InJudgment));
            }
            current.Clear();
        }
        foreach (var paragraph in paragraphs)
        {
            var match = Header().Match(document.Slice(paragraph.Span));
            if (match.Success && paragraph.Span.Length < 300)
            {
                Close();
                var kind = match.Groups["kind"].Value.ToLowerInvariant();
                var author = match.Groups["author"].Value;
                header = (kind switch
                {
                    var k when k.StartsWith("delivered", StringComparison.Ordinal) => OpinionKind.Majority,
                    "concurring in part and dissenting in part" => OpinionKind.ConcurrenceDissent,
                    "dissenting" => OpinionKind.Dissent,
                    _ => OpinionKind.Concurrence,
                }, char.ToUpperInvariant(author[0]) + author[1..].ToLowerInvariant(), kind == "concurring in the judgment");
            }
            current.Add(paragraph);
        }
        Close();
        return new SegmentationResult(new DecisionInfo("Excerpt", "excerpt", null, null, null, null), opinions, paragraphs, []);
    }

    public static ArgumentResult Mine(string text, InputForm form)
    {
        var document = Document(text, form);
        return Mine(document, Segment(document));
    }

    public static ArgumentResult Mine(SourceDocument document, SegmentationResult segmentation) =>
        new PrecedentGraph.Arguments.ArgumentMiner().Mine(document, segmentation, new CitationResult([], [], [], []),
            new ResolutionResult([], [], []), new TreatmentResult([], [], []));
}
