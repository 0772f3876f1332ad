using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

/// <summary>Which paragraph of the Court a separate opinion's paragraph lands on.</summary>
public class LinkTargetResolverTests
{
    private const string Court = """
        Syllabus of the case, prepared by the Reporter of Decisions for the convenience of the reader.
        JUSTICE WHITE delivered the opinion of the Court.
        [500 U.S. 1, 2] We hold that the search of the garage for stolen televisions was reasonable, because the warrant named the garage and an informant had seen the televisions there.
        The officers found the ledgers lying open on top of the desk in the study, where anyone entering the study could see them, and the owner had left the study door open to his visitors all evening.
        [500 U.S. 1, 3] We also conclude that the seizure of the ledgers from the desk was lawful, because the officers were lawfully present in the house under the warrant.
        The judgment of the Court of Appeals is reversed.
        JUSTICE STEVENS, dissenting.
        """;

    /// <summary>The dissent quotes the Court's account of the open study (a passage stating no claim of its own, made a
    /// claim because it is quoted); a later paragraph answering the same passage lands on it too, though its pinpoint
    /// names the next page (the claim there is less like what it says). Without the quoting paragraph the passage is no
    /// claim, and the pinpoint decides. Normalized text has no page numbers and no quotation marks: the answer is
    /// matched by its words alone and lands on the passage either way.</summary>
    [Theory]
    [InlineData(InputForm.Raw, true, true)]
    [InlineData(InputForm.Raw, false, false)]
    [InlineData(InputForm.Normalized, true, true)]
    [InlineData(InputForm.Normalized, false, true)]
    public void Mine_AnswerToPassageQuotedElsewhere_LandsOnThatPassage(InputForm form, bool quotedElsewhere, bool landsOnPassage)
    {
        var quoting = "The Court says that the ledgers lay \"where anyone entering the study could see them, and the owner had left the study door open to his visitors all evening.\" I cannot agree with that account of the search, which rests on nothing the officers wrote in their reports, on nothing the informant told them about the house, and on nothing the magistrate was shown before the warrant issued.";
        var answer = "The Court is wrong about the study door, ante, at 3: the owner kept the study door open to his visitors only as far as the hallway, and no visitor entering the study came near the desk where the ledgers lay.";
        var text = Court + "\n" + (quotedElsewhere ? quoting + "\n" : "") + answer + "\nI would affirm the judgment of the Court of Appeals.\n";
        // normalized text has no quotation marks either
        var document = ExcerptSegmentation.Document(form == InputForm.Raw ? text : Excerpts.Normalize(text).Replace("\"", "", StringComparison.Ordinal), form);
        var segmentation = ExcerptSegmentation.Segment(document);
        var result = ExcerptSegmentation.Mine(document, segmentation);
        int Paragraph(string words)
        {
            var probe = (form == InputForm.Raw ? words : Excerpts.Normalize(words).Replace("\"", "", StringComparison.Ordinal))[..30];
            return segmentation.Paragraphs.Single(p => document.Slice(p.Span).Contains(probe, StringComparison.Ordinal)).Index;
        }
        var source = Paragraph(answer);
        var passage = Paragraph("The officers found the ledgers lying open");
        var links = result.Links.Where(l => result.Arguments[l.From].Paragraph == source).ToList();

        Assert.Contains(links, l => l.Relation == ArgumentRelation.Attacks);
        Assert.Equal(landsOnPassage, links.Any(l => result.Arguments[l.To].Paragraph == passage));
    }
}
