using PrecedentGraph.Arguments;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

/// <summary>A separate opinion's conclusion answers the Court's disposition when the disposition closes an argued
/// paragraph, or when the separate opinion's paragraph says no more than its conclusion.</summary>
public class ConclusionLinkerTests
{
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

        var links = ConclusionLinker.Link(arguments, opinions, opinions[0], []).ToList();

        Assert.Equal(linked, links.Any(l => l.From == 1 && l.To == 0 && l.Relation == ArgumentRelation.Attacks));
    }
}
