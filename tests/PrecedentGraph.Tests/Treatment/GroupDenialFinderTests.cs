using PrecedentGraph.Graph;
using PrecedentGraph.Treatment;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class GroupDenialFinderTests
{
    /// <summary>A sentence citing no case that answers the cases as a group: the cases cited before it, and after a
    /// denial the cases opening the sentences after it, are set apart. One row per shape and text form (raw, then
    /// through normalize.py, where the answer often runs into the citations before it).</summary>
    [Theory]
    [InlineData("The dissent relies on Smith v. Jones, 361 U.S. 98 (1959), as holding that a view is part of the trial. That reading is mistaken. None of these cases was concerned with the procedure at a view.", "Smith v. Jones, 361 U.S. 98 (1959)")]
    [InlineData("the dissent relies on smith jones,as holding that a view is part of the trial.that reading is mistaken.none of these cases was concerned with the procedure at a view.", "smith jones")]
    [InlineData("Today's opinion is without antecedent. None of the decisions cited as authority support the Court's reading. Smith v. Jones, 511 U.S. 600 (1994), applied the background rule to a statute that said nothing about the matter.", "Smith v. Jones, 511 U.S. 600 (1994)")]
    [InlineData("today opinion is without antecedent.none of the decisions cited as authority support the court reading.smith jones,applied the background rule to a statute that said nothing about the matter.", "smith jones")]
    [InlineData("Neither case involved the power of Congress over a comprehensive scheme. Smith v. Jones, 514 U.S. 549 (1995), struck down a statute of another kind.", "Smith v. Jones, 514 U.S. 549 (1995)")]
    [InlineData("neither case involved the power of congress over a comprehensive scheme.smith jones,struck down a statute of another kind.", "smith jones")]
    [InlineData("Petitioner also looks to a line of decisions on jury selection. See, e.g., Smith v. Jones, 385 U.S. 545, 550 (1967). The review provided for in those cases, however, leaves room for deference to state-court findings.", "Smith v. Jones, 385 U.S. 545, 550 (1967)")]
    [InlineData("petitioner also looks to a line of decisions on jury selection.see,smith jones,the review provided for in those cases,however,leaves room for deference to findings.", "smith jones")]
    [InlineData("The dissent notes that Smith v. Jones, 471 U.S. 759 (1985), held the land exempt. But those cases concerned land the tribe had continuously occupied.", "Smith v. Jones, 471 U.S. 759 (1985)")]
    [InlineData("the dissent notes that smith jones,held the land exempt.but those cases concerned land the tribe had continuously occupied.", "smith jones")]
    public void Classify_AnsweredAsAGroup_Distinguishes(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.Equal("distinguishes", Relations.Name(treatment.Relation));
        Assert.StartsWith(GroupDenialFinder.Label, treatment.Cue, StringComparison.Ordinal);
    }

    /// <summary>A concessive head, a sentence citing none between the denial and the cases, and "In these cases, however"
    /// (as often the cases at bar) are no answer.</summary>
    [Theory]
    [InlineData("See, e.g., Smith v. Jones, 472 U.S. 400 (1985). While none of these cases directly addresses the question presented here, all of them show our consistent understanding of the statute.", "Smith v. Jones, 472 U.S. 400 (1985)")]
    [InlineData("see,smith jones,while none of these cases directly addresses the question presented here,all of them show our consistent understanding of the statute.", "smith jones")]
    [InlineData("None of the cases upon which the Court relies implies such limits. Many cases upheld the regulation of speech. E. g., Smith v. Jones, 418 U.S. 298 (1974).", "Smith v. Jones, 418 U.S. 298 (1974)")]
    [InlineData("none of the cases upon which the court relies implies such limits.many cases upheld the regulation of speech.smith jones,", "smith jones")]
    [InlineData("See Smith v. Jones, 451 U.S. 454 (1981). In these cases, however, both courts below evaluated the default.", "Smith v. Jones, 451 U.S. 454 (1981)")]
    [InlineData("see smith jones,in these cases,however,both courts below evaluated the default.", "smith jones")]
    public void Classify_NoAnswer_IsNotSetApart(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.NotEqual("distinguishes", Relations.Name(treatment.Relation));
    }

    /// <summary>The reading of one sentence citing no case.</summary>
    [Theory]
    [InlineData("None of these cases was concerned with the procedure at a view.", "Denial")]
    [InlineData("In none of these cases did the Court apply the fiction.", "Denial")]
    [InlineData("Neither of the cases that the plurality cites is in point.", "Denial")]
    [InlineData("Those decisions, however, rested on a premise missing from this case.", "Turn")]
    [InlineData("But these cases merely stand for the unexceptional proposition.", "Turn")]
    [InlineData("These cases show that the rule is settled.", "None")]
    [InlineData("Although none of these cases decides the point, all of them point one way.", "None")]
    [InlineData("Neither the Court of Appeals nor the District Court reached the question.", "None")]
    [InlineData("However analytically imprecise these cases may be, they represent a deeply held belief.", "None")]
    [InlineData("But if there is any distinction between these cases and the case at bar, it is slight.", "None")]
    public void Read_Sentence_GivesItsAnswer(string sentence, string expected)
    {
        var answer = GroupDenialFinder.Read(PrecedentGraph.Treatment.WordSequence.Of(sentence, new PrecedentGraph.Model.TextSpan(0, sentence.Length)));

        Assert.Equal(expected, answer.ToString());
    }
}
