using PrecedentGraph.Model;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Rendering;

public sealed class PositionTableBuilderTests
{
    private static PositionEntry Entry(string? justice, string opinion, int issue, Position position) =>
        new(justice, opinion, issue, "issue " + issue, position);

    [Theory]
    [InlineData(Position.WithMajority, Position.Silent, Position.WithMajority)]
    [InlineData(Position.Silent, Position.WithMajority, Position.WithMajority)]
    [InlineData(Position.WithMajority, Position.Against, Position.Against)]
    [InlineData(Position.Against, Position.WithMajority, Position.Against)]
    [InlineData(Position.Silent, Position.Silent, Position.Silent)]
    public void Build_JusticeInTwoOpinions_TakesMostTellingPosition(Position first, Position second, Position expected)
    {
        var table = PositionTableBuilder.Build("A v. B",
        [
            Entry("Stone", "joined Hughes (majority)", 0, first),
            Entry("Stone", "wrote the concurrence", 0, second),
        ]);

        var row = Assert.Single(table.Rows);
        Assert.Equal(expected, Assert.Single(row.Cells));
        Assert.Equal(["joined Hughes (majority)", "wrote the concurrence"], row.Opinions);
    }

    [Fact]
    public void Build_Entries_RowsInFirstAppearanceAndIssuesByIndex()
    {
        var table = PositionTableBuilder.Build("A v. B",
        [
            Entry("Hughes", "wrote the majority", 2, Position.WithMajority),
            Entry("Butler", "wrote the dissent", 2, Position.Against),
            Entry("Hughes", "wrote the majority", 1, Position.WithMajority),
            Entry(null, "per curiam", 1, Position.WithMajority),
        ]);

        Assert.Equal(["issue 1", "issue 2"], table.Issues);
        Assert.Equal(["Hughes", "Butler", "Per curiam"], table.Rows.Select(r => r.Justice));
        Assert.Equal([Position.Silent, Position.Against], table.Rows[1].Cells);
        Assert.Equal([Position.WithMajority, Position.WithMajority], table.Rows[0].Cells);
    }

    [Fact]
    public void Build_NoEntries_IsEmpty()
    {
        Assert.True(PositionTableBuilder.Build("A v. B", []).IsEmpty);
    }

    [Theory]
    [InlineData(OpinionKind.Majority, false, "majority")]
    [InlineData(OpinionKind.Concurrence, true, "concurrence in the judgment")]
    [InlineData(OpinionKind.ConcurrenceDissent, false, "concurrence and dissent")]
    [InlineData(OpinionKind.PerCuriam, false, "per curiam")]
    [InlineData(OpinionKind.Dissent, false, "dissent")]
    public void KindName_Opinion_InWords(OpinionKind kind, bool inJudgment, string expected)
    {
        var opinion = new Opinion(1, kind, "Stone", [], [], new TextSpan(0, 1), [], inJudgment);
        Assert.Equal(expected, PositionTableBuilder.KindName(opinion));
    }
}
