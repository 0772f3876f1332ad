using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

/// <summary>Relations of paragraphs that take two stances toward the same opinion.</summary>
public class ArgumentLinkFinderTests
{
    /// <summary>Declining part of the Court's opinion and joining the rest gives one attack and one support; a point
    /// granted and turned from ("rightly ... But") gives the attack only.</summary>
    [Theory]
    [InlineData(InputForm.Raw, "I do not join the Court's holding that the ledgers lay in plain view on the desk. Nevertheless, I otherwise join the Court's opinion on the search of the garage for the televisions.", true, true)]
    [InlineData(InputForm.Normalized, "I do not join the Court's holding that the ledgers lay in plain view on the desk. Nevertheless, I otherwise join the Court's opinion on the search of the garage for the televisions.", true, true)]
    [InlineData(InputForm.Raw, "The Court rightly holds that the search of the garage for the stolen televisions was reasonable. But the Court errs about the ledgers, which lay in a closed drawer.", false, true)]
    public void Mine_ParagraphJoiningAndDeclining_GivesEachRelation(InputForm form, string paragraph, bool supports, bool attacks)
    {
        var document = ExcerptSegmentation.Document(Excerpts.Decision("Powell", paragraph, form), form);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);
        var probe = (form == InputForm.Raw ? paragraph : Excerpts.Normalize(paragraph))[..20];
        var inserted = segmentation.Paragraphs.Single(p => document.Slice(p.Span).Contains(probe, StringComparison.Ordinal)).Index;
        var lead = segmentation.Opinions.Single(o => o.Kind == OpinionKind.Majority).Index;
        var links = result.Links.Where(l => result.Arguments[l.From].Paragraph == inserted && result.Arguments[l.To].OpinionIndex == lead).ToList();

        Assert.Equal(supports, links.Any(l => l.Relation == ArgumentRelation.Supports));
        Assert.Equal(attacks, links.Any(l => l.Relation == ArgumentRelation.Attacks));
    }

    /// <summary>A reference that shares no distinctive word with any claim of the opinion it names, and neither quotes
    /// nor pinpoints it, names no claim: no link is drawn from it (the dissent's own conclusion still attacks the
    /// judgment). One that restates a claim's words keeps its link.</summary>
    [Theory]
    [InlineData(InputForm.Raw, "The Court's treatment of this subject is an example of the infirmity of trying to craft rules for every occasion from afar; history teaches modesty.", false)]
    [InlineData(InputForm.Normalized, "The Court's treatment of this subject is an example of the infirmity of trying to craft rules for every occasion from afar; history teaches modesty.", false)]
    [InlineData(InputForm.Raw, "The Court errs in holding that the ledgers lay in plain view, for the ledgers lay hidden inside a closed drawer of the desk.", true)]
    [InlineData(InputForm.Normalized, "The Court errs in holding that the ledgers lay in plain view, for the ledgers lay hidden inside a closed drawer of the desk.", true)]
    public void Mine_ReferenceSharingNoWordWithTheOpinion_LinksOnlyWhenItSharesWords(InputForm form, string paragraph, bool linked)
    {
        var document = ExcerptSegmentation.Document(Excerpts.Decision("Stevens", paragraph, form), form);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);
        var probe = (form == InputForm.Raw ? paragraph : Excerpts.Normalize(paragraph))[..20];
        var inserted = segmentation.Paragraphs.Single(p => document.Slice(p.Span).Contains(probe, StringComparison.Ordinal)).Index;
        var lead = segmentation.Opinions.Single(o => o.Kind == OpinionKind.Majority).Index;

        Assert.Equal(linked, result.Links.Any(l => result.Arguments[l.From].Paragraph == inserted && result.Arguments[l.To].OpinionIndex == lead));
    }
}
