using PrecedentGraph.Graph;
using PrecedentGraph.Model;
using PrecedentGraph.Treatment;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class UnlikeStatementReaderTests
{
    /// <summary>The present case said to be unlike a class of cases a relative clause describes, then a citation sentence:
    /// the cases cited are examples of that class, set apart (<see cref="NotACaseFinder"/>). Both text forms.</summary>
    [Theory]
    [InlineData("This case is quite unlike others in which we have held unconstitutional state laws which prevent the dissemination of information. See, e. g., Smith v. Jones, 456 U.S. 45 (1982).", "Smith v. Jones, 456 U.S. 45 (1982)")]
    [InlineData("this case is quite unlike others in which we have held unconstitutional state laws which prevent the dissemination of information.see,e.g.,smith jones,", "smith jones")]
    [InlineData("The case before us differs from one in which the governmental character of the action itself constitutes only an element in the primary wrong. See, e. g., Smith v. Jones, 365 U.S. 167 (1961).", "Smith v. Jones, 365 U.S. 167 (1961)")]
    [InlineData("the case before us differs from one in which the governmental character of the action itself constitutes only an element in the primary wrong.see,e.g.,smith jones,", "smith jones")]
    [InlineData("This case is unlike those instances where we have found broad descriptions of the evidence insufficient. See, e. g., Smith v. Jones, 481 U.S. 393 (1987).", "Smith v. Jones, 481 U.S. 393 (1987)")]
    [InlineData("this case is unlike those instances where we have found broad descriptions of the evidence insufficient.see,e.g.,smith jones,", "smith jones")]
    [InlineData("Unlike some of our earlier decisions on the point, we are not here concerned with a rule of procedure. Smith v. Jones, 381 U.S. 618 (1965).", "Smith v. Jones, 381 U.S. 618 (1965)")]
    [InlineData("unlike some of our earlier decisions on the point, we are not here concerned with a rule of procedure.smith jones,", "smith jones")]
    [InlineData("Unlike other decisions applying the doctrine, our decision today excuses no coercion. Cf. Smith v. Jones, 555 U.S. 460 (2009).", "Smith v. Jones, 555 U.S. 460 (2009)")]
    public void Classify_UnlikeClassThenCitations_Distinguishes(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.Equal("distinguishes", Relations.Name(treatment.Relation));
        Assert.StartsWith(NotACaseFinder.Label, treatment.Cue, StringComparison.Ordinal);
    }

    /// <summary>"Not one that" names a doctrine's reach (the case cited is its source), and a present case unlike a named
    /// case is read by the mention rules.</summary>
    [Theory]
    [InlineData("And this case is not one that by its nature falls within the ambit of the exception. See Smith v. Jones, 219 U.S. 498 (1911).", "Smith v. Jones, 219 U.S. 498 (1911)")]
    [InlineData("and this case is not one that by its nature falls within the ambit of the exception.see smith jones,", "smith jones")]
    public void Classify_NotAClassStatement_IsNotSetApartBefore(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.DoesNotContain(NotACaseFinder.Label, treatment.Cue, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("This case is quite unlike others in which we have held laws invalid.", "unlike others")]
    [InlineData("the present case is different from those where the state acted alone.", "different from those")]
    [InlineData("This case is unlike Smith in every respect.", null)]
    [InlineData("The statute is unlike others in which the penalty was fixed.", null)]
    [InlineData("Unlike some of our earlier retroactivity decisions, we are not here concerned with procedure.", "unlike decisions")]
    [InlineData("Unlike the other two petitioners in these cases, he agreed to the test.", null)]
    [InlineData("Unlike the statute, the rule reaches all cases.", null)]
    public void Find_Sentence_GivesComparison(string sentence, string? expected)
    {
        var words = WordSequence.Of(sentence, new TextSpan(0, sentence.Length));

        Assert.Equal(expected, UnlikeStatementReader.Find(words));
    }
}
