using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

public class ArgumentMinerTests
{
    /// <summary>One row per cue and form: the paragraph, the opinion it goes in, and the link expected from it.</summary>
    [Theory]
    [InlineData(InputForm.Raw, "Stevens", "The Court says the ledgers lay in plain view. Ante, at 5. That is mistaken, for the ledgers were inside a closed drawer.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Normalized, "Stevens", "The Court says the ledgers lay in plain view. Ante, at 5. That is mistaken, for the ledgers were inside a closed drawer.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Raw, "White", "The dissent reads the record to put the ledgers inside a closed drawer, post, at 3 (STEVENS, J., dissenting), but that reading of the ledgers is mistaken.", "Stevens", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Normalized, "White", "The dissent reads the record to put the ledgers inside a closed drawer, post, at 3 (STEVENS, J., dissenting), but that reading of the ledgers is mistaken.", "Stevens", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Raw, "Stevens", "The Court holds that the seizure of the ledgers was lawful. I cannot agree.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Normalized, "Stevens", "The Court holds that the seizure of the ledgers was lawful. I can not agree.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Raw, "Stevens", "The majority suggests that the ledgers lay in plain view on top of the desk, but the record shows the drawer was closed.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Normalized, "Stevens", "The majority suggests that the ledgers lay in plain view on top of the desk, but the record shows the drawer was closed.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Raw, "Powell", "The dissent rightly notes that the ledgers were hidden inside a closed drawer of the desk.", "Stevens", ArgumentRelation.Supports, "ledgers")]
    [InlineData(InputForm.Normalized, "Powell", "The dissent rightly notes that the ledgers were hidden inside a closed drawer of the desk.", "Stevens", ArgumentRelation.Supports, "ledgers")]
    [InlineData(InputForm.Raw, "Powell", "As the dissent points out, post, at 2, the ledgers were hidden inside a closed drawer.", "Stevens", ArgumentRelation.Supports, "ledgers")]
    [InlineData(InputForm.Normalized, "Powell", "As the dissent points out, post, at 2, the ledgers were hidden inside a closed drawer.", "Stevens", ArgumentRelation.Supports, "ledgers")]
    [InlineData(InputForm.Raw, "Powell", "I agree with the Court that the search of the garage for the stolen televisions was reasonable.", "White", ArgumentRelation.Supports, "televisions")]
    [InlineData(InputForm.Normalized, "Powell", "I agree with the Court that the search of the garage for the stolen televisions was reasonable.", "White", ArgumentRelation.Supports, "televisions")]
    [InlineData(InputForm.Raw, "Stevens", "I cannot agree that the search of the garage for stolen televisions was reasonable, for the informant never saw the televisions.", "White", ArgumentRelation.Attacks, "televisions")]
    [InlineData(InputForm.Normalized, "Stevens", "I can not agree that the search of the garage for stolen televisions was reasonable, for the informant never saw the televisions.", "White", ArgumentRelation.Attacks, "televisions")]
    [InlineData(InputForm.Raw, "Stevens", "The Court errs in treating the ledgers in the desk as lying in plain view.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Normalized, "Stevens", "The Court errs in treating the ledgers in the desk as lying in plain view.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Raw, "Powell", "I disagree with the Court that the ledgers lay in plain view on the desk.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Normalized, "Powell", "I disagree with the Court that the ledgers lay in plain view on the desk.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Raw, "White", "JUSTICE STEVENS would find the ledgers hidden in a closed drawer, but we disagree: the ledgers lay in plain view.", "Stevens", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Normalized, "White", "JUSTICE STEVENS would find the ledgers hidden in a closed drawer, but we disagree: the ledgers lay in plain view.", "Stevens", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Raw, "Stevens", "The Court's view that the televisions were seen in the garage ignores the informant's own account of the televisions.", "White", ArgumentRelation.Attacks, "televisions")]
    [InlineData(InputForm.Normalized, "Stevens", "The Court's view that the televisions were seen in the garage ignores the informant's own account of the televisions.", "White", ArgumentRelation.Attacks, "televisions")]
    [InlineData(InputForm.Raw, "Stevens", "The Court rightly holds that the search of the garage for the stolen televisions, which the informant saw in the garage, was reasonable. But the Court errs about the ledgers.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Normalized, "Stevens", "The Court rightly holds that the search of the garage for the stolen televisions, which the informant saw in the garage, was reasonable. But the Court errs about the ledgers.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Raw, "Stevens", "Applying the ordinary reading of the record, I conclude, with the Court of Appeals, that the ledgers were hidden inside a closed drawer of the desk.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Normalized, "Stevens", "Applying the ordinary reading of the record, I conclude, with the Court of Appeals, that the ledgers were hidden inside a closed drawer of the desk.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Raw, "Stevens", "As the Court correctly points out, the ledgers lay on top of the desk. But the drawer beneath the ledgers was closed, and the search of that drawer was unlawful.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Normalized, "Stevens", "As the Court correctly points out, the ledgers lay on top of the desk. But the drawer beneath the ledgers was closed, and the search of that drawer was unlawful.", "White", ArgumentRelation.Attacks, "ledgers")]
    [InlineData(InputForm.Raw, "Stevens", "The Court's decision today departs from the view we expressed in Smith v. Jones that ledgers in a closed drawer of a desk are not in plain view.", "White", ArgumentRelation.Attacks, "ledgers")]
    public void Mine_CuePointingAtAnotherOpinion_LinksToItsMostSimilarArgument(InputForm form, string author, string paragraph,
        string targetAuthor, ArgumentRelation relation, string targetWord)
    {
        var document = ExcerptSegmentation.Document(Excerpts.Decision(author, paragraph, form), form);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);
        int Opinion(string name) => segmentation.Opinions.Single(o => o.Author == name).Index;

        // the links of the paragraph put in (the stock paragraphs of a dissent answer the Court too)
        var probe = (form == InputForm.Raw ? paragraph : Excerpts.Normalize(paragraph))[..20];
        var inserted = segmentation.Paragraphs.Single(p => document.Slice(p.Span).Contains(probe, StringComparison.Ordinal)).Index;
        var cross = result.Links.Where(l => result.Arguments[l.From].OpinionIndex != result.Arguments[l.To].OpinionIndex
            && result.Arguments[l.From].Role == ArgumentRole.Reason && result.Arguments[l.From].Paragraph == inserted).ToList();
        var link = Assert.Single(cross);
        Assert.Equal(Opinion(author), result.Arguments[link.From].OpinionIndex);
        Assert.Equal(Opinion(targetAuthor), result.Arguments[link.To].OpinionIndex);
        Assert.Equal(relation, link.Relation);
        Assert.Contains(targetWord, document.Slice(result.Arguments[link.To].Span), StringComparison.OrdinalIgnoreCase);
        Assert.InRange(link.Confidence, 0.01, 1.0);
        Assert.True(link.Evidence.Length > 0);
    }

    [Theory]
    [InlineData(InputForm.Raw, "White", "reverse")]
    [InlineData(InputForm.Normalized, "White", "reverse")]
    [InlineData(InputForm.Raw, "Powell", "would reverse in part and affirm in part")]
    [InlineData(InputForm.Normalized, "Powell", "would reverse in part and affirm in part")]
    [InlineData(InputForm.Raw, "Stevens", "would affirm")]
    [InlineData(InputForm.Normalized, "Stevens", "would affirm")]
    public void Mine_Excerpt_EveryOpinionHasAConclusionWithItsDisposition(InputForm form, string author, string disposition)
    {
        var document = ExcerptSegmentation.Document(Excerpts.Decision("", "", form), form);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);
        var opinion = segmentation.Opinions.Single(o => o.Author == author);

        var conclusion = Assert.Single(result.Arguments, a => a.OpinionIndex == opinion.Index && a.Role == ArgumentRole.Conclusion);
        Assert.Equal(disposition, conclusion.Disposition);
        Assert.DoesNotContain(result.Arguments, a => a.OpinionIndex == 0);
    }

    /// <summary>"The Court" of another case, and a justice who wrote none of the opinions, point at nothing here.</summary>
    [Theory]
    [InlineData(InputForm.Raw, "Speaking for the Court in Chimel, one justice wrote that the ledgers lay in plain view; that is mistaken.")]
    [InlineData(InputForm.Normalized, "Speaking for the Court in Chimel, one justice wrote that the ledgers lay in plain view; that is mistaken.")]
    [InlineData(InputForm.Raw, "The Court today decides in Chimel that the ledgers lay in plain view, and that is mistaken.")]
    [InlineData(InputForm.Normalized, "The Court today decides in Chimel that the ledgers lay in plain view, and that is mistaken.")]
    [InlineData(InputForm.Raw, "JUSTICE HARLAN's dissent in Chimel says the ledgers lay in plain view. Ante, at 5. That is mistaken.")]
    [InlineData(InputForm.Normalized, "JUSTICE HARLAN's dissent in Chimel says the ledgers lay in plain view. Ante, at 5. That is mistaken.")]
    [InlineData(InputForm.Raw, "In Chimel and in Coleman, the Court, in condemning searches of desks, held the ledgers private; that is mistaken.")]
    [InlineData(InputForm.Normalized, "In Chimel and in Coleman, the Court, in condemning searches of desks, held the ledgers private; that is mistaken.")]
    public void Mine_ReferenceToAnotherCase_DrawsNoLink(InputForm form, string paragraph)
    {
        var document = ExcerptSegmentation.Document(Excerpts.Decision("Stevens", paragraph, form), form);
        var result = ExcerptSegmentation.Mine(document, ExcerptSegmentation.Segment(document));

        Assert.DoesNotContain(result.Links, l => result.Arguments[l.From].OpinionIndex != result.Arguments[l.To].OpinionIndex
            && result.Arguments[l.From].Role == ArgumentRole.Reason);
    }

    /// <summary>A dissent disputing a point without naming any court or opinion answers the Court.</summary>
    [Theory]
    [InlineData(InputForm.Raw)]
    [InlineData(InputForm.Normalized)]
    public void Mine_DissentDisputingWithoutNamingTheCourt_AttacksTheLeadOpinion(InputForm form)
    {
        var paragraph = "Smith v. Jones does not dictate that the ledgers be treated as lying in plain view. Smith decided only that a desk drawer is private.";
        var document = ExcerptSegmentation.Document(Excerpts.Decision("Stevens", paragraph, form), form);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);
        var lead = segmentation.Opinions.Single(o => o.Kind == OpinionKind.Majority);

        Assert.Contains(result.Links, l => l.Relation == ArgumentRelation.Attacks && l.Cue.StartsWith("implicit", StringComparison.Ordinal)
            && result.Arguments[l.From].Role == ArgumentRole.Reason && result.Arguments[l.To].OpinionIndex == lead.Index);
    }

    /// <summary>Words the Court is reported to say are not the writer's: "disagree" in them is no attack.</summary>
    [Theory]
    [InlineData(InputForm.Raw)]
    [InlineData(InputForm.Normalized)]
    public void Mine_CourtsReportedWords_AreNotTheWritersStance(InputForm form)
    {
        var paragraph = "The Court rightly says that reasonable officers could disagree about whether the ledgers lay in plain view.";
        var document = ExcerptSegmentation.Document(Excerpts.Decision("Powell", paragraph, form), form);
        var result = ExcerptSegmentation.Mine(document, ExcerptSegmentation.Segment(document));

        var link = Assert.Single(result.Links, l => result.Arguments[l.From].OpinionIndex != result.Arguments[l.To].OpinionIndex
            && result.Arguments[l.From].Role == ArgumentRole.Reason);
        Assert.Equal(ArgumentRelation.Supports, link.Relation);
    }

    /// <summary>"I would affirm" attacks the Court's "reversed"; "reverse in part and affirm in part" takes no side.</summary>
    [Theory]
    [InlineData(InputForm.Raw)]
    [InlineData(InputForm.Normalized)]
    public void Mine_SeparateConclusion_AttacksOrLeavesTheJudgment(InputForm form)
    {
        var document = ExcerptSegmentation.Document(Excerpts.Decision("", "", form), form);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);
        Argument Conclusion(string author) => result.Arguments.Single(a => a.Role == ArgumentRole.Conclusion
            && a.OpinionIndex == segmentation.Opinions.Single(o => o.Author == author).Index);

        var link = Assert.Single(result.Links, l => l.From == Conclusion("Stevens").Index);
        Assert.Equal(Conclusion("White").Index, link.To);
        Assert.Equal(ArgumentRelation.Attacks, link.Relation);
        Assert.DoesNotContain(result.Links, l => l.From == Conclusion("Powell").Index);
    }

    [Theory]
    [InlineData(InputForm.Raw, "we hold")]
    [InlineData(InputForm.Normalized, "we hold")]
    [InlineData(InputForm.Raw, "we also conclude")]
    [InlineData(InputForm.Normalized, "we also conclude")]
    [InlineData(InputForm.Raw, "in my view")]
    [InlineData(InputForm.Normalized, "in my view")]
    public void Mine_ClaimCue_MakesAReasonWithLabelFromTheClaim(InputForm form, string cue)
    {
        var document = ExcerptSegmentation.Document(Excerpts.Decision("", "", form), form);
        var result = ExcerptSegmentation.Mine(document, ExcerptSegmentation.Segment(document));

        var reason = Assert.Single(result.Arguments, a => a.Cue == cue);
        Assert.Equal(ArgumentRole.Reason, reason.Role);
        Assert.Contains(reason.Label, document.Slice(reason.Span), StringComparison.Ordinal);
        Assert.InRange(LabelWords.Count(reason.Label), 3, 15);
        Assert.Contains(result.Links, l => l.From == reason.Index && l.Relation == ArgumentRelation.Supports
            && result.Arguments[l.To].Role == ArgumentRole.Conclusion && result.Arguments[l.To].OpinionIndex == reason.OpinionIndex);
    }

    [Theory]
    [InlineData(InputForm.Raw, "television")]
    [InlineData(InputForm.Normalized, "television")]
    [InlineData(InputForm.Raw, "ledger")]
    [InlineData(InputForm.Normalized, "ledger")]
    public void Mine_TwoQuestions_GroupsArgumentsIntoIssuesNamedByTheirTerms(InputForm form, string term)
    {
        var paragraph = "I cannot agree that the informant ever saw the stolen televisions in the garage, so the search of the garage for televisions was unreasonable.";
        var document = ExcerptSegmentation.Document(Excerpts.Decision("Stevens", paragraph, form), form);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);

        var issue = Assert.Single(result.Issues, i => i.Terms.Contains(term));
        Assert.Contains(term, issue.Name, StringComparison.Ordinal);
        Assert.Equal(2, result.Issues.Count);
        Assert.All(issue.Arguments, a => Assert.Equal(ArgumentRole.Reason, result.Arguments[a].Role));
        var dissent = segmentation.Opinions.Single(o => o.Author == "Stevens").Index;
        var concurrence = segmentation.Opinions.Single(o => o.Author == "Powell").Index;
        Assert.Contains(result.Positions, p => p.OpinionIndex == dissent && p.IssueIndex == issue.Index && p.Position == Position.Against);
        Assert.Contains(result.Positions, p => p.OpinionIndex == concurrence && p.IssueIndex == issue.Index && p.Position == Position.Silent);
    }

    /// <summary>A separate opinion of another court is not one of this decision's: "the dissent" after "One member of
    /// the panel filed a dissent".</summary>
    [Theory]
    [InlineData(InputForm.Raw, "One member of the panel filed a dissent. The dissent argued that the ledgers were hidden in a drawer and could not be seized.")]
    [InlineData(InputForm.Normalized, "One member of the panel filed a dissent. The dissent argued that the ledgers were hidden in a drawer and could not be seized.")]
    public void Mine_SeparateOpinionOfAnotherCourt_DrawsNoLink(InputForm form, string paragraph)
    {
        var document = ExcerptSegmentation.Document(Excerpts.Decision("White", paragraph, form), form);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);
        var lead = segmentation.Opinions.Single(o => o.Kind == OpinionKind.Majority);

        Assert.DoesNotContain(result.Links, l => result.Arguments[l.From].OpinionIndex == lead.Index
            && result.Arguments[l.To].OpinionIndex != lead.Index);
    }
}
