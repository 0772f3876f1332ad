using PrecedentGraph.Arguments;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

public class AnsweredClaimFinderTests
{
    private const string CourtParagraph = "There can be little doubt that the owner was seized when the officers took him from the garage to the station without his consent.";

    /// <summary>A dissent quoting a paragraph of the Court that states no claim cue answers that paragraph: it is made
    /// a claim, and the dissent's attack lands on it, not on the Court's holding.</summary>
    [Fact]
    public void Mine_DissentQuotingUncuedParagraph_AttacksTheQuotedParagraph()
    {
        var dissent = "The Court states that \"[t]here can be little doubt that the owner was seized when the officers took him from the garage to the station.\" I cannot agree: the owner went to the station of his own accord.";
        var text = Excerpts.Decision("White", CourtParagraph, InputForm.Raw);
        text = text.Replace("I would affirm the judgment", dissent + "\nI would affirm the judgment", StringComparison.Ordinal);
        var document = ExcerptSegmentation.Document(text, InputForm.Raw);
        var result = ExcerptSegmentation.Mine(document, ExcerptSegmentation.Segment(document));

        var quoted = Assert.Single(result.Arguments, a => a.Cue == AnsweredClaimFinder.QuotedCue);
        Assert.StartsWith("There can be little doubt", document.Slice(quoted.Span), StringComparison.Ordinal);
        Assert.Contains(result.Links, l => l.To == quoted.Index && l.Relation == ArgumentRelation.Attacks
            && document.Slice(result.Arguments[l.From].Span).Contains("cannot agree", StringComparison.Ordinal));
    }

    /// <summary>A block quotation of the Court in the dissent is the Court's words, not a claim of the dissent.</summary>
    [Fact]
    public void Mine_BlockQuotationOfTheCourt_IsNoClaimOfTheQuotingOpinion()
    {
        var text = Excerpts.Decision("White", "We conclude that " + CourtParagraph, InputForm.Raw);
        text = text.Replace("I would affirm the judgment", "We conclude that " + CourtParagraph + "\nI would affirm the judgment", StringComparison.Ordinal);
        var document = ExcerptSegmentation.Document(text, InputForm.Raw);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);
        var dissent = segmentation.Opinions.Single(o => o.Kind == OpinionKind.Dissent);

        Assert.DoesNotContain(result.Arguments, a => a.OpinionIndex == dissent.Index && document.Slice(a.Span).Contains("little doubt", StringComparison.Ordinal));
        Assert.Contains(result.Arguments, a => a.OpinionIndex != dissent.Index && document.Slice(a.Span).Contains("little doubt", StringComparison.Ordinal));
    }
}
