using PrecedentGraph.Citations;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Citations;

/// <summary>Cases cited by one party ("See Harbor Mills, Inc., 131 N. L. R. B. 402"): their short forms resolve to them, and a
/// one-party repeat of a case cited with "v." is that case.</summary>
public partial class CitationResolverTests
{
    [Theory]
    [InlineData("""(0, "See Harbor Mills, Inc., 131 N. L. R. B. 402 (1961)."), (0, "Harbor Mills, supra, at 405."), (0, "131 N. L. R. B., at 404."), (0, "Id., at 406.")""")]
    [InlineData("""(0, "Cf. Matter of Oduya, 14 I. & N. Dec. 73 (BIA 1972);"), (1, "Matter of Tanmu, 15 I. & N. Dec. 9 (BIA 1974)."), (0, "Oduya, supra, at 75.")""")]
    [InlineData("""(0, "Hildwin v. Florida, 490 U. S. 638 (1989)."), (0, "(citing Hildwin, 490 U. S. 638)")""")]
    [InlineData("""(0, "Hildwin v. Florida, 490 U. S. 638 (1989)."), (0, "(citing Hildwin, 109 S. Ct. 2055)")""")]
    [InlineData("""(0, "(citing Hildwin, 490 U. S. 638)"), (0, "Hildwin v. Florida, 490 U. S. 638 (1989).")""")]
    [InlineData("""(0, "In re Gault, 387 U. S. 1 (1967)."), (0, "In Gault, the Court held")""")]
    [InlineData("""(0, "See Matter of Oduya, 14 I. & N. Dec. 73 (BIA 1972)."), (0, "In Oduya the Board")""")]
    [InlineData("""(0, "See Ex parte Yerger, 8 Wall. 85 (1869)."), (0, "as Yerger held")""")]
    [InlineData("""(0, "See Tennessee Mills, Inc., 124 N. L. R. B. 1117 (1959)."), (0, "In Tennessee Mills the Board held"), (0, "Tennessee Mills, supra, at 1120.")""")]
    [InlineData("""(0, "See Pure Oil Co., 25 F. P. C. 383 (1961). Pure Oil Refining sold gas;"), (1, "Doe v. Pure Oil, 9 F.2d 4.")""")]
    [InlineData("""(0, "Doe v. Pure Oil, 9 F.2d 4."), (1, "See Pure Oil Co., 25 F. P. C. 383 (1961).")""")]
    [InlineData("""(0, "Cf. Atlantic Coast Line R. Co., 24 F. P. C. 80 (1960)."), (0, "As in Atlantic Coast Line, the rule")""")]
    public void Resolve_OnePartyTable_ResolvesAsNumbered(string table) => Resolve_Table_ResolvesAsNumbered(InputForm.Raw, table);

    [Theory]
    [InlineData("See Harbor Mills, Inc., 131 N. L. R. B. 402 (1961).", "harbor-mills", "Harbor Mills, Inc.")]
    [InlineData("In Matter of Oduya, 14 I. & N. Dec. 73 (BIA 1972), the Board", "matter-of-oduya", "Matter of Oduya")]
    [InlineData("(citing Hildwin, 490 U. S. 638) Hildwin v. Florida, 490 U. S. 638 (1989).", "hildwin-v-florida", "Hildwin v. Florida")]
    public void Resolve_OnePartyCitation_KeepsAReadableLabel(string text, string key, string label)
    {
        var citations = CitationTestText.Find(text, InputForm.Raw);
        var resolution = new CitationResolver().Resolve(CitationTestText.Document(text, InputForm.Raw), CitationTestText.OneOpinion(text), citations);
        var cited = Assert.Single(resolution.Cases);
        Assert.Equal(key, cited.Key);
        Assert.Equal(label, cited.Label);
    }
}
