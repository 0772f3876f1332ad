using FsCheck;
using FsCheck.Fluent;
using PrecedentGraph.Analysis;
using PrecedentGraph.Citations;
using PrecedentGraph.Reading;
using PrecedentGraph.Rendering;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>The whole pipeline from bytes to every output format: reading refuses with an
/// <see cref="InputException"/> or gives a document; analysis never throws; every span of every stage lies inside
/// the text; every writer's output parses (DOT through Graphviz, batched).</summary>
public sealed class DocumentAnalyzerFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Analyze_AnyBytes_NeverThrowsSpansInsideOutputsParse()
    {
        var cases = FuzzSettings.Cases(400, 0.07);
        var analyzer = new DocumentAnalyzer(new AnalysisOptions(new CitationFinderOptions(["alpha beta", "doe roe"])));
        var analyzed = 0;
        var refused = 0;
        var nodes = 0;
        var dots = new DotBatch();
        var generator = FuzzInputs.AnyBytes.SelectMany(bytes => FuzzInputs.Path.Select(path => (Bytes: bytes, Path: path)));
        Prop.ForAll(generator.ToArbitrary(), input =>
        {
            PrecedentGraph.Model.SourceDocument document;
            try
            {
                document = DocumentReader.ReadBytes(input.Bytes, input.Path);
            }
            catch (InputException)
            {
                refused++;
                return;
            }
            var analysis = analyzer.Analyze(document);
            analyzed++;
            SpanChecks.Analysis(analysis);
            nodes += analysis.Graph.Nodes.Count;
            var layout = analyzed % 2 == 0 ? DiagramLayout.TopToBottom : DiagramLayout.LeftToRight;
            dots.Add(OutputChecks.AllFormats(analysis.Graph, new DiagramOptions { Layout = layout, ShowJustices = analyzed % 3 == 0 }));
        }).Check(FuzzSettings.Config(cases));
        dots.Flush();
        output.WriteLine($"{cases} cases: {analyzed} analyzed ({nodes} graph nodes), {refused} refused by the reader; "
            + dots.Summary());
        Assert.True(analyzed > cases / 4, $"only {analyzed} of {cases} inputs reached the analyzer");
        Assert.True(nodes > analyzed, "the graphs are empty: the generator reaches no stage");
    }
}
