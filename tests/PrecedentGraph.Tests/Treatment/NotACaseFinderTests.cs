using PrecedentGraph.Graph;
using PrecedentGraph.Treatment;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class NotACaseFinderTests
{
    /// <summary>"This is not a case where ..." and, next (or up to three sentences on, the sentences between still
    /// denying), a citation sentence: the cases cited are the kind the present case is not. One row per shape and text
    /// form (raw, then through normalize.py).</summary>
    [Theory]
    [InlineData("Let it be emphasized that this is not a case where the police were questioning a suspect in the course of investigating an unsolved crime. See Smith v. Jones, 357 U.S. 433 (1958).", "Smith v. Jones, 357 U.S. 433 (1958)")]
    [InlineData("let it be emphasized that this is not a case where the police were questioning a suspect in the course of investigating an unsolved crime.see smith jones,", "smith jones")]
    [InlineData("This is not a case where an unwilling rider is powerless to avoid messages he deems unsettling. The advertisements are not broadcast over loudspeakers. The privacy of the passengers is not dependent upon their ability to sit and to try not to listen. Smith v. Jones, 343 U.S. 451, 469 (1952) (DOUGLAS, J., dissenting); cf. Brown v. Green, 336 U.S. 77 (1949).", "Smith v. Jones, 343 U.S. 451, 469 (1952)")]
    [InlineData("this is not a case where an unwilling rider is powerless to avoid messages he deems unsettling.the advertisements are not broadcast over loudspeakers.the privacy of the passengers is not dependent upon their ability to sit and to try not to listen.smith jones,douglas,dissenting brown green,", "smith jones")]
    [InlineData("This is not a case in which a State has denied a group of voters a vote. That was Smith v. Jones, 364 U.S. 339 (1960).", "Smith v. Jones, 364 U.S. 339 (1960)")]
    [InlineData("this is not a case in which a state has denied a group of voters a vote.that was smith jones,", "smith jones")]
    public void Classify_CitationSentenceAfterTheStatement_Distinguishes(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.Equal("distinguishes", Relations.Name(treatment.Relation));
        Assert.StartsWith(NotACaseFinder.Label, treatment.Cue, StringComparison.Ordinal);
        // the evidence runs from the statement to the citation
        Assert.Equal(0, treatment.Sentence.Start);
    }

    /// <summary>The case cited after the statement in its own sentence is read by the mention rules.</summary>
    [Theory]
    [InlineData("This is not a case where a group of producers may make the law and force it upon a minority (see Smith v. Jones, 298 U.S. 238 (1936)).", "Smith v. Jones, 298 U.S. 238 (1936)")]
    [InlineData("this is not a case where a group of producers may make the law and force it upon a minority see smith jones,", "smith jones")]
    public void Classify_CitationInTheStatement_Distinguishes(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.Equal("distinguishes", Relations.Name(treatment.Relation));
        Assert.Equal("is not a case where", treatment.Cue);
    }

    /// <summary>A sentence between that turns to what the law is, or a citation in a sentence of prose, ends the reach.</summary>
    [Theory]
    [InlineData("This is not a case in which the presence of third parties aided the search. Where the police enter a home under a warrant, the presence of third parties has long been approved. See, e.g., Smith v. Jones, 123 U.S. 456 (1990).", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("this is not a case in which the presence of third parties aided the search.where the police enter a home under a warrant,the presence of third parties has long been approved.see,smith jones,", "smith jones")]
    [InlineData("This is not a case in which the choice is between a merits issue and a jurisdictional issue. We have routinely held that the Court may choose which question to answer first. In Smith v. Jones, 405 U.S. 727 (1972), for example, we chose the statutory question.", "Smith v. Jones, 405 U.S. 727 (1972)")]
    [InlineData("this is not a case in which the choice is between a merits issue and a jurisdictional issue.we have routinely held that the court may choose which question to answer first.in smith jones,for example,we chose the statutory question.", "smith jones")]
    public void Classify_ReachEnded_IsNotSetApart(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.NotEqual("distinguishes", Relations.Name(treatment.Relation));
    }
}
