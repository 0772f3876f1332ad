using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

/// <summary>A dissent that has named the Court argues on against it in paragraphs that name no opinion; a passage it
/// quotes, and a paragraph before it names the Court, do not.</summary>
public class ContinuedArgumentFinderTests
{
    private const string Naming = "The Court holds that the ledgers lay in plain view on the desk, and I disagree.";

    private const string Merits = "In the present case the agents found the ledgers only after opening a closed drawer of the desk, which our cases have always treated as a private place.";

    private const string Quoted = "\"No officer shall open a closed drawer of a desk without a warrant that names the desk and the drawer to be searched, nor seize what lies inside it.\"";

    [Theory]
    [InlineData(InputForm.Raw, Naming + "\n" + Merits, Merits, true)]
    [InlineData(InputForm.Normalized, Naming + "\n" + Merits, Merits, true)]
    [InlineData(InputForm.Raw, Merits, Merits, false)]
    [InlineData(InputForm.Normalized, Merits, Merits, false)]
    [InlineData(InputForm.Raw, Naming + " The statute provides:\n" + Quoted, Quoted, false)]
    public void Mine_DissentParagraphNamingNoOpinion_AttacksTheCourtOnlyAfterNamingIt(InputForm form, string paragraphs, string probe, bool attacks)
    {
        var document = ExcerptSegmentation.Document(Excerpts.Decision("Stevens", paragraphs, form), form);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);
        var text = (form == InputForm.Raw ? probe : Excerpts.Normalize(probe))[..30];
        var paragraph = segmentation.Paragraphs.Single(p => document.Slice(p.Span).Contains(text, StringComparison.Ordinal)).Index;
        var lead = segmentation.Opinions.Single(o => o.Kind == OpinionKind.Majority).Index;

        var linked = result.Links.Any(l => result.Arguments[l.From].Paragraph == paragraph && result.Arguments[l.To].OpinionIndex == lead
            && l.Relation == ArgumentRelation.Attacks);
        Assert.Equal(attacks, linked);
    }

    private const string ThirdPerson = "Once the rule outlawing solicitation is invalidated, the prohibition on bulk mailing by the Union must fall with it, for the two rest on one and the same asserted danger to order.";

    private const string Facts = "Over the following months the Union mailed its newsletters to members held in several other prisons, and the officials of each prison then returned the packets to the sender.";

    /// <summary>Right after a paragraph answering the Court, a paragraph arguing in the third person ("must fall")
    /// carries the attack on, in raw text; a recital of facts does not, nor does the third person where it does not
    /// follow an answering paragraph, nor in the normalized form (which cannot tell a quoted passage).</summary>
    [Theory]
    [InlineData(InputForm.Raw, Naming + "\n" + ThirdPerson, ThirdPerson, true)]
    [InlineData(InputForm.Normalized, Naming + "\n" + ThirdPerson, ThirdPerson, false)]
    [InlineData(InputForm.Raw, Naming + "\n" + Facts, Facts, false)]
    [InlineData(InputForm.Normalized, Naming + "\n" + Facts, Facts, false)]
    [InlineData(InputForm.Raw, Naming + "\n" + Facts + "\n" + ThirdPerson, ThirdPerson, false)]
    public void Mine_ThirdPersonArgumentAfterAnsweringParagraph_AttacksTheCourtInRawText(InputForm form, string paragraphs, string probe, bool attacks) =>
        Mine_DissentParagraphNamingNoOpinion_AttacksTheCourtOnlyAfterNamingIt(form, paragraphs, probe, attacks);
}
