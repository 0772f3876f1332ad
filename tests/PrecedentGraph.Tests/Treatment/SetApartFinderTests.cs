using PrecedentGraph.Graph;
using PrecedentGraph.Model;
using PrecedentGraph.Treatment;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class SetApartFinderTests
{
    /// <summary>A sentence citing no case sets apart the cases cited before it: one row per cue shape and text form
    /// (raw, then the same text through normalize.py); a line break starts a new paragraph.</summary>
    [Theory]
    [InlineData("In Smith v. Jones, 123 U.S. 456 (1990), the officers searched a car on the highway. They had stopped it for speeding. That is not the case here.", "Smith v. Jones, 123 U.S. 456 (1990)", "set apart later: not the case here")]
    [InlineData("in smith jones,the officers searched a car on the highway.they had stopped it for speeding.that is not the case here.", "smith jones", "set apart later: not the case here")]
    [InlineData("It was the mobility of the car which made the Court in Smith v. Jones, 123 U.S. 456 (1990), unwilling to wait. This is clearly not the case with locked luggage.", "Smith v. Jones, 123 U.S. 456 (1990)", "set apart later: not the case with")]
    [InlineData("it was the mobility of the car which made the court in smith jones,unwilling to wait.this is clearly not the case with locked luggage.", "smith jones", "set apart later: not the case with")]
    [InlineData("Perhaps congestion is a fair concern in deciding who may sue under a statute. See, e. g., Smith v. Jones, 123 U.S. 456 (1990). But this concern has no appropriate role in reading a constitutional right.", "Smith v. Jones, 123 U.S. 456 (1990)", "set apart later: but ... has no appropriate role")]
    [InlineData("perhaps congestion is a fair concern in deciding who may sue under a statute.see,smith jones,identifying rules of standing under the act.but this concern has no appropriate role in reading a constitutional right.", "smith jones", "set apart later: but ... has no appropriate role")]
    [InlineData("The Commission relies upon Smith v. Jones, 123 U.S. 456 (1990), in which the Court upheld limits on broadcast licenses. But billing envelopes differ from broadcast frequencies in two ways.", "Smith v. Jones, 123 U.S. 456 (1990)", "set apart later: but ... differ from")]
    [InlineData("the commission relies upon smith jones,in which the court upheld limits on broadcast licenses.but billing envelopes differ from broadcast frequencies in two ways.", "smith jones", "set apart later: but ... differ from")]
    [InlineData("Our treatment of automobiles rests on their mobility. Smith v. Jones, 123 U.S. 456 (1990).\nThe answer lies in the lesser privacy of the automobile.\nThe factors which diminish the privacy of an automobile do not apply to luggage.", "Smith v. Jones, 123 U.S. 456 (1990)", "set apart later: factors ... do not apply")]
    [InlineData("our treatment of automobiles rests on their mobility.smith jones,\nthe answer lies in the lesser privacy of the automobile.\nthe factors which diminish the privacy of an automobile do not apply to luggage.", "smith jones", "set apart later: factors ... do not apply")]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), involved full-fledged public employees, but in this case the assistants are employees for one purpose only.", "Smith v. Jones, 123 U.S. 456 (1990)", "facts set against the present case")]
    [InlineData("smith jones,involved public employees,but in this case the assistants are employees for one purpose only.", "smith jones", "facts set against the present case")]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), concerned a remedy for federal employees. By contrast, this case concerns private discrimination.", "Smith v. Jones, 123 U.S. 456 (1990)", "next sentence: facts set against the present case")]
    [InlineData("smith jones,concerned a remedy for federal employees.by contrast,this case concerns private discrimination.", "smith jones", "next sentence: facts set against the present case")]
    [InlineData("For its holding, the Court of Appeals relied on the line of cases exemplified by Smith v. Jones, 123 U.S. 456 (1990). In those cases, a speaker whose own speech may be punished may attack a statute on its face. Such a speaker may not refrain.\nIt is otherwise where the parties challenging the statute desire to engage in protected speech.", "Smith v. Jones, 123 U.S. 456 (1990)", "set apart later: reliance answered: it is otherwise")]
    [InlineData("for its holding,the court of appeals relied on the line of cases exemplified by smith jones,in those cases,a speaker whose own speech may be punished may attack a statute on its face.such a speaker may not refrain.\nit is otherwise where the parties challenging the statute desire to engage in protected speech.", "smith jones", "set apart later: reliance answered: it is otherwise")]
    [InlineData("The petitioners rely on Smith v. Jones, 123 U.S. 456 (1990), where the officers had a warrant. But the situation here is different.", "Smith v. Jones, 123 U.S. 456 (1990)", "set apart later: reliance answered: the situation here is different")]
    [InlineData("the petitioners rely on smith jones,where the officers had a warrant.but the situation here is different.", "smith jones", "set apart later: reliance answered: the situation here is different")]
    public void Classify_SetApartAfterTheCitation_Distinguishes(string text, string mention, string cue)
    {
        var treatment = ClassifyOne(text, mention, "majority");
        Assert.Equal("distinguishes", Relations.Name(treatment.Relation));
        Assert.Equal(cue, treatment.Cue);
        Assert.InRange(treatment.Confidence, 0.6, 0.7);
        // the evidence runs from the citation's sentence to the one that sets the case apart
        Assert.True(treatment.Sentence.Contains(Last(text, mention)), "the evidence holds the citation");
        if (cue.StartsWith(SetApartFinder.Label, StringComparison.Ordinal))
        {
            Assert.Equal(text.TrimEnd().Length, treatment.Sentence.End);
        }
    }

    /// <summary>Shapes that do not set the case apart: a denied statement, a turn with no contrasting opener, reliance
    /// in words, a sentence on another topic, a rule the opinion applies.</summary>
    [Theory]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), found that the doctor acted under color of law. I cannot see why this case is different.", "Smith v. Jones, 123 U.S. 456 (1990)", "relies-on", "plain citation")]
    [InlineData("smith jones,found that the doctor acted under color of law.i can not see why this case is different.", "smith jones", "relies-on", "plain citation")]
    [InlineData("Officers may search incident to arrest. See Smith v. Jones, 123 U.S. 456 (1990). The statute does not apply to federal employees.", "Smith v. Jones, 123 U.S. 456 (1990)", "relies-on", "see")]
    [InlineData("officers may search incident to arrest.see smith jones,the statute does not apply to federal employees.", "smith jones", "relies-on", "see")]
    [InlineData("As we held in Smith v. Jones, 123 U.S. 456 (1990), a warrant is needed. But that rule does not apply to a border search.", "Smith v. Jones, 123 U.S. 456 (1990)", "relies-on", "as we held in")]
    [InlineData("as we held in smith jones,a warrant is needed.but that rule does not apply to a border search.", "smith jones", "relies-on", "as we held in")]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), concerned tax refunds.\nThe factors which diminish the privacy of an automobile do not apply to luggage.", "Smith v. Jones, 123 U.S. 456 (1990)", "relies-on", "plain citation")]
    [InlineData("smith jones,concerned tax refunds.\nthe factors which diminish the privacy of an automobile do not apply to luggage.", "smith jones", "relies-on", "plain citation")]
    [InlineData("See Smith v. Jones, 123 U.S. 456 (1990). The prohibition is valid.", "Smith v. Jones, 123 U.S. 456 (1990)", "relies-on", "see")]
    [InlineData("see smith jones,the prohibition is valid.", "smith jones", "relies-on", "see")]
    [InlineData("A federal court makes the choice the rule of Smith v. Jones, 123 U.S. 456 (1990), describes. But when a federal rule covers the question, the inquiry does not apply.", "Smith v. Jones, 123 U.S. 456 (1990)", "relies-on", "plain citation")]
    [InlineData("a federal court makes the choice the rule of smith jones,describes.but when a federal rule covers the question,the inquiry does not apply.", "smith jones", "relies-on", "plain citation")]
    [InlineData("Comparisons of jurors are one means of proof. See, e. g., Smith v. Jones, 123 U.S. 456 (1990). But they are hardly the only means.", "Smith v. Jones, 123 U.S. 456 (1990)", "relies-on", "see e g")]
    [InlineData("comparisons of jurors are one means of proof.see,smith jones,showing a struck juror like a seated one.but they are hardly the only means.", "smith jones", "relies-on", "see")]
    [InlineData("We refused to sanction a law that singled out one class. Smith v. Jones, 123 U.S. 456 (1990). But the State cannot single out one class for punishment that does not apply to everyone else.", "Smith v. Jones, 123 U.S. 456 (1990)", "relies-on", "plain citation")]
    [InlineData("we refused to sanction a law that singled out one class.smith jones,decided in.but the state can not single out one class for punishment that does not apply to everyone else.", "smith jones", "relies-on", "plain citation")]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), concerned a revision of a districting plan. In that regard, it closely resembles the present case.", "Smith v. Jones, 123 U.S. 456 (1990)", "relies-on", "plain citation")]
    [InlineData("smith jones,concerned a revision of a districting plan.in that regard,it closely resembles the present case.", "smith jones", "relies-on", "plain citation")]
    [InlineData("A speaker whose own speech may be punished may attack a statute on its face. Smith v. Jones, 123 U.S. 456 (1990).\nIt is otherwise where the parties challenging the statute desire to engage in protected speech.", "Smith v. Jones, 123 U.S. 456 (1990)", "relies-on", "plain citation")]
    [InlineData("a speaker whose own speech may be punished may attack a statute on its face.smith jones,\nit is otherwise where the parties challenging the statute desire to engage in protected speech.", "smith jones", "relies-on", "plain citation")]
    public void Classify_NoSetApartSentence_KeepsItsLabel(string text, string mention, string relation, string cue)
    {
        var treatment = ClassifyOne(text, mention, "majority");
        Assert.Equal(relation, Relations.Name(treatment.Relation));
        Assert.Equal(cue, treatment.Cue);
    }

    /// <summary>The syllabus's "X, distinguished." labels the first citation of X in the opinion of the Court, with the
    /// syllabus sentence as evidence; a separate opinion is left alone.</summary>
    [Theory]
    [InlineData("Smith v. Jones, 123 U.S. 456, distinguished. Pp. 5-7.\nThe rule of Smith v. Jones, 123 U.S. 456 (1990), governs searches of cars.", "majority", "distinguishes", "syllabus: distinguished")]
    [InlineData("smith jones,distinguished.pp.\nthe rule of smith jones,governs searches of cars.", "majority", "distinguishes", "syllabus: distinguished")]
    [InlineData("Smith v. Jones, 123 U.S. 456, distinguished. Pp. 5-7.\nThe rule of Smith v. Jones, 123 U.S. 456 (1990), governs searches of cars.", "dissent", "relies-on", "plain citation")]
    [InlineData("smith jones,distinguished.pp.\nthe rule of smith jones,governs searches of cars.", "dissent", "relies-on", "plain citation")]
    [InlineData("Smith v. Jones, 123 U.S. 456, followed. Pp. 5-7.\nThe rule of Smith v. Jones, 123 U.S. 456 (1990), governs searches of cars.", "majority", "relies-on", "plain citation")]
    [InlineData("smith jones,followed.pp.\nthe rule of smith jones,governs searches of cars.", "majority", "relies-on", "plain citation")]
    [InlineData("Smith v. Jones, 123 U.S. 456, followed; Doe v. Roe, 7 U.S. 8, distinguished. Pp. 5-7.\nThe rule of Smith v. Jones, 123 U.S. 456 (1990), governs searches of cars.", "majority", "relies-on", "plain citation")]
    [InlineData("smith jones,followed doe roe,distinguished.pp.\nthe rule of smith jones,governs searches of cars.", "majority", "relies-on", "plain citation")]
    public void Classify_SyllabusNote_LabelsTheCourtsCitation(string text, string kind, string relation, string cue)
    {
        var split = text.IndexOf('\n', StringComparison.Ordinal);
        var syllabusMention = text.Contains("Smith v.", StringComparison.Ordinal) ? "Smith v. Jones, 123 U.S. 456" : "smith jones";
        var courtMention = text.Contains("Smith v.", StringComparison.Ordinal) ? "Smith v. Jones, 123 U.S. 456 (1990)" : "smith jones";
        var first = new TextSpan(text.IndexOf(syllabusMention, StringComparison.Ordinal), syllabusMention.Length);
        var second = new TextSpan(text.IndexOf(courtMention, split, StringComparison.Ordinal), courtMention.Length);
        var syllabusParagraph = new Paragraph(0, new TextSpan(0, split), false);
        var opinionParagraph = new Paragraph(1, TextSpan.FromBounds(split + 1, text.Length), false);
        var opinionKind = kind == "majority" ? OpinionKind.Majority : OpinionKind.Dissent;
        var segmentation = new SegmentationResult(new DecisionInfo("Test", "test", null, null, null, null),
            [new Opinion(0, OpinionKind.Syllabus, null, [], [], syllabusParagraph.Span, [syllabusParagraph]),
             new Opinion(1, opinionKind, "Stevens", [], [], opinionParagraph.Span, [opinionParagraph])],
            [syllabusParagraph, opinionParagraph], []);
        var citations = new[] { (first, 0), (second, 1) }.Select((c, i) => new ResolvedCitation(
            new CaseMention(i, CitationForm.Full, c.Item1, c.Item1, "Smith v. Jones", [], null, null, null, null), c.Item2, CaseKey, null)).ToList();
        var resolution = new ResolutionResult([new CitedCase(CaseKey, "Smith v. Jones", null, [], null)], citations, []);

        var result = new TreatmentClassifier().Classify(DocumentOf(text), segmentation, resolution);

        var court = Assert.Single(result.Citations, t => t.Citation.OpinionIndex == 1);
        Assert.Equal(relation, Relations.Name(court.Relation));
        Assert.Equal(cue, court.Cue);
        if (relation == "distinguishes")
        {
            Assert.True(court.Sentence.End <= split, "the evidence is the syllabus sentence");
        }
    }
}
