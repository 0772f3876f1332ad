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
}
