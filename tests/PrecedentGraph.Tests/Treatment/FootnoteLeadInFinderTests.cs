using PrecedentGraph.Graph;
using PrecedentGraph.Treatment;
using static PrecedentGraph.Tests.Treatment.TreatmentTestDocuments;

namespace PrecedentGraph.Tests.Treatment;

public sealed class FootnoteLeadInFinderTests
{
    private const string Court = "CA2";

    /// <summary>A citation footnote read with the sentence calling it: a survey of a conflict there makes the footnote's
    /// citations examples the opinion cites; in a dissent, a trend it deplores makes them that trend's examples.</summary>
    [Theory]
    [InlineData("In light of the conflict between the decision below and those of the other Courts of Appeals, we granted certiorari. 2   503 U.S. 918 (1992).\n[ Footnote 2 ] See Doe v. Roe, 900 F.2d 587 (CA2 1990); Smith v. Jones, 877 F.2d 304 (CA4 1989).", "majority", "cites")]
    [InlineData("We granted certiorari to resolve an apparent conflict among the Circuits. 2 \n[ Footnote 2 ] See, e. g., Doe v. Roe, 900 F.2d 587 (CA2 1990); Smith v. Jones, 877 F.2d 304 (CA4 1989).", "majority", "cites")]
    [InlineData("First, as in some other cases, 11 the Court has increasingly barred the courthouse door to such claims.\n[ Footnote 11 ] See, e. g., Doe v. Roe, 900 F.2d 587 (CA2 1990); Smith v. Jones, 877 F.2d 304 (CA4 1989).", "dissent", "criticizes")]
    public void Classify_FootnoteCalledBySurvey_TakesTheCallersLabel(string text, string kind, string relation)
    {
        var result = Classify(text, kind);

        Assert.All(result.Citations, t => Assert.Equal(relation, Relations.Name(t.Relation)));
        Assert.All(result.Citations, t => Assert.Contains("sentence calling the footnote", t.Cue, StringComparison.Ordinal));
    }

    /// <summary>Left alone: a calling sentence with no survey (the sentence after a call that ends one is not read), a reporter volume that only looks like a call ("Reid, 12
    /// How."), a footnote citing one case, and normalized text, which has no footnote numbers to match.</summary>
    [Theory]
    [InlineData("The officers needed a warrant. 2 \n[ Footnote 2 ] See Doe v. Roe, 900 F.2d 587 (CA2 1990); Smith v. Jones, 877 F.2d 304 (CA4 1989).", "majority")]
    [InlineData("Only extraordinary circumstances would suffice. 7 As the Court later explained, state courts have the solemn responsibility to protect such rights.\n[ Footnote 7 ] See Doe v. Roe, 900 F.2d 587 (CA2 1990); Smith v. Jones, 877 F.2d 304 (CA4 1989).", "majority")]
    [InlineData("Some courts have said so in Reid, 12 How. 361 (1851).\n[ Footnote 12 ] See Doe v. Roe, 900 F.2d 587 (CA2 1990); Smith v. Jones, 877 F.2d 304 (CA4 1989).", "majority")]
    [InlineData("in light of the conflict between the decision below and those of the other courts of appeals,we granted certiorari.\nfootnote see doe roe,smith jones,", "majority")]
    public void Classify_FootnoteNotCalledBySurvey_KeepsReliance(string text, string kind)
    {
        var result = Classify(text, kind);

        Assert.All(result.Citations, t => Assert.Equal("relies-on", Relations.Name(t.Relation)));
    }

    private static PrecedentGraph.Model.TreatmentResult Classify(string text, string kind)
    {
        var raw = text.Contains("Doe v.", StringComparison.Ordinal);
        var doe = raw ? "Doe v. Roe, 900 F.2d 587 (CA2 1990)" : "doe roe";
        var smith = raw ? "Smith v. Jones, 877 F.2d 304 (CA4 1989)" : "smith jones";
        var resolution = ResolutionOfCases(Court, (Last(text, doe), "doe-v-roe"), (Last(text, smith), CaseKey));
        var result = new TreatmentClassifier().Classify(DocumentOf(text), SegmentationOf(text, kind), resolution);
        Assert.Equal(2, result.Citations.Count);
        return result;
    }
}
