using PrecedentGraph.Arguments;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

/// <summary>A separate opinion's conclusion answers the Court's disposition when the disposition closes an argued
/// paragraph, or when the separate opinion's paragraph says no more than its conclusion.</summary>
public class ConclusionLinkerTests
{
    private static SourceDocument Document(string text) => new("test.txt", text, InputForm.Raw, "text", "", null, null, null, []);

    [Theory]
    [InlineData(12, 60, true)]      // "Reversed." answered by "I would affirm the judgment below."
    [InlineData(12, 900, false)]    // "Reversed." is not what a long argued paragraph answers
    [InlineData(900, 900, true)]    // "We hold that ... The judgment is reversed." is answered as a claim
    public void Link_BareOrArguedParagraphs_LinksOnlyWhereTheDispositionIsAnswered(int leadLength, int dissentLength, bool linked)
    {
        var leadParagraph = new Paragraph(1, new TextSpan(0, leadLength), false);
        var dissentParagraph = new Paragraph(2, new TextSpan(1000, dissentLength), false);
        var opinions = new List<Opinion>
        {
            new(1, OpinionKind.Majority, "White", [], [], new TextSpan(0, leadLength), [leadParagraph]),
            new(2, OpinionKind.Dissent, "Stevens", [], [], new TextSpan(1000, dissentLength), [dissentParagraph]),
        };
        var arguments = new List<Argument>
        {
            new(0, 1, 1, ArgumentRole.Conclusion, "Reversed", new TextSpan(0, 9), 1, "reverse", "reversed."),
            new(1, 2, 1, ArgumentRole.Conclusion, "I would affirm", new TextSpan(1000, 20), 2, "would affirm", "i would affirm"),
        };

        var links = ConclusionLinker.Link(Document(new string('x', 2000)), arguments, opinions, opinions[0], []).ToList();

        Assert.Equal(linked, links.Any(l => l.From == 1 && l.To == 0 && l.Relation == ArgumentRelation.Attacks));
    }

    /// <summary>A conclusion taken from the opinion's kind (the text states none) answers the Court only from a
    /// paragraph with a sentence of its own, not from a date line, page header, heading or bare citation.</summary>
    [Theory]
    [InlineData("[June 10, 1999]", false)]
    [InlineData("june", false)]
    [InlineData("[487 U.S. 977, 1012]", false)]
    [InlineData("JUSTICE BLACKMUN, dissenting.", false)]
    [InlineData("justice blackmun,dissenting", false)]
    [InlineData("European Commission of Human Rights, Report on The Greek Case, Vol. 2, pt. 1, pp. 415-416 (1969).", false)]
    [InlineData("european commission of human rights,report on the greek case,vol.pt", false)]
    [InlineData("[ UNITED STATES v. X-CITEMENT VIDEO, INC., ___ U.S. ___ (1994) , 1]", false)]
    [InlineData("united states video,inc", false)]
    [InlineData("United States v. Wade, 388 U.S. 218 (1967), govern this case and compel reversal of the judgment below. [406 U.S. 682, 706]", true)]
    [InlineData("I firmly believe that this case is simply an aberration.", true)]
    [InlineData("i firmly believe that this case is simply an aberration.", true)]
    [InlineData("I submit my respectful dissent. [500 U.S. 415, 453]", true)]
    public void Link_ConclusionFromOpinionKind_LinksOnlyAParagraphThatSpeaks(string paragraph, bool linked)
    {
        var lead = "We hold that the statute is valid, and the judgment below is accordingly reversed in all respects that matter here. Reversed.";
        var text = lead + "\n\n" + paragraph;
        var leadSpan = new TextSpan(0, lead.Length);
        var dissentSpan = new TextSpan(lead.Length + 2, paragraph.Length);
        var opinions = new List<Opinion>
        {
            new(1, OpinionKind.Majority, "White", [], [], leadSpan, [new Paragraph(1, leadSpan, false)]),
            new(2, OpinionKind.Dissent, "Stevens", [], [], dissentSpan, [new Paragraph(2, dissentSpan, false)]),
        };
        var arguments = new List<Argument>
        {
            new(0, 1, 1, ArgumentRole.Conclusion, "Reversed", new TextSpan(lead.Length - 9, 9), 1, "reverse", "reversed."),
            new(1, 2, 1, ArgumentRole.Conclusion, paragraph, dissentSpan, 2, "would affirm", DispositionFinder.KindCue),
        };

        var links = ConclusionLinker.Link(Document(text), arguments, opinions, opinions[0], []).ToList();

        Assert.Equal(linked, links.Any(l => l.From == 1 && l.To == 0));
    }
}
