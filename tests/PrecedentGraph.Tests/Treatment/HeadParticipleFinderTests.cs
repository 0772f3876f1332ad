using PrecedentGraph.Graph;
using PrecedentGraph.Treatment;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class HeadParticipleFinderTests
{
    /// <summary>"Relying on X, the District Court reasoned ...": the subject after the case relies on it, and the opinion
    /// reports that reliance. One row per shape and text form (raw, then through normalize.py).</summary>
    [Theory]
    [InlineData("Relying on our decision in Smith v. Jones, 510 U.S. 471 (1994), the District Court reasoned that the action was barred.", "Smith v. Jones, 510 U.S. 471 (1994)", "the district")]
    [InlineData("relying on our decision in smith jones,the district court reasoned that the action was barred.", "smith jones", "the district")]
    [InlineData("Relying at least in part on this Court's decision in Smith v. Jones, 430 U.S. 387, the court concluded that the respondent had invoked his right to counsel.", "Smith v. Jones, 430 U.S. 387", "the court")]
    [InlineData("relying at least in part on this court decision in smith jones,the court concluded that the respondent had invoked his right to counsel.", "smith jones", "the court")]
    public void Classify_ParticipleOpensTheSentence_ReportsTheSubjectsReliance(string text, string mention, string subject)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.Equal("explains", Relations.Name(treatment.Relation));
        Assert.Equal($"{TreatmentCueTable.ReportedReliance}: {subject} relying", treatment.Cue);
    }

    /// <summary>The writer as subject ("..., we hold") relies on the case itself; a participle whose object is not the case
    /// ("Relying on race to impose a sanction ..., X") reports nothing.</summary>
    [Theory]
    [InlineData("Relying on Smith v. Jones, 123 U.S. 456 (1990), we hold that the action is barred.", "Smith v. Jones, 123 U.S. 456 (1990)")]
    [InlineData("relying on smith jones,we hold that the action is barred.", "smith jones")]
    [InlineData("Relying on race to impose a criminal sanction poisons public confidence in the judicial process, Smith v. Jones, 576 U.S. 257 (2015), a concern that supports relief.", "Smith v. Jones, 576 U.S. 257 (2015)")]
    [InlineData("relying on race to impose a criminal sanction poisons public confidence in the judicial process,smith jones,a concern that supports relief.", "smith jones")]
    public void Classify_WriterOrOtherObject_DoesNotReport(string text, string mention)
    {
        var treatment = ClassifyOne(text, mention, "majority");

        Assert.Equal("relies-on", Relations.Name(treatment.Relation));
        Assert.DoesNotContain(TreatmentCueTable.ReportedReliance, treatment.Cue, StringComparison.Ordinal);
    }
}
