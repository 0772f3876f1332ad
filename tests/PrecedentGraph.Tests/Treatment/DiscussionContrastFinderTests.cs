using PrecedentGraph.Graph;
using PrecedentGraph.Treatment;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class DiscussionContrastFinderTests
{
    /// <summary>A case told over a sentence or more (what it held, its facts: "In X, ...", "There, ...", "In that case
    /// ...", "the Court held"), then a sentence naming no case that sets the present case against it: the case is set
    /// apart. One row per shape and text form (raw, then as normalize.py writes it).</summary>
    [Theory]
    [InlineData("In Smith v. Jones, 123 U.S. 456 (1990), the police opened a locked trunk without a warrant. There, the officers had watched the owner hide the drugs inside it. Here, by contrast, the officers saw nothing at all.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("in smith jones,the police opened a locked trunk without a warrant.there,the officers had watched the owner hide the drugs inside it.here,by contrast,the officers saw nothing at all.", "smith jones")]
    [InlineData("The State leans on Smith v. Jones, 123 U.S. 456 (1990). In that case the witness gave two accounts that could not both be true. Here there is only one account, and it never changed.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("the state leans on smith jones.in that case the witness gave two accounts that could not both be true.here there is only one account,and it never changed.", "smith jones")]
    [InlineData("In Smith v. Jones, 123 U.S. 456 (1990), the Court held that a tenant could sue the landlord for the repairs. But in this case the plaintiff owns the building.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("in smith jones,the court held that a tenant could sue the landlord for the repairs.but in this case the plaintiff owns the building.", "smith jones")]
    [InlineData("In Smith v. Jones, 123 U.S. 456 (1990), we held that the tax fell on sales made across state lines. In the present case, however, every sale was made and delivered within the State.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("in smith jones,we held that the tax fell on sales made across state lines.in the present case,however,every sale was made and delivered within the state.", "smith jones")]
    public void Classify_DiscussionThenContrast_Distinguishes(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.Equal("distinguishes", Relations.Name(treatment.Relation));
        Assert.StartsWith(DiscussionContrastFinder.Label, treatment.Cue, StringComparison.Ordinal);
    }

    /// <summary>What must not be set apart: a present case likened to the one told ("Here, too"), a case cited only
    /// for a proposition stated before it (no discussion), the Court's own task ("we need not decide"), a stronger
    /// present case ("however, even ..."), an existential "There is" that tells nothing of the case, a denial in a clause
    /// after "that", and a contrast that closes a quotation (another opinion's words).</summary>
    [Theory]
    [InlineData("In Smith v. Jones, 123 U.S. 456 (1990), the Court held that the search was unreasonable. Here, too, the officers had no warrant.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("in smith jones,the court held that the search was unreasonable.here,too,the officers had no warrant.", "smith jones")]
    [InlineData("A warrant is needed to search a home. See Smith v. Jones, 123 U.S. 456 (1990). Here, however, the officers searched an open field.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("a warrant is needed to search a home.see smith jones.here,however,the officers searched an open field.", "smith jones")]
    [InlineData("In Smith v. Jones, 123 U.S. 456 (1990), the Court held that the statute was valid. In this case, however, we need not decide whether that holding reaches a city ordinance.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("In Smith v. Jones, 123 U.S. 456 (1990), the Court held that a new rule of procedure applies to cases on appeal. In the present case, however, even a perfect procedure could not have made the conviction lawful.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("Smith v. Jones, 123 U.S. 456 (1990), states the rule for searches of cars. There is no reason to doubt it. Here, however, nobody searched a car.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("In Smith v. Jones, 123 U.S. 456 (1990), we upheld a hiring preference for members of the tribes. In this case the Government relies on the fact that not every member of the group is eligible.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("In Smith v. Jones, 123 U.S. 456 (1990), the Court held that the rule guards the home. A later opinion said: \"The rule protects privacy. Here the fairness of the trial is not under attack.\"", "Smith v. Jones, 123 U.S. 456 (1990)")]
    public void Classify_NoDiscussionOrNoContrast_IsNotSetApart(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.NotEqual("distinguishes", Relations.Name(treatment.Relation));
    }
}
