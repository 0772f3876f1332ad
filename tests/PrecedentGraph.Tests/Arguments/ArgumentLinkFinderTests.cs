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
        var (links, _, _) = MineParagraph(form, Excerpts.Decision("Powell", paragraph, form), paragraph, OpinionKind.Majority);

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
        var (links, _, _) = MineParagraph(form, Excerpts.Decision("Stevens", paragraph, form), paragraph, OpinionKind.Majority);

        Assert.Equal(linked, links.Count > 0);
    }

    /// <summary>With no stance word, a concurrence in the judgment only writes about the Court's reasoning to part from
    /// it (it agrees with the result, which its own conclusion supports), while a plain concurrence joins it; a
    /// stated agreement still supports.</summary>
    [Theory]
    [InlineData(InputForm.Raw, "concurring in the judgment", "The Court rests its holding about the garage on the informant who saw the televisions there before the search.", ArgumentRelation.Attacks)]
    [InlineData(InputForm.Normalized, "concurring in the judgment", "The Court rests its holding about the garage on the informant who saw the televisions there before the search.", ArgumentRelation.Attacks)]
    [InlineData(InputForm.Raw, "concurring", "The Court rests its holding about the garage on the informant who saw the televisions there before the search.", ArgumentRelation.Supports)]
    [InlineData(InputForm.Normalized, "concurring", "The Court rests its holding about the garage on the informant who saw the televisions there before the search.", ArgumentRelation.Supports)]
    [InlineData(InputForm.Raw, "concurring in the judgment", "I agree with the Court that the warrant named the garage, where the informant had seen the televisions.", ArgumentRelation.Supports)]
    [InlineData(InputForm.Normalized, "concurring in the judgment", "I agree with the Court that the warrant named the garage, where the informant had seen the televisions.", ArgumentRelation.Supports)]
    public void Mine_ConcurrenceInTheJudgmentNamingTheCourt_AttacksUnlessItAgrees(InputForm form, string kind, string paragraph, ArgumentRelation expected)
    {
        var raw = Excerpts.Decision("Powell", paragraph, InputForm.Raw)
            .Replace("JUSTICE POWELL, concurring in part and dissenting in part.", "JUSTICE POWELL, " + kind + ".", StringComparison.Ordinal)
            .Replace("For these reasons, I would reverse in part and affirm in part.", "For these reasons, I concur in the judgment.", StringComparison.Ordinal);
        var (links, _, _) = MineParagraph(form, form == InputForm.Raw ? raw : Excerpts.Normalize(raw), paragraph, OpinionKind.Majority);

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Equal(expected, l.Relation));
    }

    /// <summary>With no stance word, the Court names a concurrence to answer it; a stated agreement still supports.</summary>
    [Theory]
    [InlineData(InputForm.Raw, "JUSTICE POWELL would rest the search of the garage on the informant alone, without regard to the warrant that named it.", ArgumentRelation.Attacks)]
    [InlineData(InputForm.Normalized, "JUSTICE POWELL would rest the search of the garage on the informant alone, without regard to the warrant that named it.", ArgumentRelation.Attacks)]
    [InlineData(InputForm.Raw, "We agree with JUSTICE POWELL that the informant who saw the televisions in the garage was reliable.", ArgumentRelation.Supports)]
    [InlineData(InputForm.Normalized, "We agree with JUSTICE POWELL that the informant who saw the televisions in the garage was reliable.", ArgumentRelation.Supports)]
    public void Mine_CourtNamingAConcurrence_AttacksUnlessItAgrees(InputForm form, string paragraph, ArgumentRelation expected)
    {
        var raw = Excerpts.Decision("White", paragraph, InputForm.Raw)
            .Replace("JUSTICE POWELL, concurring in part and dissenting in part.", "JUSTICE POWELL, concurring.", StringComparison.Ordinal)
            .Replace("For these reasons, I would reverse in part and affirm in part.", "The search of the garage rested on the informant, who had seen the televisions there, and I join the opinion of the Court.", StringComparison.Ordinal);
        var (links, _, _) = MineParagraph(form, form == InputForm.Raw ? raw : Excerpts.Normalize(raw), paragraph, OpinionKind.Concurrence);

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Equal(expected, l.Relation));
    }

    /// <summary>A dissent's paragraph that names no opinion answers the reasoning of the Court's body, not a footnote
    /// however like it: a footnote is reached by pinpoint ("ante, at 5, n. 2").</summary>
    [Theory]
    [InlineData(InputForm.Raw)]
    [InlineData(InputForm.Normalized)]
    public void Mine_DissentNamingNoOpinion_LandsOnTheBodyNotAFootnote(InputForm form)
    {
        const string paragraph = "That conclusion is mistaken: the ledgers on the desk were not in plain view when the officers entered the dark study, for the desk drawer was shut.";
        var raw = Excerpts.Decision("Stevens", paragraph, InputForm.Raw)
            .Replace("The judgment of the Court of Appeals is reversed.", "The judgment of the Court of Appeals is reversed.\n[ Footnote 1 ] The officers entered the study at night, and the ledgers on the desk were in plain view once the officers had turned on the lamp of the dark study.", StringComparison.Ordinal);
        var (links, segmentation, result) = MineParagraph(form, form == InputForm.Raw ? raw : Excerpts.Normalize(raw), paragraph, OpinionKind.Majority);

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.False(segmentation.Paragraphs.Single(p => p.Index == result.Arguments[l.To].Paragraph).IsFootnote));
    }

    /// <summary>Mines <paramref name="text"/> (a decision in <paramref name="form"/>) and returns the links from the
    /// paragraph that holds <paramref name="paragraph"/> to the one opinion of kind <paramref name="target"/>.</summary>
    private static (List<ArgumentLink> Links, SegmentationResult Segmentation, ArgumentResult Result) MineParagraph(
        InputForm form, string text, string paragraph, OpinionKind target)
    {
        var document = ExcerptSegmentation.Document(text, form);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);
        var probe = (form == InputForm.Raw ? paragraph : Excerpts.Normalize(paragraph))[..20];
        var inserted = segmentation.Paragraphs.Single(p => document.Slice(p.Span).Contains(probe, StringComparison.Ordinal)).Index;
        var opinion = segmentation.Opinions.Single(o => o.Kind == target).Index;
        var links = result.Links.Where(l => result.Arguments[l.From].Paragraph == inserted && result.Arguments[l.To].OpinionIndex == opinion).ToList();
        return (links, segmentation, result);
    }
}
