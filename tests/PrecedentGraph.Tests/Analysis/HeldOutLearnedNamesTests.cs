using PrecedentGraph.Analysis;
using PrecedentGraph.Citations;
using PrecedentGraph.Corpus;
using PrecedentGraph.Reading;
using PrecedentGraph.Rendering;
using PrecedentGraph.Tests.Segmentation;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Analysis;

/// <summary>The held-out decisions in normalized form, read as a user who has the rest of the corpus would read them
/// (`extract FILE --names-from FOLDER`): with the case names <see cref="CaseNameLearner"/> learns from every raw corpus
/// decision except the held-out ones themselves. Scored as <see cref="HeldOutGoldTests"/> scores them; floors sit just
/// under the figures measured, and the figures and every error go to the test output and to heldout-names.*.actual.txt.</summary>
public class HeldOutLearnedNamesTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<string>> Names = new(Learn, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Names from the whole corpus but the held-out decisions (every gold file's source).</summary>
    private static IReadOnlyList<string> Learn()
    {
        var folder = CorpusFixture.Directory;
        Assert.True(folder is not null, "corpus archive missing: " + CorpusFixture.Archive);
        var heldOut = Directory.GetFiles(TestPaths.TestData("heldout"), "*.gold.json")
            .Where(f => !f.EndsWith(".argument-links.gold.json", StringComparison.Ordinal))
            .Select(HeldOutGoldTests.Source)
            .ToHashSet(StringComparer.Ordinal);
        var documents = Directory.GetFiles(folder!, "*.txt")
            .Where(f => !heldOut.Contains(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .Select(DocumentReader.ReadFile);
        return new CaseNameLearner().Learn(documents);
    }

    [Fact]
    public void Learn_CorpusWithoutHeldOut_TeachesTensOfThousandsOfNames()
    {
        // The corpus's raw decisions cite about 30,000 distinct cases with reporters.
        Assert.InRange(Names.Value.Count, 20_000, 60_000);
        Assert.All(Names.Value, name => Assert.Contains(" v. ", name));
    }

    [Theory]
    [InlineData("delaware-v-prouse", 0.89, 0.99)]
    [InlineData("widmar-v-vincent", 0.97, 0.94)]
    [InlineData("juidice-v-vail", 0.95, 0.97)]
    [InlineData("dellmuth-v-muth", 0.96, 0.96)]
    [InlineData("dunaway-v-new-york", 0.91, 0.97)]
    [InlineData("erznoznik-v-jacksonville", 0.91, 0.99)]
    [InlineData("polk-county-v-dodson", 0.92, 0.97)]
    [InlineData("ftc-v-ticor-title", 0.99, 0.99)]
    [InlineData("united-states-v-chadwick", 0.99, 0.99)]
    [InlineData("consolidated-edison-v-public-service", 0.95, 0.99)]
    [InlineData("hudson-v-mcmillian", 0.96, 0.99)]
    [InlineData("coleman-v-alabama", 0.75, 0.92)]
    [InlineData("clark-v-community-for-creative-non-violence", 0.96, 0.94)]
    [InlineData("puerto-rico-aqueduct-v-metcalf-eddy", 0.96, 0.99)]
    [InlineData("michigan-v-tyler", 0.91, 0.99)]
    [InlineData("brockett-v-spokane-arcades", 0.91, 0.97)]
    [InlineData("lorance-v-att-technologies", 0.86, 0.95)]
    [InlineData("rhode-island-v-innis", 0.99, 0.75)]
    [InlineData("arkansas-writers-project-v-ragland", 0.87, 0.90)]
    [InlineData("spencer-v-kemna", 0.97, 0.80)]
    [InlineData("welsh-v-wisconsin", 0.89, 0.97)]
    [InlineData("lehman-v-shaker-heights", 0.94, 0.97)]
    [InlineData("united-states-v-jorn", 0.95, 0.98)]
    [InlineData("hernandez-v-new-york", 0.97, 0.91)]
    [InlineData("department-of-agriculture-v-moreno", 0.99, 0.92)]
    [InlineData("citizens-against-rent-control-v-berkeley", 0.79, 0.91)]
    [InlineData("kirby-v-illinois", 0.92, 0.97)]
    [InlineData("jones-v-north-carolina-prisoners-union", 0.86, 0.86)]
    [InlineData("baker-v-mccollan", 0.98, 0.92)]
    [InlineData("united-states-v-x-citement-video", 0.91, 0.96)]
    [InlineData("michigan-v-clifford", 0.88, 0.98)]
    [InlineData("bethel-school-district-v-fraser", 0.94, 0.85)]
    [InlineData("nix-v-williams", 0.94, 0.96)]
    [InlineData("globe-newspaper-v-superior-court", 0.95, 0.88)]
    [InlineData("north-carolina-v-butler", 0.86, 0.94)]
    [InlineData("united-states-v-providence-journal", 0.87, 0.95)]
    [InlineData("michigan-v-jackson", 0.92, 0.95)]
    [InlineData("mandel-v-bradley", 0.77, 0.98)]
    [InlineData("georgia-v-mccollum", 0.90, 0.94)]
    [InlineData("united-states-v-coin-and-currency", 0.85, 0.94)]
    [InlineData("donovan-v-dewey", 0.81, 0.81)]
    [InlineData("new-york-v-class", 0.84, 0.92)]
    [InlineData("crist-v-bretz", 0.86, 0.95)]
    [InlineData("jenkins-v-anderson", 0.96, 0.92)]
    [InlineData("roberts-v-united-states", 0.87, 0.96)]
    [InlineData("maryland-v-buie", 0.77, 0.98)]
    [InlineData("siegert-v-gilley", 0.98, 0.95)]
    [InlineData("block-v-north-dakota", 0.91, 0.96)]
    [InlineData("renton-v-playtime-theatres", 0.89, 0.98)]
    [InlineData("united-states-v-salerno", 0.95, 0.90)]
    [InlineData("newport-news-shipbuilding-v-eeoc", 0.87, 0.87)]
    [InlineData("bacchus-imports-v-dias", 0.83, 0.83)]
    [InlineData("estelle-v-gamble", 0.93, 0.95)]
    [InlineData("nlrb-v-catholic-bishop", 0.60, 0.86)]
    [InlineData("procunier-v-navarette", 0.86, 0.89)]
    [InlineData("united-states-v-nordic-village", 0.90, 0.86)]
    [InlineData("wooley-v-maynard", 0.98, 0.93)]
    [InlineData("philadelphia-v-new-jersey", 0.94, 0.98)]
    [InlineData("united-states-v-calandra", 0.90, 0.98)]
    [InlineData("johnson-v-robison", 0.90, 0.98)]
    [InlineData("southeastern-promotions-v-conrad", 0.96, 0.80)]
    [InlineData("cleveland-board-of-education-v-lafleur", 0.92, 0.89)]
    [InlineData("volt-information-sciences-v-stanford-university", 0.91, 0.94)]
    [InlineData("mcmillan-v-pennsylvania", 0.95, 0.87)]
    [InlineData("schaumburg-v-citizens-for-better-environment", 0.95, 0.98)]
    [InlineData("wilson-v-garcia", 0.93, 0.94)]
    [InlineData("hughes-v-oklahoma", 0.98, 0.96)]
    [InlineData("hilton-v-south-carolina-public-railways", 0.92, 0.98)]
    [InlineData("mackey-v-lanier-collection-agency", 0.84, 0.89)]
    [InlineData("kaiser-aetna-v-united-states", 0.86, 0.82)]
    [InlineData("thomas-v-review-board", 0.98, 0.98)]
    [InlineData("oregon-v-hass", 0.96, 0.94)]
    [InlineData("cruz-v-beto", 0.98, 0.92)]
    [InlineData("brown-v-general-services-administration", 0.84, 0.98)]
    [InlineData("reeves-v-stake", 0.92, 0.96)]
    [InlineData("united-states-v-agurs", 0.98, 0.96)]
    [InlineData("kleindienst-v-mandel", 0.79, 0.91)]
    [InlineData("deshaney-v-winnebago-county", 0.94, 0.94)]
    [InlineData("perry-v-thomas", 0.92, 0.86)]
    [InlineData("pennsylvania-v-mimms", 0.86, 0.86)]
    [InlineData("frisby-v-schultz", 0.83, 0.91)]
    [InlineData("gilmer-v-interstate-johnson-lane", 0.83, 0.78)]
    [InlineData("blatchford-v-native-village-of-noatak", 0.81, 0.92)]
    [InlineData("michigan-v-summers", 0.80, 0.98)]
    [InlineData("board-of-trustees-v-fox", 0.95, 0.95)]
    public void Extract_HeldOutNormalizedWithLearnedNames_ScoresAtLeastTodaysFigures(string decision, double recall, double precision)
    {
        var document = HeldOutGoldTests.Document(decision, "normalized");
        var analyzer = new DocumentAnalyzer(new AnalysisOptions(new CitationFinderOptions(Names.Value)));

        var score = new CitationGoldScorer(HeldOutGoldTests.Gold(decision + ".gold.json")).Evaluate(GraphJsonWriter.Write(analyzer.Analyze(document).Graph));
        var report = $"{decision} normalized, learned names: {score.Summary}\n  " + string.Join("\n  ", score.Lines);
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"heldout-names.{decision}.actual.txt"), report + "\n");

        Assert.True(score.Recall >= recall, report);
        Assert.True(score.Precision >= precision, report);
    }
}
