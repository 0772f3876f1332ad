using PrecedentGraph.Model;
using PrecedentGraph.Treatment;

namespace PrecedentGraph.Tests.Treatment;

public sealed class SentenceContextTests
{
    [Theory]
    [InlineData("Officers are immune. See Smith v. Jones, 475 U. S. 335, 341 (1986). The rule is settled.", "Smith v. Jones", "See Smith v. Jones, 475 U. S. 335, 341 (1986).", "Officers are immune.", "The rule is settled.")]
    [InlineData("officers are immune.see smith jones,the rule is settled.unlike smith,this case differs.", "unlike smith", "unlike smith,this case differs.", "see smith jones,the rule is settled.", null)]
    [InlineData("The Court reads Smith v. Jones, 1 U.S. 2 (1990), as resolving it; I do not. Smith is clearly distinguishable.", "Smith v. Jones", "The Court reads Smith v. Jones, 1 U.S. 2 (1990), as resolving it; I do not.", null, "Smith is clearly distinguishable.")]
    public void Locate_CitationInParagraph_GivesSentenceAndNeighbours(string text, string mention, string sentence, string? previous, string? next)
    {
        var context = new SentenceContext(text, [new Paragraph(0, new TextSpan(0, text.Length), false)]);

        var window = context.Locate(new TextSpan(text.IndexOf(mention, StringComparison.Ordinal), mention.Length));

        Assert.Equal(sentence, text.Substring(window.Sentence.Start, window.Sentence.Length));
        Assert.Equal(previous, window.Previous is { } p ? text.Substring(p.Start, p.Length) : null);
        Assert.Equal(next, window.Next is { } n ? text.Substring(n.Start, n.Length) : null);
    }

    [Theory]
    [InlineData("First line. See Smith v. Jones.\nSecond line cites Doe v. Roe.", "Doe v. Roe", "Second line cites Doe v. Roe.")]
    [InlineData("no paragraph is known here and smith is cited", "smith", "no paragraph is known here and smith is cited")]
    public void Locate_OutsideKnownParagraphs_ReadsTheLine(string text, string mention, string sentence)
    {
        var context = new SentenceContext(text, []);

        var window = context.Locate(new TextSpan(text.IndexOf(mention, StringComparison.Ordinal), mention.Length));

        Assert.Equal(sentence, text.Substring(window.Sentence.Start, window.Sentence.Length));
    }

    /// <summary>A split at an abbreviation inside a citation is undone: a citation crossing the boundary, a piece
    /// opening with a number designation, or a sentence ending with an abbreviation of a case name.</summary>
    [Theory]
    [InlineData("See Doe v. Roe, 1 U.S. 2 (1980); Simon v. Eastern Ky. Welfare Rights Org., 426 U.S. 26 (1976); Smith v. Jones, 3 U.S. 4 (1990).", "Simon v. Eastern Ky. Welfare Rights Org., 426 U.S. 26 (1976)", "Smith v. Jones")]
    [InlineData("Compare Doe v. Roe, 1 F.2d 2 (CA1 1985), with Gary A. v. New Trier High School Dist. No. 203, 796 F.2d 940 (CA7 1986); Smith v. Jones, 3 F.2d 4 (CA9 1990).", null, "Smith v. Jones")]
    [InlineData("compare doe roe,finding abrogation,with gary new trier high school dist.no.smith jones,and miener missouri,finding no abrogation.", null, "smith jones")]
    public void Locate_SplitInsideCitation_IsJoined(string text, string? crossing, string mention)
    {
        TextSpan[] unbroken = crossing is null ? [] : [new TextSpan(text.IndexOf(crossing, StringComparison.Ordinal), crossing.Length)];
        var context = new SentenceContext(text, [new Paragraph(0, new TextSpan(0, text.Length), false)], null, unbroken);

        var window = context.Locate(new TextSpan(text.IndexOf(mention, StringComparison.Ordinal), mention.Length));

        Assert.Equal(0, window.Sentence.Start);
        Assert.Null(window.Previous);
    }
}
