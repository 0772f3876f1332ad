using System.Text;
using PrecedentGraph.Citations;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Citations;

/// <summary>Names learned from raw text, as normalization leaves them in normalized text.</summary>
public class KnownCaseNamesTests
{
    [Theory]
    [InlineData("Paris Adult Theatre I v. Slaton", "paris adult theatre i v slaton")]
    [InlineData("Gary A. v. New Trier High School Dist. No. 203", "gary v new trier high school dist no")]
    [InlineData("O'Brien v. Brown", "o brien v brown")]
    [InlineData("NAACP v. Alabama ex rel. Patterson", "naacp v alabama ex rel patterson")]
    [InlineData("Almeida-Sanchez v. United States", "v united states")]
    [InlineData("Board of Regents of State Colleges v. Roth", "board of regents of state colleges v roth")]
    public void NormalizedWords_RawName_WordsNormalizationLeaves(string name, string words)
    {
        Assert.Equal(words, string.Join(' ', KnownCaseNames.NormalizedWords(name)));
    }

    [Fact]
    public void Find_LearnedNameWithRomanNumeral_FoundInNormalizedText()
    {
        var text = "justice hale delivered the opinion of the court.\nthe state may regulate the public safety itself.zephyr adult theatre i quarles,the nature of the rule.\n";
        var document = DocumentReader.ReadBytes(Encoding.UTF8.GetBytes(text), "norm.txt");

        var found = new CitationFinder(new CitationFinderOptions(["Zephyr Adult Theatre I v. Quarles"])).Find(document);

        Assert.Contains(found.Cases, m => m.CaseName == "zephyr adult theatre i v quarles");
    }

    [Theory]
    [InlineData("Otter Lodge No. 7 v. Pell", "the club is private.see otter lodge no.pell,at the state may", "otter lodge no v pell")]
    [InlineData("Hale v. Eastern Ky. Welfare Org.", "standing is lacking.hale eastern ky.welfare org.at the state may", "hale v eastern ky welfare org")]
    public void Find_LearnedNameSplitByItsOwnPunctuation_FoundWhole(string name, string sentence, string expected)
    {
        var text = "justice hale delivered the opinion of the court.\n" + sentence + "\n";
        var document = DocumentReader.ReadBytes(Encoding.UTF8.GetBytes(text), "norm.txt");

        var found = new CitationFinder(new CitationFinderOptions([name])).Find(document);

        Assert.True(found.Cases.Any(m => m.CaseName == expected), string.Join(" | ", found.Cases.Select(m => m.CaseName)));
    }

    [Theory]
    [InlineData("Quarles v. Zephyr", "the court in hale quarles,zephyr,dissenting,held")]
    [InlineData("Quarles v. Zephyr", "so held the court of quarles.zephyr,the clerk,said")]
    public void Find_LearnedNameSplitWhereTheRawNameHasNoMark_NotFound(string name, string sentence)
    {
        var text = "justice hale delivered the opinion of the court.\n" + sentence + "\n";
        var document = DocumentReader.ReadBytes(Encoding.UTF8.GetBytes(text), "norm.txt");

        var found = new CitationFinder(new CitationFinderOptions([name])).Find(document);

        Assert.DoesNotContain(found.Cases, m => m.CaseName == "quarles v zephyr");
    }

    [Theory]
    [InlineData("Zephyr Films, Inc. v. Quarles", "zephyr films inc v quarles", "0,1,1,1,0")]
    [InlineData("Otter Lodge No. 7 v. Pell", "otter lodge no v pell", "0,0,1,1,0")]
    [InlineData("Hale v. Eastern Ky. Welfare Org.", "hale v eastern ky welfare org", "0,1,0,1,0,1")]
    public void MarkedWords_RawName_MarksWordsAPunctuationFollows(string name, string words, string marks)
    {
        var (found, marked) = KnownCaseNames.MarkedWords(name);

        Assert.Equal(words, string.Join(' ', found));
        Assert.Equal(marks, string.Join(',', marked.Select(m => m ? 1 : 0)));
    }

    [Fact]
    public void Find_LearnedNameOpeningWithACompanySuffix_Ignored()
    {
        var text = "justice hale delivered the opinion of the court.\nthe rule is settled.see inc.quarles,the state may\n";
        var document = DocumentReader.ReadBytes(Encoding.UTF8.GetBytes(text), "norm.txt");

        var found = new CitationFinder(new CitationFinderOptions(["Inc. v. Quarles"])).Find(document);

        Assert.DoesNotContain(found.Cases, m => m.CaseName == "inc v quarles");
    }
}
