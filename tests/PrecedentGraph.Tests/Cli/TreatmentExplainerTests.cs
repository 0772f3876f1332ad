using PrecedentGraph.Cli;
using Xunit;

namespace PrecedentGraph.Tests.Cli;

/// <summary>`extract FILE --explain`: per opinion, each cited case's treatment with its cue, confidence and evidence.</summary>
public class TreatmentExplainerTests
{
    [Theory]
    [InlineData("malley-v-briggs.raw.txt")]
    [InlineData("malley-v-briggs.normalized.txt")]
    public void Extract_Explain_PrintsEachOpinionWithTreatmentCueAndEvidence(string file)
    {
        var result = CliProcess.Run(TestPaths.RepositoryRoot, "extract", Path.Combine(TestPaths.DevSet, file), "--explain");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n');
        // Two opinions in Malley: the Court's (Justice White) and Justice Powell's concurrence in part / dissent in part.
        Assert.Equal(2, lines.Count(l => l.Length > 0 && !l.StartsWith(' ')));
        var pairs = lines.Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("    ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, l => Assert.Matches(@"^  [a-z-]+ .+  \(x\d+, cue: .+, confidence [01]\.\d\d(, quoted)?\)$", l));
        Assert.Contains(pairs, l => l.StartsWith("  relies-on ", StringComparison.Ordinal));
        var evidence = lines.Where(l => l.StartsWith("    ", StringComparison.Ordinal)).ToList();
        Assert.Equal(pairs.Count, evidence.Count(l => l.StartsWith("    * ", StringComparison.Ordinal)));
        Assert.All(evidence, l => Assert.Matches("^    [*-] [a-z-]+ \\[.+, [01]\\.\\d\\d(, quoted)?\\] \".+\"$", l));
    }

    [Theory]
    [InlineData(120)]
    [InlineData(300)]
    public void Shorten_EvidenceUpToTheLimit_Unchanged(int length)
    {
        var text = new string('a', length);

        Assert.Equal(text, TreatmentExplainer.Shorten(text));
    }

    [Fact]
    public void Shorten_LongEvidence_KeepsTheCitationAndTheDecidingSentenceAtTheEnd()
    {
        var citation = "The Court of Appeals relied on Carroll v. United States, 267 U.S. 132 (1925), and on its progeny.";
        var middle = string.Concat(Enumerable.Repeat("The automobile cases rest on mobility and on regulation of vehicles. ", 8));
        var deciding = "The factors which diminish the privacy of an automobile do not apply to luggage.";

        var shortened = TreatmentExplainer.Shorten(citation + " " + middle + deciding);

        Assert.True(shortened.Length <= 305, shortened.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("The Court of Appeals relied on Carroll", shortened, StringComparison.Ordinal);
        Assert.EndsWith(deciding, shortened, StringComparison.Ordinal);
        Assert.Contains(" ... ", shortened, StringComparison.Ordinal);
    }
}
