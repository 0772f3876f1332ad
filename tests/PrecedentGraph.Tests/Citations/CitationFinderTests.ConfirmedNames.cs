using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Citations;

/// <summary>Normalized text where citation syntax, not vocabulary, says a run of words is a case: a party the document
/// cites by a short form elsewhere, and a modal or a month as a whole party after a signal. Names are invented.</summary>
public partial class CitationFinderTests
{
    [Theory]
    // A given name inside the second party ("robert"), confirmed by "halvey,supra" later.
    [InlineData("protected by the first amendment.halvey robert stoner,inc.in halvey,the court held.\nconsistent with halvey,supra,the state requires.\n", "halvey robert stoner inc")]
    // A government as the second party after a preposition ("discussion in"), confirmed by "halvey,at".
    [InlineData("on this court discussion in halvey south carolina coastal council,a case about land.\nthe owner lost all value.halvey,at the rule\n", "halvey south carolina coastal council")]
    // English words after the confirmed party are prose about the case, not a second party.
    [InlineData("the state waived his halvey rights,and spoke.\nthe rule applies.halvey,at the rule\n", "")]
    // A confirmed word after a title is a person.
    [InlineData("the court heard justice halvey stoner,and then left.\nsee halvey,supra,at the rule\n", "")]
    // No short form: the words alone decide (a given name inside the run is a person in prose).
    [InlineData("protected by the first amendment.halvey robert stoner,inc.in that case,the court held.\n", "")]
    public void Find_NormalizedPartyConfirmedByShortForm_IsFullCitation(string text, string expected)
    {
        var found = CitationTestText.Find(text, InputForm.Normalized).Cases.Where(m => m.Form == CitationForm.Full).Select(m => m.CaseName);
        Assert.Equal(expected, string.Join("|", found));
    }

    [Theory]
    // After a signal a modal or a month is a surname: first before a government, last after a proper word.
    [InlineData("the special prosecutor appeared.see karcher may,diamond charles,\n", "karcher may|diamond charles")]
    [InlineData("by private counsel on several occasions.see,will united states,the rule applies.\n", "will united states")]
    [InlineData("the rule was struck down.compare gaines anderson,upholding statute,with may cooperman,supp.nj striking down statute.\n", "gaines anderson|may cooperman")]
    // A month closing a longer run after a signal is a date.
    [InlineData("the tribes agreed,see consent form of uintah and white river utes may,\n", "")]
    // Without a signal or reporter, the modal is prose.
    [InlineData("the officers said that karcher may,in time,return.\n", "")]
    public void Find_NormalizedSurnameWordAfterSignal_IsParty(string text, string expected)
    {
        var found = CitationTestText.Find(text, InputForm.Normalized).Cases.Where(m => m.Form == CitationForm.Full).Select(m => m.CaseName);
        Assert.Equal(expected, string.Join("|", found));
    }

    [Theory]
    // Counsel and amici listed after "by": the item after a given name and surname is a person, as is the item before
    // ",and <given name> <surname> for ...".
    [InlineData("footnote briefs of amici curiae were filed by albert halvey,laurence stoner,and dennis quill for the petitioners.\n", "")]
    [InlineData("footnote briefs were filed by fred halvey,mark stoner,and dennis brakke for the respondents.\n", "")]
    // A given name against a state is a case, and the next cite of the string is read.
    [InlineData("the rule is settled.see terry ohio,halvey stoner,laurel quill.\n", "terry ohio|halvey stoner|laurel quill")]
    // No person beside it: the clause is read as before.
    [InlineData("the rule was settled long ago.halvey stoner,laurel quill,the court held.\n", "halvey stoner|laurel quill")]
    public void Find_NormalizedListOfPersons_NoCase(string text, string expected)
    {
        var found = CitationTestText.Find(text, InputForm.Normalized).Cases.Where(m => m.Form == CitationForm.Full).Select(m => m.CaseName);
        Assert.Equal(expected, string.Join("|", found));
    }
}
