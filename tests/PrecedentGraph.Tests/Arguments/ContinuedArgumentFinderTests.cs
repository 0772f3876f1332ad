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
}
