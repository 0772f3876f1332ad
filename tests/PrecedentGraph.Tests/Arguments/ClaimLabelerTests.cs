using PrecedentGraph.Arguments;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

public class ClaimLabelerTests
{
    [Theory]
    [InlineData("Anderson filed a petition for certiorari.", "Anderson filed a petition for certiorari")]
    [InlineData("Sochor appealed, and the court affirmed.", "Sochor appealed, and the court affirmed")]
    [InlineData("Moreover, the warrant was valid.", "the warrant was valid")]
    [InlineData("And so, the search was lawful.", "the search was lawful")]
    public void Label_SentenceOpeningOnAMarkerOrAName_DropsOnlyWholeMarkerWords(string sentence, string expected)
    {
        var document = ExcerptSegmentation.Document(sentence, InputForm.Raw);

        Assert.Equal(expected, ClaimLabeler.Label(document, new TextSpan(0, sentence.Length)));
    }
}
