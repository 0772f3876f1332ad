using PrecedentGraph.Analysis;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Arguments;

/// <summary>The dev set through the whole pipeline, in both forms: every opinion gets arguments and a
/// conclusion with a disposition, and every link and label is well formed.</summary>
public class ArgumentMinerDevSetTests
{
    [Theory]
    [InlineData("malley-v-briggs.raw.txt")]
    [InlineData("malley-v-briggs.normalized.txt")]
    [InlineData("harlow-v-fitzgerald.raw.txt")]
    [InlineData("harlow-v-fitzgerald.normalized.txt")]
    [InlineData("anderson-v-creighton.raw.txt")]
    [InlineData("anderson-v-creighton.normalized.txt")]
    public void Mine_DevSetDecision_EveryOpinionHasArgumentsAndADisposition(string file)
    {
        var analysis = new DocumentAnalyzer().Analyze(DocumentReader.ReadFile(Path.Combine(TestPaths.DevSet, file)));
        var result = analysis.Arguments;

        foreach (var opinion in analysis.Segmentation.Opinions.Where(o => o.Kind != OpinionKind.Syllabus))
        {
            var conclusion = Assert.Single(result.Arguments, a => a.OpinionIndex == opinion.Index && a.Role == ArgumentRole.Conclusion);
            Assert.False(string.IsNullOrEmpty(conclusion.Disposition));
            Assert.NotEqual("undetermined", conclusion.Disposition);
        }
        Assert.All(result.Arguments, a =>
        {
            Assert.InRange(LabelWords.Count(a.Label), 1, 15);
            Assert.Contains(a.Label, PrecedentGraph.Graph.GraphBuilder.Clean(analysis.Document.Slice(a.Span)), StringComparison.Ordinal);
        });
        Assert.All(result.Links, l =>
        {
            Assert.InRange(l.From, 0, result.Arguments.Count - 1);
            Assert.InRange(l.To, 0, result.Arguments.Count - 1);
            Assert.NotEqual(l.From, l.To);
        });
        Assert.Contains(result.Links, l => result.Arguments[l.From].OpinionIndex != result.Arguments[l.To].OpinionIndex);
        Assert.NotEmpty(result.Issues);
    }
}
