using System.Globalization;
using PrecedentGraph.Analysis;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Arguments;

/// <summary>End to end on the sample decision (normalized form) through the whole pipeline: four opinions, the
/// links between them measured against the gold a careful reader drew
/// (TestData/messerschmidt-v-millender.argument-links.gold.json), and each opinion's position on each issue.</summary>
public class ArgumentMinerSampleTests
{
    private static readonly Lazy<DocumentAnalysis> Sample = new(() =>
    {
        var analysis = new DocumentAnalyzer().Analyze(DocumentReader.ReadFile(TestPaths.Sample));
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "sample-arguments.actual.txt"),
            SampleDump.Write(analysis.Document, analysis.Segmentation, analysis.Arguments));
        return analysis;
    });

    [Theory]
    [InlineData("Roberts", "reverse")]
    [InlineData("Breyer", "concur")]
    [InlineData("Kagan", "would reverse in part, affirm in part and remand")]
    [InlineData("Sotomayor", "would affirm")]
    public void Mine_Sample_EveryOpinionHasReasonsAndAConclusionWithDisposition(string author, string disposition)
    {
        var analysis = Sample.Value;
        var opinion = analysis.Segmentation.Opinions.Single(o => o.Author == author);
        var conclusion = Assert.Single(analysis.Arguments.Arguments, a => a.OpinionIndex == opinion.Index && a.Role == ArgumentRole.Conclusion);
        Assert.Equal(disposition, conclusion.Disposition);
        Assert.Contains(analysis.Arguments.Arguments, a => a.OpinionIndex == opinion.Index && a.Role == ArgumentRole.Reason);
    }

    [Fact]
    public void Mine_Sample_LinksMatchGold()
    {
        var analysis = Sample.Value;
        var score = new LinkGoldScorer(TestPaths.TestData("messerschmidt-v-millender.argument-links.gold.json"))
            .Evaluate(analysis.Document, analysis.Segmentation, analysis.Arguments);
        var report = string.Create(CultureInfo.InvariantCulture,
            $"required {score.Required} found {score.Found} (any target {score.FoundAnyTarget}) recall {score.Recall:0.00}; mined {score.Mined} spurious {score.Spurious} rate {score.SpuriousRate:0.00}\n")
            + "misses:\n  " + string.Join("\n  ", score.Misses) + "\nspurious:\n  " + string.Join("\n  ", score.Extras) + "\n";
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "sample-links-score.actual.txt"), report);
        Assert.True(score.Recall >= 0.8, report);
        Assert.True(score.SpuriousRate <= 0.2, report);
    }

    /// <summary>Measured on the dev-set decisions against reader-drawn gold; the figures go to
    /// devset-links-score.*.actual.txt and the mined arguments to devset-arguments.*.actual.txt. Malley and Harlow
    /// informed the second pass of the rules; Anderson's gold was written first and held out until the third pass,
    /// whose error categories (not its words) were read from all three and from the held-out batch.
    /// Floors sit just under the figures measured (found with the right target; a ceiling on the spurious rate), so
    /// a regression fails. These golds list only the paragraphs that name another opinion and take the Court's
    /// disposition as a target; the held-out golds (Analysis/HeldOutGoldTests) count a dissent's paragraphs arguing
    /// the merits as links and never the disposition. The rules follow the held-out convention (issue 7, links 3rd
    /// pass), which lowered these floors (Harlow raw 9 -> 8 found, spurious 0.10 -> 0.38: the Chief Justice's
    /// dissent paragraphs on Gravel; Anderson: "I would affirm" no longer answers "Vacated and remanded").</summary>
    [Theory]
    [InlineData("malley-v-briggs.raw.txt", 3, 0.30)]
    [InlineData("malley-v-briggs.normalized.txt", 3, 0.30)]
    [InlineData("harlow-v-fitzgerald.raw.txt", 8, 0.39)]
    [InlineData("harlow-v-fitzgerald.normalized.txt", 9, 0.32)]
    [InlineData("anderson-v-creighton.raw.txt", 12, 0.14)]
    [InlineData("anderson-v-creighton.normalized.txt", 12, 0.23)]
    public void Mine_UnseenDecision_LinksMeasuredAgainstGold(string file, int found, double spuriousRate)
    {
        var analysis = new DocumentAnalyzer().Analyze(DocumentReader.ReadFile(Path.Combine(TestPaths.DevSet, file)));
        var gold = TestPaths.TestData(file[..file.IndexOf('.', StringComparison.Ordinal)] + ".argument-links.gold.json");
        var score = new LinkGoldScorer(gold).Evaluate(analysis.Document, analysis.Segmentation, analysis.Arguments);
        var report = string.Create(CultureInfo.InvariantCulture,
            $"required {score.Required} found {score.Found} (any target {score.FoundAnyTarget}) recall {score.Recall:0.00}; mined {score.Mined} spurious {score.Spurious} rate {score.SpuriousRate:0.00}\n")
            + "misses:\n  " + string.Join("\n  ", score.Misses) + "\nspurious:\n  " + string.Join("\n  ", score.Extras) + "\n";
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "devset-links-score." + file + ".actual.txt"), report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "devset-arguments." + file + ".actual.txt"),
            SampleDump.Write(analysis.Document, analysis.Segmentation, analysis.Arguments));
        Assert.True(score.FoundAnyTarget >= score.Required / 2, report);
        Assert.True(score.Found >= found, report);
        Assert.True(score.SpuriousRate <= spuriousRate, report);
    }

    [Theory]
    [InlineData("Kagan", "gang", ArgumentRelation.Attacks)]
    [InlineData("Sotomayor", "gang", ArgumentRelation.Attacks)]
    [InlineData("Kagan", "approval", ArgumentRelation.Attacks)]
    [InlineData("Sotomayor", "approval", ArgumentRelation.Attacks)]
    [InlineData("Breyer", "firearm", ArgumentRelation.Supports)]
    [InlineData("Kagan", "firearm", ArgumentRelation.Supports)]
    public void Mine_Sample_OpinionTreatsMajorityReasoningOnIssue(string author, string issueTerm, ArgumentRelation relation)
    {
        var analysis = Sample.Value;
        var result = analysis.Arguments;
        var opinion = analysis.Segmentation.Opinions.Single(o => o.Author == author);
        var majority = analysis.Segmentation.Opinions.Single(o => o.Kind == OpinionKind.Majority);
        var issue = Assert.Single(result.Issues, i => i.Terms.Take(3).Contains(issueTerm));

        Assert.Contains(result.Links, l => l.Relation == relation
            && result.Arguments[l.From].OpinionIndex == opinion.Index
            && result.Arguments[l.To].OpinionIndex == majority.Index
            && issue.Arguments.Contains(l.To));
        var expected = relation == ArgumentRelation.Supports ? Position.WithMajority : Position.Against;
        Assert.Contains(result.Positions, p => p.OpinionIndex == opinion.Index && p.IssueIndex == issue.Index && p.Position == expected);
    }

    [Theory]
    [InlineData("Breyer", "gang")]
    [InlineData("Breyer", "approval")]
    public void Mine_Sample_OpinionSilentOnIssueItDoesNotDiscuss(string author, string issueTerm)
    {
        var analysis = Sample.Value;
        var opinion = analysis.Segmentation.Opinions.Single(o => o.Author == author);
        var issue = Assert.Single(analysis.Arguments.Issues, i => i.Terms.Take(3).Contains(issueTerm));
        Assert.Contains(analysis.Arguments.Positions, p => p.OpinionIndex == opinion.Index && p.IssueIndex == issue.Index && p.Position == Position.Silent);
    }

    [Fact]
    public void Mine_Sample_LabelsArePhrasesOfTheClaimOfAtMostFifteenWords()
    {
        var analysis = Sample.Value;
        foreach (var argument in analysis.Arguments.Arguments)
        {
            var claim = PrecedentGraph.Graph.GraphBuilder.Clean(analysis.Document.Slice(argument.Span));
            Assert.Contains(argument.Label, claim, StringComparison.Ordinal);
            Assert.InRange(LabelWords.Count(argument.Label), 1, 15);
        }
    }
}
