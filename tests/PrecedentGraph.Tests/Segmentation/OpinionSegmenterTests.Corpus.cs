using System.Globalization;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Segmentation;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Segmentation;

public sealed partial class OpinionSegmenterTests
{
    [Fact]
    public void Segment_WholeCorpus_NeverThrowsAndAuthorsAtLeast98Percent()
    {
        var folder = CorpusFixture.Directory;
        Assert.True(folder is not null, "corpus archive missing: " + CorpusFixture.Archive);
        var files = Directory.GetFiles(folder!, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 2000, $"only {files.Count} files unpacked");

        var segmenter = new OpinionSegmenter();
        var authored = 0;
        var opinions = 0;
        var failures = new List<string>();
        var unauthored = new List<string>();
        var windows1252 = 0;
        var lateFootnotes = 0;
        var chiefByBench = 0;
        foreach (var file in files)
        {
            try
            {
                var document = DocumentReader.ReadFile(file);
                windows1252 += document.Diagnostics.Any(d => d.Code == "encoding") ? 1 : 0;
                var result = segmenter.Segment(document);
                lateFootnotes += result.Diagnostics.Any(d => d.Code == "segmentation.late-footnotes") ? 1 : 0;
                chiefByBench += result.Diagnostics.Any(d => d.Code == "segmentation.chief-by-bench") ? 1 : 0;
                var real = result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus).ToList();
                opinions += real.Count;
                AssertSpansInside(document, result);
                if (real.Any(o => o.Author is not null))
                {
                    authored++;
                }
                else
                {
                    unauthored.Add(Path.GetFileName(file));
                }
            }
            catch (Exception e)
            {
                failures.Add($"{Path.GetFileName(file)}: {e.GetType().Name}: {e.Message}");
            }
        }
        var share = (double)authored / files.Count;
        output.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "corpus: {0} decisions, {1} opinions, {2} with an authored opinion = {3:P2}", files.Count, opinions, authored, share));
        output.WriteLine($"read as Windows-1252 (with a warning): {windows1252}");
        output.WriteLine($"late footnote block given back by series: {lateFootnotes}; THE CHIEF JUSTICE named from the bench: {chiefByBench}");
        output.WriteLine("without an authored opinion: " + string.Join(" ", unauthored.Take(60)));
        Assert.Empty(failures);
        Assert.True(windows1252 > 0, "no corpus file was read as Windows-1252");
        Assert.True(share >= 0.98, $"authored share {share:P2}");
    }

    private static void AssertSpansInside(SourceDocument document, SegmentationResult result)
    {
        var whole = new TextSpan(0, document.Text.Length);
        var owners = new HashSet<int>();
        foreach (var opinion in result.Opinions)
        {
            // footnotes given back from a block after the last opinion stand outside their opinion's span
            if (!whole.Contains(opinion.Span) || opinion.Paragraphs.Any(p => !whole.Contains(p.Span) || !p.IsFootnote && !opinion.Span.Contains(p.Span)))
            {
                throw new InvalidOperationException($"span outside its text in opinion {opinion.Index}");
            }
            if (opinion.Paragraphs.Any(p => !owners.Add(p.Index)))
            {
                throw new InvalidOperationException($"a paragraph of opinion {opinion.Index} belongs to two opinions");
            }
        }
    }
}
