using PrecedentGraph.Arguments;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

public class DispositionFinderTests
{
    [Theory]
    [InlineData(OpinionKind.Majority, false, "The judgment of the Court of Appeals is reversed.", null, "reverse")]
    [InlineData(OpinionKind.Majority, false, "the judgment of the court of appeals denying the officers qualified immunity must therefore be reversed.", null, "reverse")]
    [InlineData(OpinionKind.Majority, false, "The judgment of the Court of Appeals is affirmed, and the case is remanded for further proceedings consistent with this opinion.", null, "affirm and remand")]
    [InlineData(OpinionKind.Majority, false, "The judgment is vacated, and the case is remanded.", null, "vacate and remand")]
    [InlineData(OpinionKind.Majority, false, "we therefore reverse in part and affirm in part.", null, "reverse in part and affirm in part")]
    [InlineData(OpinionKind.Majority, false, "Affirmed.", null, "affirm")]
    [InlineData(OpinionKind.Majority, false, "REVERSED AND REMANDED.", null, "reverse and remand")]
    [InlineData(OpinionKind.Majority, false, "judgment reversed and cause remanded.", null, "reverse and remand")]
    [InlineData(OpinionKind.Majority, false, "The judgment below is, therefore, reversed, and the case remanded for further proceedings.", null, "reverse and remand")]
    [InlineData(OpinionKind.Majority, false, "Writ dismissed for want of jurisdiction.", null, "dismiss")]
    [InlineData(OpinionKind.Majority, false, "Writ of certiorari dismissed as improvidently granted.", null, "dismiss")]
    [InlineData(OpinionKind.Majority, false, "Denied.", null, "deny")]
    [InlineData(OpinionKind.Majority, false, "The motion for leave to file a petition for writ of habeas corpus is therefore denied.", null, "deny")]
    [InlineData(OpinionKind.Majority, false, "Prohibition denied.", null, "deny")]
    [InlineData(OpinionKind.Majority, false, "The rule to show cause in this case is discharged, and the writ of habeas corpus denied.", null, "deny")]
    [InlineData(OpinionKind.Majority, false, "No child may be denied the opportunity of an education.", null, "undetermined")]
    [InlineData(OpinionKind.PerCuriam, false, "Accordingly, we grant the petition for certiorari, vacate the judgment below, and remand to the Court of Appeals.", null, "vacate and remand")]
    [InlineData(OpinionKind.Majority, false, "The motion to dismiss the appeal is granted.", null, "dismiss")]
    [InlineData(OpinionKind.Dissent, false, "I would affirm the judgment of the Court of Appeals.", "reverse", "would affirm")]
    [InlineData(OpinionKind.Dissent, false, "for all these reasons,i respectfully dissent.", "reverse", "would affirm")]
    [InlineData(OpinionKind.Dissent, false, "For all these reasons, I respectfully dissent.", "affirm and remand", "would reverse")]
    [InlineData(OpinionKind.ConcurrenceDissent, false, "for these reasons,i would reverse in part and affirm in part the judgment of the court of appeals,and i would remand this case.", "reverse", "would reverse in part, affirm in part and remand")]
    [InlineData(OpinionKind.ConcurrenceDissent, false, "I agree with much of the opinion, but I dissent from the remand.", "affirm", "concur in part and dissent in part")]
    [InlineData(OpinionKind.Concurrence, false, "On that basis, I concur.", "reverse", "concur")]
    [InlineData(OpinionKind.Concurrence, true, "I therefore concur in the judgment.", "reverse", "concur in the judgment")]
    [InlineData(OpinionKind.Concurrence, true, "I join the Court's judgment.", "reverse", "concur in the judgment")]
    [InlineData(OpinionKind.Concurrence, false, "The officers acted reasonably in searching the house.", "reverse", "concur")]
    [InlineData(OpinionKind.Dissent, false, "The officers acted unreasonably in searching the house.", "reverse", "would affirm")]
    public void Find_ClosingSentence_GivesDisposition(OpinionKind kind, bool inJudgment, string text, string? lead, string expected)
    {
        var document = ExcerptSegmentation.Document(text, InputForm.Raw);
        var paragraph = new Paragraph(0, new TextSpan(0, text.Length), false);
        var opinion = new Opinion(1, kind, "Author", [], [], paragraph.Span, [paragraph], inJudgment);

        var conclusion = new DispositionFinder(document, new SentenceCache(document)).Find(opinion, lead, []);

        Assert.Equal(expected, conclusion.Disposition);
        Assert.Equal(ArgumentRole.Conclusion, conclusion.Role);
    }

    [Theory]
    [InlineData("would affirm", "reverse")]
    [InlineData("would reverse and remand", "affirm")]
    [InlineData("would vacate", "affirm")]
    [InlineData("would reverse in part, affirm in part and remand", null)]
    [InlineData("dissent", null)]
    public void Dissented_DissentDisposition_GivesTheCourts(string dissent, string? expected)
    {
        Assert.Equal(expected, DispositionFinder.Dissented(dissent));
    }

    [Theory]
    [InlineData("142 Ariz. 446, 690 P.2d 747, vacated and remanded.", "vacate and remand")]
    [InlineData("Reversed in part, affirmed in part, and remanded.", "reverse in part, affirm in part and remand")]
    [InlineData("52 F.3d 1090, affirmed.", "affirm")]
    [InlineData("The petitioner sought review, and the judgment was reversed by the state court on other grounds.", null)]
    public void FromPreamble_ReporterLine_GivesDisposition(string text, string? expected)
    {
        var document = ExcerptSegmentation.Document(text, InputForm.Raw);
        var paragraph = new Paragraph(0, new TextSpan(0, text.Length), false);

        var disposition = new DispositionFinder(document, new SentenceCache(document)).FromPreamble([paragraph], text.Length);

        Assert.Equal(expected, disposition);
    }

    [Theory]
    [InlineData("The Court then remands the case for a determination whether the petitioners are culpable.", "remand")]
    [InlineData("Today the Court reverses a judgment that rests on a careful reading of the record.", "reverse")]
    [InlineData("In that case the Court remanded for findings on the question.", null)]
    public void ToldBy_SeparateOpinionTellingTheJudgment_GivesIt(string text, string? expected)
    {
        var document = ExcerptSegmentation.Document(text, InputForm.Raw);
        var paragraph = new Paragraph(0, new TextSpan(0, text.Length), false);
        var opinion = new Opinion(1, OpinionKind.Dissent, "Author", [], [], paragraph.Span, [paragraph], false);

        Assert.Equal(expected, new DispositionFinder(document, new SentenceCache(document)).ToldBy(opinion));
    }
}
