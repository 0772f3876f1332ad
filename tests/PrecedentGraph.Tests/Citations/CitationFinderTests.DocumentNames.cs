using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Citations;

/// <summary>Normalized text read as a whole document: what the rest of the document says about a word decides whether
/// a name in prose is a case. Names are invented.</summary>
public partial class CitationFinderTests
{
    [Theory]
    // A case's name used as a subject ("halvey was", "halvey is") and before a doctrine's noun ("the halvey rule"): a case.
    [InlineData("the court held in halvey ohio,that a suspect may remain silent.halvey was a landmark.halvey is still the law.the halvey rule applies.\n", "halvey ohio")]
    // The same subject named after a title somewhere ("officer halvey") is a person of the story.
    [InlineData("the officer spoke to halvey ohio,and left.halvey was arrested.halvey is a farmer.officer halvey testified.the halvey rule applies.\n", "")]
    // A person of the story used as a subject and never before a doctrine's noun stays a person.
    [InlineData("the court spoke to halvey stoner,and left.halvey was arrested.halvey is a farmer.\n", "")]
    // A subject the text also sets before a government closing a clause is a case's first party: the reporter went
    // after "halvey ohio," ("halvey illinois,but halvey is not apposite").
    [InlineData("the only deviation was halvey ohio,but halvey is not apposite.halvey was a confession case.\n", "halvey ohio")]
    [InlineData("the only deviation was halvey ohio,but halvey is not apposite.halvey was a confession case.the rule of halvey stoner,applies.\n", "halvey ohio|halvey stoner")]
    // ... or opens a two-word name before ",supra" ("halvey stoner,supra"), so the name in prose is a case too.
    [InlineData("the lineup was suggestive.halvey stoner,when a person is charged.halvey was decided the same day.halvey is apposite.had it examined halvey stoner,supra,decided the same day\n", "halvey stoner")]
    // The decision's own caption names the persons of the story: its "halvey ohio,no." frees no one.
    [InlineData("united states supreme court halvey ohio,no.argued may,\nthe officer met halvey stoner,and left.halvey was arrested.halvey is a farmer.\n", "")]
    public void Find_NormalizedActorWord_CaseOnlyWhenUsedAsDoctrine(string text, string expected)
    {
        var found = CitationTestText.Find(text, InputForm.Normalized).Cases.Where(m => m.Form == CitationForm.Full).Select(m => m.CaseName);
        Assert.Equal(expected, string.Join("|", found));
    }

    [Theory]
    // Authors of an article after a footnote's opening and a two-word signal: the title and journal follow.
    [InlineData("footnote see generally halvey stoner,exigent circumstances for a home arrest,albany rev.the rule\n")]
    [InlineData("footnote see also halvey,the history of the writ,harv.rev.\n")]
    public void Find_NormalizedArticleAuthors_AreNotCases(string text)
    {
        Assert.DoesNotContain(CitationTestText.Find(text, InputForm.Normalized).Cases, m => m.Form == CitationForm.Full);
    }
}
