using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Reading;

public sealed class SentenceSplitterTests
{
    private static string Split(string text) =>
        string.Join(" | ", SentenceSplitter.Split(text, new TextSpan(0, text.Length)).Select(s => text.Substring(s.Start, s.Length)));

    [Theory]
    // raw
    [InlineData("See Alpha v. Beta, 475 U.S. 335, 341 (1986). The Court agreed.", "See Alpha v. Beta, 475 U.S. 335, 341 (1986). | The Court agreed.")]
    [InlineData("See, e. g., Gamma v. Delta, 438 U.S. 478 (1978). We hold otherwise.", "See, e. g., Gamma v. Delta, 438 U.S. 478 (1978). | We hold otherwise.")]
    [InlineData("In United States v. Epsilon, 468 U.S. 897 (1984), the Court held. Id., at 922.", "In United States v. Epsilon, 468 U.S. 897 (1984), the Court held. | Id., at 922.")]
    [InlineData("457 U.S., at 818 . Logically, this reasoning fails.", "457 U.S., at 818 . | Logically, this reasoning fails.")]
    [InlineData("Zeta v. Eta, 462 U.S. 213, 264 (1983) (WHITE, J., concurring in judgment). If the magistrate erred, so be it.", "Zeta v. Eta, 462 U.S. 213, 264 (1983) (WHITE, J., concurring in judgment). | If the magistrate erred, so be it.")]
    [InlineData("The Court said: \"The rule is clear.\" The officer knew.", "The Court said: \"The rule is clear.\" | The officer knew.")]
    [InlineData("See H. R. Doc. No. 97-113, p. 3 (1981). Mr. Justice Jackson agreed.", "See H. R. Doc. No. 97-113, p. 3 (1981). | Mr. Justice Jackson agreed.")]
    [InlineData("The rule applies. Ibid. The Court of Appeals erred.", "The rule applies. | Ibid. | The Court of Appeals erred.")]
    [InlineData("He was more skilled . . . than the magistrate. We disagree.", "He was more skilled . . . than the magistrate. | We disagree.")]
    [InlineData("Under 42 U.S.C. 1983 and 5 U.S.C. 7211 (1976 ed., Supp. IV), he sued. It failed.", "Under 42 U.S.C. 1983 and 5 U.S.C. 7211 (1976 ed., Supp. IV), he sued. | It failed.")]
    [InlineData("First paragraph without a period\nSecond paragraph.", "First paragraph without a period | Second paragraph.")]
    // normalized
    [InlineData("a reasonable person would have known.pearson callahan.where the alleged violation", "a reasonable person would have known. | pearson callahan. | where the alleged violation")]
    [InlineData("the warrant was valid.malley,at.the court below erred.", "the warrant was valid. | malley,at. | the court below erred.")]
    [InlineData("we disagree.at.and we reverse.", "we disagree.at. | and we reverse.")]
    [InlineData("mr.creighton asked the officers to leave.they refused.", "mr.creighton asked the officers to leave. | they refused.")]
    [InlineData("the officers searched.ibid.supra,at.they found a gun.", "the officers searched.ibid.supra,at. | they found a gun.")]
    public void Split_Text_GivesSentences(string text, string expected)
    {
        Assert.Equal(expected, Split(text));
    }

    [Fact]
    public void Split_Within_StaysInsideTheSpan()
    {
        const string text = "Before. The middle one. After.";
        var within = new TextSpan(8, 15);
        Assert.All(SentenceSplitter.Split(text, within), s => Assert.True(within.Contains(s)));
        Assert.Equal("The middle one.", text.Substring(SentenceSplitter.Split(text, within)[0].Start, 15));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("...")]
    [InlineData(". . . .")]
    [InlineData("\n\n")]
    [InlineData("at.")]
    public void Split_Junk_NeverThrows(string text)
    {
        var sentences = SentenceSplitter.Split(text, new TextSpan(0, text.Length));
        Assert.All(sentences, s => Assert.True(s.Start >= 0 && s.End <= text.Length && s.Length > 0));
    }
}
