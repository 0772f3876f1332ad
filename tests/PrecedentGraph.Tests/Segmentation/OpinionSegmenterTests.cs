using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Segmentation;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Segmentation;

public sealed partial class OpinionSegmenterTests(ITestOutputHelper output)
{
    private static SegmentationResult Segment(string text, string path = "test.txt") =>
        new OpinionSegmenter().Segment(new SourceDocument(path, text, PrecedentGraph.Reading.InputFormDetector.Detect(text), "text", "", null, null, null, []));

    [Fact]
    public void Segment_Sample_GivesFourOpinionsWithAuthorsAndJoiners()
    {
        var result = new OpinionSegmenter().Segment(DocumentReader.ReadFile(TestPaths.Sample));
        var opinions = result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus).ToList();
        Assert.Equal(
            ["Majority Roberts Scalia,Kennedy,Thomas,Breyer,Alito", "Concurrence Breyer ", "ConcurrenceDissent Kagan ", "Dissent Sotomayor Ginsburg"],
            opinions.Select(o => $"{o.Kind} {o.Author} {string.Join(",", o.JoinedBy)}"));
        Assert.Equal(OpinionKind.Syllabus, result.Opinions[0].Kind);
        Assert.Equal("Messerschmidt v. Millender", result.Decision.Title);
        output.WriteLine(string.Join("\n", opinions.Select(o => $"{o.Kind} {o.Author} {o.Span}")));
    }
}
