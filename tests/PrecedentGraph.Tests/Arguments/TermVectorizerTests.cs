using PrecedentGraph.Arguments;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

public class TermVectorizerTests
{
    private static readonly string[] Lines =
    [
        "The officers lacked a warrant, and no exigency excused its absence.",
        "A warrantless search of the home is presumptively unreasonable under the Fourth Amendment.",
        "Any passably clever plaintiff could allege a conspiracy among the officers.",
        "The dissent would excuse the absence of a warrant whenever officers act in good faith.",
    ];

    private static (SourceDocument Document, List<Paragraph> Paragraphs) Paragraphs(InputForm form) =>
        ExcerptSegmentation.LineParagraphs(form == InputForm.Raw ? Lines : Lines.Select(l => l.ToLowerInvariant()).ToArray(), form);

    [Theory]
    [InlineData("the officers had no warrant", InputForm.Raw)]
    [InlineData("the officers had no warrant", InputForm.Normalized)]
    [InlineData("Warrantless searches of homes, and exigencies never met before", InputForm.Raw)]
    [InlineData("plaintiffs allege conspiracies", InputForm.Normalized)]
    [InlineData("", InputForm.Raw)]
    public void Cosines_PairSpread_EqualsCosineToTheBit(string window, InputForm form)
    {
        var (document, paragraphs) = Paragraphs(form);
        var vectorizer = new TermVectorizer(document, paragraphs);
        var a = vectorizer.Vector(window);
        var b = vectorizer.Vector(document, paragraphs[0].Span);

        vectorizer.Spread(a, b);

        foreach (var paragraph in paragraphs)
        {
            var vector = vectorizer.Vector(document, paragraph.Span);
            var (toA, toB) = vectorizer.Cosines(vector);
            Assert.Equal(BitConverter.DoubleToInt64Bits(vectorizer.Cosine(a, vector)), BitConverter.DoubleToInt64Bits(toA));
            Assert.Equal(BitConverter.DoubleToInt64Bits(vectorizer.Cosine(b, vector)), BitConverter.DoubleToInt64Bits(toB));
        }
    }

    [Theory]
    [InlineData("Surely any passably clever plaintiff would.", InputForm.Raw)]
    [InlineData("surely any passably clever plaintiff would", InputForm.Normalized)]
    [InlineData("excuse the absence of a warrant", InputForm.Raw)]
    [InlineData("nothing here is shared with any of them", InputForm.Raw)]
    public void Constructor_FeedingPhrases_CountsAsPhrasesReadingAlone(string passage, InputForm form)
    {
        var (document, paragraphs) = Paragraphs(form);
        var alone = new SharedPhrases(document, paragraphs, [passage]);
        var fed = new SharedPhrases([passage]);

        _ = new TermVectorizer(document, paragraphs, fed);

        foreach (var paragraph in paragraphs)
        {
            Assert.Equal(alone.Count(alone.Grams(passage), paragraph.Index), fed.Count(fed.Grams(passage), paragraph.Index));
        }
    }

    [Theory]
    [InlineData("warrants", "warrant")]
    [InlineData("Exigencies", "exigency")]
    [InlineData("officers", "officer")]
    public void Vector_PluralAndSingular_ShareTheirTerm(string plural, string singular)
    {
        var (document, paragraphs) = Paragraphs(InputForm.Raw);
        var vectorizer = new TermVectorizer(document, paragraphs);

        Assert.Equal(vectorizer.Vector(plural).Ids, vectorizer.Vector(singular).Ids);
    }

    [Theory]
    [InlineData("others")]
    [InlineData("the")]
    public void Vector_StopWordOrItsPlural_IsEmpty(string word)
    {
        var (document, paragraphs) = Paragraphs(InputForm.Raw);
        var vectorizer = new TermVectorizer(document, paragraphs);

        Assert.Equal(0, vectorizer.Vector(word).Count);
    }
}
