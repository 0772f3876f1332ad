using PrecedentGraph.Analysis;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>Every span a stage reports lies inside the document's text (and inside what holds it).</summary>
public static class SpanChecks
{
    public static void Inside(string text, TextSpan span, string what)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > text.Length)
        {
            throw new Xunit.Sdk.XunitException($"{what} {span} is outside the text (length {text.Length})");
        }
    }

    public static void Segmentation(SourceDocument document, SegmentationResult result)
    {
        var text = document.Text;
        foreach (var paragraph in result.Paragraphs)
        {
            Inside(text, paragraph.Span, $"paragraph {paragraph.Index}");
        }
        foreach (var opinion in result.Opinions)
        {
            Inside(text, opinion.Span, $"opinion {opinion.Index}");
            foreach (var paragraph in opinion.Paragraphs)
            {
                Inside(text, paragraph.Span, $"paragraph {paragraph.Index} of opinion {opinion.Index}");
                // footnotes given back from FindLaw's block after the last opinion stand outside their opinion's span
                Assert.True(opinion.Span.Contains(paragraph.Span) || paragraph.IsFootnote && result.OpinionAt(paragraph.Span.Start) == opinion,
                    $"paragraph {paragraph.Index} {paragraph.Span} outside its opinion {opinion.Index} {opinion.Span}");
            }
        }
        Diagnostics(text, result.Diagnostics);
    }

    public static void Citations(SourceDocument document, CitationResult result)
    {
        var text = document.Text;
        foreach (var mention in result.Cases)
        {
            Inside(text, mention.Span, $"mention {mention.Index}");
            if (mention.NameSpan is { } name)
            {
                Inside(text, name, $"name of mention {mention.Index}");
            }
        }
        foreach (var provision in result.Provisions)
        {
            Inside(text, provision.Span, "provision " + provision.Key);
        }
        foreach (var reference in result.InternalReferences)
        {
            Inside(text, reference.Span, "internal reference");
        }
        foreach (var record in result.RecordCitations)
        {
            Inside(text, record, "record citation");
        }
        Diagnostics(text, result.Diagnostics);
    }

    public static void Analysis(DocumentAnalysis analysis)
    {
        var text = analysis.Document.Text;
        Segmentation(analysis.Document, analysis.Segmentation);
        Citations(analysis.Document, analysis.Citations);
        foreach (var citation in analysis.Resolution.Citations)
        {
            Inside(text, citation.Mention.Span, "resolved mention");
        }
        foreach (var treatment in analysis.Treatment.Citations)
        {
            Inside(text, treatment.Sentence, "treatment sentence");
            Inside(text, treatment.Citation.Mention.Span, "treated mention");
        }
        foreach (var pair in analysis.Treatment.Pairs)
        {
            foreach (var evidence in pair.Evidence)
            {
                Inside(text, evidence, $"evidence of {pair.CaseKey}");
            }
        }
        foreach (var argument in analysis.Arguments.Arguments)
        {
            Inside(text, argument.Span, $"argument {argument.Index}");
        }
        Diagnostics(text, analysis.Diagnostics);
        if (analysis.Document.SourceOffsets is { } offsets)
        {
            Assert.Equal(text.Length, offsets.Count);
            Assert.All(offsets, offset => Assert.True(offset >= 0, "negative source offset"));
        }
    }

    private static void Diagnostics(string text, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), "diagnostic without a message: " + diagnostic.Code);
            if (diagnostic.Span is { } span)
            {
                Inside(text, span, "diagnostic " + diagnostic.Code);
            }
        }
    }
}
