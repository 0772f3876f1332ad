using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

/// <summary>Which opinion a reference names: the Chief Justice by his title, a justice named just before "I cannot
/// agree", not another case's dissent.</summary>
public class OpinionReferenceFinderTests
{
    private const string ChiefDecision = """
        Syllabus of the case, prepared by the Reporter of Decisions for the convenience of the reader.
        CHIEF JUSTICE BURGER delivered the opinion of the Court.
        We hold that the search of the footlocker required a warrant, because the agents had the footlocker under their exclusive control at the station.
        The judgment of the Court of Appeals is affirmed.
        JUSTICE WHITE, dissenting.
        In my view the agents could open the footlocker at once, because it was seized at the arrest and could have held a weapon.
        I would reverse the judgment of the Court of Appeals.
        JUSTICE BRENNAN, concurring.
        {Brennan}
        """;

    private const string Adding = "I write only to add that the footlocker was locked when the agents seized it at the station, so nothing in it lay open to view.";

    private const string Joining = "I fully join THE CHIEF JUSTICE's thorough opinion for the Court on the search of the footlocker. " + Adding;

    [Theory]
    [InlineData(InputForm.Raw, Joining, "Burger")]
    [InlineData(InputForm.Normalized, Joining, "Burger")]
    [InlineData(InputForm.Raw, "I agree with the reasons given by THE CHIEF JUSTICE for requiring a warrant to search the footlocker. " + Adding, "Burger")]
    public void Mine_TheChiefJustice_NamesTheOpinionHeWrote(InputForm form, string paragraph, string target)
    {
        var raw = ChiefDecision.Replace("{Brennan}", paragraph, StringComparison.Ordinal);
        var document = ExcerptSegmentation.Document(form == InputForm.Raw ? raw : Excerpts.Normalize(raw), form);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);
        var brennan = segmentation.Opinions.Single(o => o.Author == "Brennan").Index;

        Assert.Contains(result.Links, l => result.Arguments[l.From].OpinionIndex == brennan && result.Arguments[l.From].Role == ArgumentRole.Reason
            && segmentation.Opinions[result.Arguments[l.To].OpinionIndex].Author == target && l.Relation == ArgumentRelation.Supports);
    }

    /// <summary>"I cannot agree" answers the justice just named, not the Court; "the dissent in Chimel" is another
    /// case's dissent.</summary>
    [Theory]
    [InlineData(InputForm.Raw, "Stevens", "JUSTICE POWELL, in his separate opinion, states that the warrant reached the ledgers in the desk. I cannot agree that the warrant reached the ledgers.", "Powell")]
    [InlineData(InputForm.Normalized, "Stevens", "JUSTICE POWELL, in his separate opinion, states that the warrant reached the ledgers in the desk. I cannot agree that the warrant reached the ledgers.", "Powell")]
    [InlineData(InputForm.Raw, "Powell", "Because I was in the dissent in Chimel, I do not join the Court's holding that the ledgers lay in plain view on the desk.", "White")]
    public void Mine_StanceAfterANamedOpinion_AnswersThatOpinion(InputForm form, string author, string paragraph, string target)
    {
        var document = ExcerptSegmentation.Document(Excerpts.Decision(author, paragraph, form), form);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);
        var probe = (form == InputForm.Raw ? paragraph : Excerpts.Normalize(paragraph))[..20];
        var inserted = segmentation.Paragraphs.Single(p => document.Slice(p.Span).Contains(probe, StringComparison.Ordinal)).Index;

        var targets = result.Links.Where(l => result.Arguments[l.From].Paragraph == inserted && result.Arguments[l.From].Role == ArgumentRole.Reason
                && result.Arguments[l.To].OpinionIndex != result.Arguments[l.From].OpinionIndex)
            .Select(l => segmentation.Opinions[result.Arguments[l.To].OpinionIndex].Author).Distinct().ToList();
        Assert.Equal([target], targets);
    }

    /// <summary>"The prevailing opinion" of a decision with no opinion of the Court is the lead opinion, as "the Court"
    /// and "the plurality" are.</summary>
    [Theory]
    [InlineData(InputForm.Raw, "The prevailing opinion errs in resting its holding about the ledgers on a view of the desk that the officers never described at the suppression hearing.")]
    [InlineData(InputForm.Normalized, "The prevailing opinion errs in resting its holding about the ledgers on a view of the desk that the officers never described at the suppression hearing.")]
    public void Mine_PrevailingOpinion_NamesTheLeadOpinion(InputForm form, string paragraph)
    {
        var document = ExcerptSegmentation.Document(Excerpts.Decision("Powell", paragraph, form), form);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);
        var probe = (form == InputForm.Raw ? paragraph : Excerpts.Normalize(paragraph))[..20];
        var inserted = segmentation.Paragraphs.Single(p => document.Slice(p.Span).Contains(probe, StringComparison.Ordinal)).Index;

        Assert.Contains(result.Links, l => result.Arguments[l.From].Paragraph == inserted && l.Relation == ArgumentRelation.Attacks
            && segmentation.Opinions[result.Arguments[l.To].OpinionIndex].Author == "White");
    }
}
