using System.Text;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

/// <summary>Junk never throws: empty, truncated, binary-looking and huge text give fewer arguments, not exceptions.</summary>
public class ArgumentMinerJunkTests
{
    public static TheoryData<string, string> Junk() => new()
    {
        { "empty", "" },
        { "spaces", "   \n\n \r\n" },
        { "header only", "JUSTICE WHITE delivered the opinion of the Court.\n" },
        { "truncated", "JUSTICE WHITE delivered the opinion of the Court.\nWe hold that the ante, at" },
        { "control characters", "JUSTICE WHITE delivered the opinion of the Court.\n\u0001\u0002 post, at \u0000 (\n" },
        { "repeated cues", "JUSTICE WHITE delivered the opinion of the Court.\nWe hold.\nJUSTICE STEVENS, dissenting.\n"
            + string.Concat(Enumerable.Repeat("The Court errs, ante, at 5; post, at 6 (opinion of STEVENS, J.). I cannot agree. ", 2000)) },
    };

    [Theory]
    [MemberData(nameof(Junk))]
    public void Mine_Junk_ReturnsWithoutThrowing(string name, string text)
    {
        Assert.NotNull(name);
        foreach (var form in new[] { InputForm.Raw, InputForm.Normalized })
        {
            var result = ExcerptSegmentation.Mine(text, form);
            Assert.All(result.Links, l => Assert.InRange(l.To, 0, result.Arguments.Count - 1));
        }
    }

    [Fact]
    public void Mine_HugeOpinion_FinishesWithOneReasonPerArguingParagraph()
    {
        var builder = new StringBuilder("JUSTICE WHITE delivered the opinion of the Court.\n");
        for (var i = 0; i < 3000; i++)
        {
            builder.Append("We conclude that the search of the garage number ").Append(i % 50).Append(" was reasonable, because the warrant named it.\n");
        }
        builder.Append("The judgment of the Court of Appeals is affirmed.\n");
        var result = ExcerptSegmentation.Mine(builder.ToString(), InputForm.Raw);
        Assert.Equal(3001, result.Arguments.Count);
        Assert.Equal("affirm", result.Arguments[^1].Disposition);
    }
}
