using PrecedentGraph.Arguments;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

public class QuotationMatcherTests
{
    [Theory]
    [InlineData("The Court states that \"[t]here can be little doubt that the driver was `seized' at the station.\" Ante, at 207.", "therecanbelittledoubtthatthedriverwasseizedatthestation")]
    [InlineData("The Court says that \u201Cthe officers had no warrant for the arrest of the driver\u201D and goes on.", "theofficershadnowarrantforthearrestofthedriver")]
    [InlineData("It quotes \"the officers had no warrant at any time for the arrest . . . of the driver at the station house\".", "theofficershadnowarrantatanytimeforthearrest")]
    public void Quotes_QuotedPassage_GivesItsLettersPieceByPiece(string text, string expected)
    {
        Assert.Contains(expected, QuotationMatcher.Quotes(text));
    }

    [Theory]
    [InlineData("The Court calls it an \"awesome experience\" for the driver.")]
    [InlineData("No quotation marks at all in this sentence of the opinion.")]
    public void Quotes_ShortOrNoQuotation_GivesNothing(string text)
    {
        Assert.Empty(QuotationMatcher.Quotes(text));
    }

    [Fact]
    public void Holding_QuotedWords_NameTheParagraphThatHoldsThem()
    {
        var text = "We hold that the stop was unlawful.\nThere can be little doubt that the driver was \"seized\" when he was taken to the station.\n";
        var document = ExcerptSegmentation.Document(text, InputForm.Raw);
        var paragraphs = new[] { new Paragraph(0, new TextSpan(0, 35), false), new Paragraph(1, TextSpan.FromBounds(36, text.Length - 1), false) };
        var quotes = QuotationMatcher.Quotes("The Court states that \"[t]here can be little doubt that the driver was `seized' when he was taken to the station.\"");

        Assert.Equal([1], new QuotationMatcher(document).Holding(quotes, paragraphs));
    }

    /// <summary>A block quotation (paragraph 1) repeats the other opinion's paragraph (0); a paragraph (0) quoted
    /// inside quotation marks by another (2) is the original, not the repetition.</summary>
    [Theory]
    [InlineData(1, 0, true)]
    [InlineData(0, 2, false)]
    public void Repeats_BlockQuotation_IsTheOtherOpinionsWords(int paragraph, int other, bool repeats)
    {
        var original = "Scenes of a film shown at the drive-in theater are distinguishable from the kind of public display traditionally subject to regulation by the city.";
        var lines = new[] { original + " We so hold.", original, "The dissent says: \"" + original + "\" We disagree." };
        var text = string.Join("\n", lines) + "\n";
        var document = ExcerptSegmentation.Document(text, InputForm.Raw);
        var paragraphs = new List<Paragraph>();
        var start = 0;
        foreach (var line in lines)
        {
            paragraphs.Add(new Paragraph(paragraphs.Count, new TextSpan(start, line.Length), false));
            start += line.Length + 1;
        }

        var opinion = new Opinion(1, OpinionKind.Majority, "White", [], [], paragraphs[other].Span, [paragraphs[other]], false);

        Assert.Equal(repeats, new QuotationMatcher(document).Repeats(paragraphs[paragraph], [opinion]));
    }
}
