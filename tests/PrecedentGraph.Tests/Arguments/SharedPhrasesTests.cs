using PrecedentGraph.Arguments;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

public class SharedPhrasesTests
{
    private static (SourceDocument Document, List<Paragraph> Paragraphs) Paragraphs(params string[] lines) =>
        ExcerptSegmentation.LineParagraphs(lines, InputForm.Raw);

    [Theory]
    [InlineData("Surely any passably clever plaintiff would.", 1)]
    [InlineData("ANY passably-clever plaintiff could, he said.", 2)]
    [InlineData("A plaintiff who is clever, passably so.", 0)]
    [InlineData("the qualified immunity of the officers", 0)]
    public void Count_PassageQuotingParagraph_CountsDistinctiveSequences(string passage, int expected)
    {
        var (document, paragraphs) = Paragraphs(
            "Any passably clever plaintiff could allege a conspiracy.",
            "The qualified immunity of the officers is at stake here.",
            "We reach the qualified immunity of the officers last.",
            "Nothing about the qualified immunity of the officers remains.");
        var phrases = new SharedPhrases(document, paragraphs, [passage]);

        Assert.Equal(expected, phrases.Count(phrases.Grams(passage), 0));
    }

    [Fact]
    public void Count_SequenceInThreeParagraphs_IsStockPhrase()
    {
        var (document, paragraphs) = Paragraphs(
            "The qualified immunity of the officers is at stake here.",
            "We reach the qualified immunity of the officers last.",
            "Nothing about the qualified immunity of the officers remains.");
        const string passage = "the qualified immunity of the officers";
        var phrases = new SharedPhrases(document, paragraphs, [passage]);

        Assert.Equal(0, phrases.Count(phrases.Grams(passage), 1));
    }
}
