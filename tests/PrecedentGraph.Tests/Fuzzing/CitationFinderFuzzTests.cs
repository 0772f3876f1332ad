using FsCheck;
using FsCheck.Fluent;
using PrecedentGraph.Citations;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>The citation finder over opinion-like and random text, raw and normalized: never throws, every
/// mention, name, provision, internal and record reference inside the text, mentions in order.</summary>
public sealed class CitationFinderFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Find_AnyText_SpansInsideText()
    {
        var cases = FuzzSettings.Cases(600, 0.12);
        var finder = new CitationFinder(new CitationFinderOptions(["alpha beta", "gamma delta", "x"]));
        var mentions = 0;
        var generator = FuzzInputs.AnyText.SelectMany(text => Gen.Elements(InputForm.Raw, InputForm.Normalized).Select(form => (Text: text, Form: form)));
        Prop.ForAll(generator.ToArbitrary(), input =>
        {
            var document = FuzzDocuments.Of(input.Text, input.Form);
            var result = finder.Find(document);
            SpanChecks.Citations(document, result);
            for (var i = 1; i < result.Cases.Count; i++)
            {
                Assert.True(result.Cases[i - 1].Span.Start <= result.Cases[i].Span.Start, "mentions out of order");
            }
            mentions += result.Cases.Count;
        }).Check(FuzzSettings.Config(cases));
        output.WriteLine($"{cases} cases, {mentions} mentions found");
        Assert.True(mentions > 0, "the generator never produced a citation the finder sees");
    }
}
