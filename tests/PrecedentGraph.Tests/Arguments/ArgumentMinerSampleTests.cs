using System.Globalization;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

/// <summary>End to end on the sample decision (normalized form): four opinions, the links between them
/// measured against the gold a careful reader drew (TestData/messerschmidt-v-millender.argument-links.gold.json).</summary>
public class ArgumentMinerSampleTests
{
    private static readonly Lazy<(SourceDocument Document, SegmentationResult Segmentation, ArgumentResult Result)> Sample = new(() =>
    {
        var document = ExcerptSegmentation.Document(File.ReadAllText(TestPaths.Sample), InputForm.Normalized);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "sample-arguments.actual.txt"), SampleDump.Write(document, segmentation, result));
        return (document, segmentation, result);
    });

    [Theory]
    [InlineData("Roberts", "reverse")]
    [InlineData("Breyer", "concur")]
    [InlineData("Kagan", "would reverse in part, affirm in part and remand")]
    [InlineData("Sotomayor", "would affirm")]
    public void Mine_Sample_EveryOpinionHasAConclusionWithDisposition(string author, string disposition)
    {
        var (_, segmentation, result) = Sample.Value;
        var opinion = segmentation.Opinions.Single(o => o.Author == author);
        var conclusion = Assert.Single(result.Arguments, a => a.OpinionIndex == opinion.Index && a.Role == ArgumentRole.Conclusion);
        Assert.Equal(disposition, conclusion.Disposition);
    }

    [Fact]
    public void Mine_Sample_LinksMatchGold()
    {
        var (document, segmentation, result) = Sample.Value;
        var score = new LinkGoldScorer(TestPaths.TestData("messerschmidt-v-millender.argument-links.gold.json")).Evaluate(document, segmentation, result);
        var report = string.Create(CultureInfo.InvariantCulture,
            $"required {score.Required} found {score.Found} (any target {score.FoundAnyTarget}) recall {score.Recall:0.00}; mined {score.Mined} spurious {score.Spurious} rate {score.SpuriousRate:0.00}\n")
            + "misses:\n  " + string.Join("\n  ", score.Misses) + "\nspurious:\n  " + string.Join("\n  ", score.Extras) + "\n";
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "sample-links-score.actual.txt"), report);
        Assert.True(score.Recall >= 0.8, report);
        Assert.True(score.SpuriousRate <= 0.2, report);
    }
}
