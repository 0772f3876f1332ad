using FsCheck;
using FsCheck.Fluent;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Segmentation;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>Segmentation and sentence splitting over opinion-like and random text: never throws, paragraphs and
/// opinions inside the text, each opinion's paragraphs inside the opinion, sentences inside what was split.</summary>
public sealed class OpinionSegmenterFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Segment_AnyText_SpansInsideText()
    {
        var cases = FuzzSettings.Cases(800, 0.12);
        var segmenter = new OpinionSegmenter();
        var opinions = 0;
        Prop.ForAll(FuzzInputs.AnyText.ToArbitrary(), text =>
        {
            var document = FuzzDocuments.Of(text);
            var result = segmenter.Segment(document);
            SpanChecks.Segmentation(document, result);
            Assert.NotNull(result.Decision.Title);
            opinions += result.Opinions.Count;
        }).Check(FuzzSettings.Config(cases));
        output.WriteLine($"{cases} cases, {opinions} opinions found");
        Assert.True(opinions > 0, "the generator never produced an opinion the segmenter sees");
    }

    [Fact]
    public void Split_AnyTextAndRange_SentencesInsideRangeInOrder()
    {
        var cases = FuzzSettings.Cases(1000, 0.15);
        var generator =
            from text in FuzzInputs.AnyText
            from a in Gen.Choose(0, text.Length)
            from b in Gen.Choose(0, text.Length)
            select (Text: text, Within: TextSpan.FromBounds(Math.Min(a, b), Math.Max(a, b)));
        Prop.ForAll(generator.ToArbitrary(), input =>
        {
            var sentences = SentenceSplitter.Split(input.Text, input.Within);
            var previousEnd = input.Within.Start;
            foreach (var sentence in sentences)
            {
                SpanChecks.Inside(input.Text, sentence, "sentence");
                Assert.True(input.Within.Contains(sentence), $"sentence {sentence} outside {input.Within}");
                Assert.True(sentence.Start >= previousEnd, $"sentence {sentence} overlaps the one before (ending {previousEnd})");
                previousEnd = sentence.End;
            }
        }).Check(FuzzSettings.Config(cases));
    }
}
