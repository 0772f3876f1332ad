using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PrecedentGraph.Analysis;
using PrecedentGraph.Corpus;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Rendering;
using PrecedentGraph.Tests.Arguments;
using PrecedentGraph.Tests.Segmentation;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Analysis;

/// <summary>Held-out measure against gold written by reading corpus decisions that no rule was written for
/// (TestData/heldout, chosen by the rule in its README: batches 1 to 29): each is read from the corpus, normalized with
/// <see cref="OpinionNormalizer"/>, extracted in both forms and scored as ../shared/tools/evaluate.py scores the dev
/// set (<see cref="CitationGoldScorer"/>, checked against the script below). Floors sit just under the figures
/// measured when the gold was written, so a regression fails; the figures and every error go to the test output
/// and to heldout-score.*.actual.txt.</summary>
public class HeldOutGoldTests(ITestOutputHelper output)
{
    internal static string Gold(string name) => TestPaths.TestData(Path.Combine("heldout", name));

    /// <summary>The corpus file a gold file was written from (its "source"), by file name.</summary>
    internal static string Source(string goldPath)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        return Path.GetFileName(gold.RootElement.GetProperty("source").GetString()!);
    }

    /// <summary>A held-out decision read from the corpus, raw or normalized with <see cref="OpinionNormalizer"/>.</summary>
    internal static SourceDocument Document(string decision, string form)
    {
        var folder = CorpusFixture.Directory;
        Assert.True(folder is not null, "corpus archive missing: " + CorpusFixture.Archive);
        var path = Path.Combine(folder!, Source(Gold(decision + ".gold.json")));
        var raw = DocumentReader.ReadFile(path);
        return form == "raw"
            ? raw
            : DocumentReader.ReadBytes(Encoding.UTF8.GetBytes(OpinionNormalizer.Normalize(raw.Text)), path + ".normalized");
    }

    private static DocumentAnalysis Analyze(string decision, string form) => new DocumentAnalyzer().Analyze(Document(decision, form));

    /// <summary>Floors: opinions right (kind, author, joiners), recall and precision over (opinion, case) pairs,
    /// dominant treatment right over found pairs, and gold "distinguishes" pairs found as such.</summary>
    [Theory]
    [InlineData("delaware-v-prouse", "raw", 3, 0.98, 0.98, 0.97, 0)]
    [InlineData("delaware-v-prouse", "normalized", 3, 0.89, 0.98, 0.96, 0)]
    [InlineData("widmar-v-vincent", "raw", 3, 0.98, 0.98, 0.96, 5)]
    [InlineData("widmar-v-vincent", "normalized", 3, 0.95, 0.94, 0.98, 4)]
    [InlineData("juidice-v-vail", "raw", 4, 0.96, 0.98, 0.98, 2)]
    [InlineData("juidice-v-vail", "normalized", 4, 0.87, 0.96, 0.92, 2)]
    [InlineData("dellmuth-v-muth", "raw", 5, 0.95, 0.98, 0.96, 0)]
    [InlineData("dellmuth-v-muth", "normalized", 5, 0.88, 0.95, 0.98, 0)]
    [InlineData("dunaway-v-new-york", "raw", 4, 0.90, 0.96, 0.96, 2)]
    [InlineData("dunaway-v-new-york", "normalized", 4, 0.90, 0.96, 0.93, 2)]
    [InlineData("erznoznik-v-jacksonville", "raw", 4, 0.95, 0.98, 0.96, 5)]
    [InlineData("erznoznik-v-jacksonville", "normalized", 4, 0.87, 0.98, 0.96, 4)]
    [InlineData("polk-county-v-dodson", "raw", 3, 0.91, 0.98, 0.96, 5)]
    [InlineData("polk-county-v-dodson", "normalized", 3, 0.91, 0.96, 0.96, 5)]
    [InlineData("ftc-v-ticor-title", "raw", 4, 0.98, 0.98, 0.90, 2)]
    [InlineData("ftc-v-ticor-title", "normalized", 4, 0.94, 0.98, 0.89, 2)]
    [InlineData("united-states-v-chadwick", "raw", 3, 0.98, 0.98, 0.98, 6)]
    [InlineData("united-states-v-chadwick", "normalized", 3, 0.94, 0.98, 0.93, 6)]
    [InlineData("consolidated-edison-v-public-service", "raw", 4, 0.92, 0.98, 0.94, 4)]
    [InlineData("consolidated-edison-v-public-service", "normalized", 4, 0.92, 0.98, 0.95, 2)]
    [InlineData("hudson-v-mcmillian", "raw", 4, 0.98, 0.98, 0.98, 2)]
    [InlineData("hudson-v-mcmillian", "normalized", 4, 0.93, 0.97, 0.96, 1)]
    [InlineData("coleman-v-alabama", "raw", 5, 0.76, 0.95, 0.92, 3)]
    [InlineData("coleman-v-alabama", "normalized", 5, 0.77, 0.92, 0.96, 3)]
    [InlineData("clark-v-community-for-creative-non-violence", "raw", 3, 0.98, 0.98, 0.99, 0)]
    [InlineData("clark-v-community-for-creative-non-violence", "normalized", 3, 0.93, 0.93, 0.92, 0)]
    [InlineData("puerto-rico-aqueduct-v-metcalf-eddy", "raw", 3, 0.95, 0.98, 0.90, 2)]
    [InlineData("puerto-rico-aqueduct-v-metcalf-eddy", "normalized", 3, 0.96, 0.98, 0.74, 2)]
    [InlineData("michigan-v-tyler", "raw", 4, 0.98, 0.98, 0.90, 0)]
    [InlineData("michigan-v-tyler", "normalized", 4, 0.86, 0.98, 0.93, 0)]
    [InlineData("brockett-v-spokane-arcades", "raw", 3, 0.88, 0.96, 0.94, 2)]
    [InlineData("brockett-v-spokane-arcades", "normalized", 3, 0.81, 0.96, 0.94, 1)]
    [InlineData("lorance-v-att-technologies", "raw", 3, 0.95, 0.98, 0.92, 4)]
    [InlineData("lorance-v-att-technologies", "normalized", 3, 0.73, 0.95, 0.89, 1)]
    [InlineData("rhode-island-v-innis", "raw", 5, 0.98, 0.91, 0.75, 0)]
    [InlineData("rhode-island-v-innis", "normalized", 5, 0.98, 0.74, 0.67, 0)]
    [InlineData("arkansas-writers-project-v-ragland", "raw", 3, 0.92, 0.98, 0.92, 0)]
    [InlineData("arkansas-writers-project-v-ragland", "normalized", 3, 0.74, 0.87, 0.90, 0)]
    [InlineData("spencer-v-kemna", "raw", 4, 0.90, 0.98, 0.74, 1)]
    [InlineData("spencer-v-kemna", "normalized", 4, 0.90, 0.82, 0.75, 1)]
    [InlineData("welsh-v-wisconsin", "raw", 3, 0.98, 0.98, 0.98, 0)]
    [InlineData("welsh-v-wisconsin", "normalized", 3, 0.91, 0.98, 0.96, 0)]
    [InlineData("lehman-v-shaker-heights", "raw", 3, 0.96, 0.98, 0.81, 4)]
    [InlineData("lehman-v-shaker-heights", "normalized", 3, 0.88, 0.96, 0.81, 4)]
    [InlineData("united-states-v-jorn", "raw", 3, 0.94, 0.98, 0.93, 2)]
    [InlineData("united-states-v-jorn", "normalized", 3, 0.90, 0.98, 0.93, 2)]
    [InlineData("hernandez-v-new-york", "raw", 3, 0.96, 0.98, 0.95, 8)]
    [InlineData("hernandez-v-new-york", "normalized", 3, 0.90, 0.90, 0.94, 8)]
    [InlineData("department-of-agriculture-v-moreno", "raw", 3, 0.98, 0.98, 0.94, 0)]
    [InlineData("department-of-agriculture-v-moreno", "normalized", 3, 0.94, 0.91, 0.94, 0)]
    [InlineData("citizens-against-rent-control-v-berkeley", "raw", 5, 0.88, 0.98, 0.91, 1)]
    [InlineData("citizens-against-rent-control-v-berkeley", "normalized", 5, 0.78, 0.87, 0.90, 1)]
    [InlineData("kirby-v-illinois", "raw", 5, 0.98, 0.96, 0.90, 2)]
    [InlineData("kirby-v-illinois", "normalized", 5, 0.86, 0.97, 0.73, 1)]
    [InlineData("jones-v-north-carolina-prisoners-union", "raw", 4, 0.95, 0.98, 0.92, 0)]
    [InlineData("jones-v-north-carolina-prisoners-union", "normalized", 4, 0.83, 0.86, 0.91, 0)]
    [InlineData("baker-v-mccollan", "raw", 4, 0.98, 0.98, 0.95, 0)]
    [InlineData("baker-v-mccollan", "normalized", 4, 0.95, 0.92, 0.95, 0)]
    [InlineData("united-states-v-x-citement-video", "raw", 3, 0.95, 0.98, 0.96, 4)]
    [InlineData("united-states-v-x-citement-video", "normalized", 3, 0.85, 0.92, 0.96, 4)]
    [InlineData("michigan-v-clifford", "raw", 3, 0.98, 0.98, 0.98, 1)]
    [InlineData("michigan-v-clifford", "normalized", 2, 0.88, 0.98, 0.98, 1)]
    [InlineData("bethel-school-district-v-fraser", "raw", 4, 0.91, 0.98, 0.90, 1)]
    [InlineData("bethel-school-district-v-fraser", "normalized", 4, 0.91, 0.84, 0.90, 1)]
    [InlineData("nix-v-williams", "raw", 4, 0.93, 0.98, 0.76, 0)]
    [InlineData("nix-v-williams", "normalized", 4, 0.93, 0.96, 0.94, 0)]
    [InlineData("globe-newspaper-v-superior-court", "raw", 4, 0.98, 0.98, 0.98, 6)]
    [InlineData("globe-newspaper-v-superior-court", "normalized", 4, 0.93, 0.91, 0.98, 6)]
    [InlineData("north-carolina-v-butler", "raw", 3, 0.96, 0.96, 0.94, 0)]
    [InlineData("north-carolina-v-butler", "normalized", 3, 0.85, 0.94, 0.94, 0)]
    [InlineData("united-states-v-providence-journal", "raw", 3, 0.89, 0.95, 0.98, 0)]
    [InlineData("united-states-v-providence-journal", "normalized", 3, 0.75, 0.94, 0.98, 0)]
    [InlineData("michigan-v-jackson", "raw", 3, 0.98, 0.98, 0.87, 0)]
    [InlineData("michigan-v-jackson", "normalized", 3, 0.89, 0.95, 0.82, 0)]
    [InlineData("mandel-v-bradley", "raw", 4, 0.98, 0.98, 0.48, 1)]
    [InlineData("mandel-v-bradley", "normalized", 4, 0.84, 0.98, 0.53, 1)]
    [InlineData("georgia-v-mccollum", "raw", 5, 0.98, 0.96, 0.83, 0)]
    [InlineData("georgia-v-mccollum", "normalized", 5, 0.90, 0.94, 0.90, 0)]
    [InlineData("united-states-v-coin-and-currency", "raw", 3, 0.91, 0.97, 0.83, 0)]
    [InlineData("united-states-v-coin-and-currency", "normalized", 3, 0.85, 0.96, 0.83, 0)]
    [InlineData("donovan-v-dewey", "raw", 4, 0.98, 0.98, 0.95, 1)]
    [InlineData("donovan-v-dewey", "normalized", 4, 0.74, 0.80, 0.98, 0)]
    [InlineData("new-york-v-class", "raw", 4, 0.98, 0.98, 0.95, 2)]
    [InlineData("new-york-v-class", "normalized", 4, 0.82, 0.92, 0.95, 1)]
    [InlineData("crist-v-bretz", "raw", 4, 0.94, 0.98, 0.93, 0)]
    [InlineData("crist-v-bretz", "normalized", 4, 0.85, 0.95, 0.86, 0)]
    [InlineData("jenkins-v-anderson", "raw", 3, 0.94, 0.96, 0.82, 3)]
    [InlineData("jenkins-v-anderson", "normalized", 3, 0.96, 0.94, 0.87, 1)]
    [InlineData("roberts-v-united-states", "raw", 3, 0.91, 0.98, 0.98, 0)]
    [InlineData("roberts-v-united-states", "normalized", 3, 0.82, 0.95, 0.93, 0)]
    [InlineData("maryland-v-buie", "raw", 4, 0.94, 0.98, 0.76, 1)]
    [InlineData("maryland-v-buie", "normalized", 4, 0.77, 0.98, 0.82, 1)]
    [InlineData("siegert-v-gilley", "raw", 3, 0.91, 0.98, 0.91, 0)]
    [InlineData("siegert-v-gilley", "normalized", 3, 0.98, 0.95, 0.95, 0)]
    [InlineData("block-v-north-dakota", "raw", 2, 0.98, 0.98, 0.91, 0)]
    [InlineData("block-v-north-dakota", "normalized", 2, 0.91, 0.96, 0.96, 0)]
    [InlineData("renton-v-playtime-theatres", "raw", 2, 0.98, 0.98, 0.74, 1)]
    [InlineData("renton-v-playtime-theatres", "normalized", 2, 0.86, 0.98, 0.81, 2)]
    [InlineData("united-states-v-salerno", "raw", 3, 0.98, 0.98, 0.95, 0)]
    [InlineData("united-states-v-salerno", "normalized", 3, 0.95, 0.90, 0.95, 0)]
    [InlineData("newport-news-shipbuilding-v-eeoc", "raw", 2, 0.93, 0.98, 0.76, 0)]
    [InlineData("newport-news-shipbuilding-v-eeoc", "normalized", 2, 0.77, 0.86, 0.78, 0)]
    [InlineData("bacchus-imports-v-dias", "raw", 2, 0.94, 0.98, 0.92, 0)]
    [InlineData("bacchus-imports-v-dias", "normalized", 2, 0.79, 0.82, 0.86, 0)]
    [InlineData("estelle-v-gamble", "raw", 2, 0.98, 0.98, 0.93, 0)]
    [InlineData("estelle-v-gamble", "normalized", 2, 0.93, 0.95, 0.95, 0)]
    [InlineData("nlrb-v-catholic-bishop", "raw", 2, 0.75, 0.98, 0.71, 0)]
    [InlineData("nlrb-v-catholic-bishop", "normalized", 2, 0.54, 0.85, 0.77, 0)]
    [InlineData("procunier-v-navarette", "raw", 3, 0.98, 0.98, 0.67, 5)]
    [InlineData("procunier-v-navarette", "normalized", 3, 0.86, 0.89, 0.60, 4)]
    [InlineData("united-states-v-nordic-village", "raw", 2, 0.98, 0.95, 0.74, 0)]
    [InlineData("united-states-v-nordic-village", "normalized", 2, 0.88, 0.88, 0.76, 0)]
    [InlineData("wooley-v-maynard", "raw", 3, 0.93, 0.98, 0.98, 2)]
    [InlineData("wooley-v-maynard", "normalized", 3, 0.88, 0.93, 0.98, 2)]
    [InlineData("philadelphia-v-new-jersey", "raw", 2, 0.98, 0.98, 0.94, 1)]
    [InlineData("philadelphia-v-new-jersey", "normalized", 2, 0.91, 0.98, 0.94, 0)]
    [InlineData("united-states-v-calandra", "raw", 2, 0.98, 0.98, 0.84, 2)]
    [InlineData("united-states-v-calandra", "normalized", 2, 0.87, 0.98, 0.89, 2)]
    [InlineData("johnson-v-robison", "raw", 2, 0.95, 0.98, 0.58, 0)]
    [InlineData("johnson-v-robison", "normalized", 2, 0.88, 0.98, 0.71, 0)]
    [InlineData("southeastern-promotions-v-conrad", "raw", 4, 0.98, 0.98, 0.95, 2)]
    [InlineData("southeastern-promotions-v-conrad", "normalized", 4, 0.93, 0.80, 0.90, 1)]
    [InlineData("cleveland-board-of-education-v-lafleur", "raw", 3, 0.98, 0.98, 0.95, 0)]
    [InlineData("cleveland-board-of-education-v-lafleur", "normalized", 3, 0.88, 0.88, 0.94, 0)]
    [InlineData("volt-information-sciences-v-stanford-university", "raw", 2, 0.98, 0.96, 0.96, 0)]
    [InlineData("volt-information-sciences-v-stanford-university", "normalized", 2, 0.85, 0.93, 0.93, 0)]
    [InlineData("mcmillan-v-pennsylvania", "raw", 3, 0.95, 0.98, 0.81, 2)]
    [InlineData("mcmillan-v-pennsylvania", "normalized", 3, 0.95, 0.87, 0.87, 2)]
    [InlineData("schaumburg-v-citizens-for-better-environment", "raw", 2, 0.98, 0.98, 0.85, 3)]
    [InlineData("schaumburg-v-citizens-for-better-environment", "normalized", 2, 0.95, 0.98, 0.88, 3)]
    [InlineData("wilson-v-garcia", "raw", 2, 0.93, 0.97, 0.82, 0)]
    [InlineData("wilson-v-garcia", "normalized", 2, 0.92, 0.94, 0.81, 0)]
    [InlineData("hughes-v-oklahoma", "raw", 2, 0.96, 0.98, 0.86, 0)]
    [InlineData("hughes-v-oklahoma", "normalized", 2, 0.92, 0.96, 0.94, 0)]
    [InlineData("hilton-v-south-carolina-public-railways", "raw", 2, 0.95, 0.95, 0.82, 1)]
    [InlineData("hilton-v-south-carolina-public-railways", "normalized", 2, 0.65, 0.98, 0.84, 0)]
    [InlineData("mackey-v-lanier-collection-agency", "raw", 2, 0.92, 0.95, 0.86, 0)]
    [InlineData("mackey-v-lanier-collection-agency", "normalized", 2, 0.73, 0.88, 0.87, 0)]
    [InlineData("kaiser-aetna-v-united-states", "raw", 2, 0.94, 0.94, 0.95, 2)]
    [InlineData("kaiser-aetna-v-united-states", "normalized", 2, 0.78, 0.81, 0.93, 1)]
    [InlineData("thomas-v-review-board", "raw", 2, 0.98, 0.98, 0.73, 0)]
    [InlineData("thomas-v-review-board", "normalized", 2, 0.93, 0.98, 0.72, 0)]
    [InlineData("oregon-v-hass", "raw", 3, 0.96, 0.98, 0.93, 0)]
    [InlineData("oregon-v-hass", "normalized", 3, 0.93, 0.93, 0.93, 0)]
    [InlineData("cruz-v-beto", "raw", 3, 0.98, 0.98, 0.76, 1)]
    [InlineData("cruz-v-beto", "normalized", 3, 0.98, 0.92, 0.92, 1)]
    [InlineData("brown-v-general-services-administration", "raw", 2, 0.98, 0.98, 0.98, 1)]
    [InlineData("brown-v-general-services-administration", "normalized", 2, 0.84, 0.98, 0.93, 1)]
    [InlineData("reeves-v-stake", "raw", 2, 0.98, 0.98, 0.90, 0)]
    [InlineData("reeves-v-stake", "normalized", 2, 0.89, 0.96, 0.88, 0)]
    [InlineData("united-states-v-agurs", "raw", 2, 0.98, 0.98, 0.85, 2)]
    [InlineData("united-states-v-agurs", "normalized", 2, 0.96, 0.96, 0.89, 1)]
    [InlineData("kleindienst-v-mandel", "raw", 3, 0.94, 0.96, 0.90, 2)]
    [InlineData("kleindienst-v-mandel", "normalized", 3, 0.77, 0.91, 0.91, 1)]
    [InlineData("deshaney-v-winnebago-county", "raw", 3, 0.96, 0.98, 0.88, 0)]
    [InlineData("deshaney-v-winnebago-county", "normalized", 3, 0.82, 0.94, 0.86, 0)]
    [InlineData("perry-v-thomas", "raw", 3, 0.98, 0.98, 0.79, 1)]
    [InlineData("perry-v-thomas", "normalized", 3, 0.79, 0.85, 0.75, 0)]
    [InlineData("pennsylvania-v-mimms", "raw", 3, 0.98, 0.98, 0.92, 0)]
    [InlineData("pennsylvania-v-mimms", "normalized", 3, 0.74, 0.85, 0.90, 0)]
    [InlineData("frisby-v-schultz", "raw", 3, 0.89, 0.91, 0.93, 0)]
    [InlineData("frisby-v-schultz", "normalized", 3, 0.75, 0.90, 0.92, 0)]
    [InlineData("gilmer-v-interstate-johnson-lane", "raw", 2, 0.90, 0.95, 0.98, 3)]
    [InlineData("gilmer-v-interstate-johnson-lane", "normalized", 2, 0.83, 0.83, 0.98, 2)]
    [InlineData("blatchford-v-native-village-of-noatak", "raw", 2, 0.95, 0.98, 0.89, 1)]
    [InlineData("blatchford-v-native-village-of-noatak", "normalized", 2, 0.59, 0.86, 0.84, 0)]
    [InlineData("michigan-v-summers", "raw", 2, 0.98, 0.98, 0.95, 2)]
    [InlineData("michigan-v-summers", "normalized", 2, 0.80, 0.98, 0.94, 1)]
    [InlineData("board-of-trustees-v-fox", "raw", 2, 0.95, 0.98, 0.93, 1)]
    [InlineData("board-of-trustees-v-fox", "normalized", 2, 0.93, 0.90, 0.87, 1)]
    public void Extract_HeldOutDecision_ScoresAtLeastTodaysFigures(string decision, string form, int segmentation,
        double recall, double precision, double treatment, int distinguishes)
    {
        var analysis = Analyze(decision, form);
        var score = new CitationGoldScorer(Gold(decision + ".gold.json")).Evaluate(GraphJsonWriter.Write(analysis.Graph));
        var report = $"{decision} {form}: {score.Summary} distinguishes={score.DistinguishesFound}/{score.Distinguishes}\n  "
            + string.Join("\n  ", score.Lines);
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"heldout-score.{decision}.{form}.actual.txt"), report + "\n");

        Assert.True(score.Segmentation >= segmentation, report);
        Assert.True(score.Recall >= recall, report);
        Assert.True(score.Precision >= precision, report);
        Assert.True(score.Treatment >= treatment, report);
        Assert.True(score.DistinguishesFound >= distinguishes, report);
    }

    /// <summary>Floors on the support/attack links between opinions that a careful reader draws
    /// (TestData/heldout/*.argument-links.gold.json): required links found with the right target, and a ceiling on
    /// mined cross-opinion links that match no gold link.</summary>
    [Theory]
    [InlineData("delaware-v-prouse", "raw", 7, 0.20)]
    [InlineData("delaware-v-prouse", "normalized", 6, 0.31)]
    [InlineData("dellmuth-v-muth", "raw", 12, 0.13)]
    [InlineData("dellmuth-v-muth", "normalized", 13, 0.25)]
    [InlineData("dunaway-v-new-york", "raw", 10, 0.32)]
    [InlineData("dunaway-v-new-york", "normalized", 7, 0.48)]
    [InlineData("erznoznik-v-jacksonville", "raw", 9, 0.52)]
    [InlineData("erznoznik-v-jacksonville", "normalized", 7, 0.58)]
    [InlineData("polk-county-v-dodson", "raw", 10, 0.53)]
    [InlineData("polk-county-v-dodson", "normalized", 11, 0.64)]
    [InlineData("ftc-v-ticor-title", "raw", 7, 0.38)]
    [InlineData("ftc-v-ticor-title", "normalized", 8, 0.30)]
    [InlineData("united-states-v-chadwick", "raw", 9, 0.22)]
    [InlineData("united-states-v-chadwick", "normalized", 6, 0.49)]
    [InlineData("consolidated-edison-v-public-service", "raw", 9, 0.15)]
    [InlineData("consolidated-edison-v-public-service", "normalized", 5, 0.64)]
    [InlineData("hudson-v-mcmillian", "raw", 14, 0.27)]
    [InlineData("hudson-v-mcmillian", "normalized", 12, 0.62)]
    [InlineData("coleman-v-alabama", "raw", 13, 0.42)]
    [InlineData("coleman-v-alabama", "normalized", 14, 0.45)]
    [InlineData("clark-v-community-for-creative-non-violence", "raw", 11, 0.46)]
    [InlineData("clark-v-community-for-creative-non-violence", "normalized", 10, 0.33)]
    [InlineData("puerto-rico-aqueduct-v-metcalf-eddy", "raw", 6, 0.14)]
    [InlineData("puerto-rico-aqueduct-v-metcalf-eddy", "normalized", 6, 0.36)]
    [InlineData("michigan-v-tyler", "raw", 3, 0.38)]
    [InlineData("michigan-v-tyler", "normalized", 3, 0.30)]
    [InlineData("brockett-v-spokane-arcades", "raw", 0, 0.55)]
    [InlineData("brockett-v-spokane-arcades", "normalized", 0, 0.55)]
    [InlineData("lorance-v-att-technologies", "raw", 12, 0.14)]
    [InlineData("lorance-v-att-technologies", "normalized", 12, 0.14)]
    [InlineData("rhode-island-v-innis", "raw", 9, 0.50)]
    [InlineData("rhode-island-v-innis", "normalized", 7, 0.55)]
    [InlineData("arkansas-writers-project-v-ragland", "raw", 4, 0.45)]
    [InlineData("arkansas-writers-project-v-ragland", "normalized", 5, 0.25)]
    [InlineData("spencer-v-kemna", "raw", 4, 0.69)]
    [InlineData("spencer-v-kemna", "normalized", 3, 0.64)]
    [InlineData("welsh-v-wisconsin", "raw", 9, 0.16)]
    [InlineData("welsh-v-wisconsin", "normalized", 8, 0.31)]
    [InlineData("lehman-v-shaker-heights", "raw", 6, 0.48)]
    [InlineData("lehman-v-shaker-heights", "normalized", 6, 0.38)]
    [InlineData("united-states-v-jorn", "raw", 4, 0.13)]
    [InlineData("united-states-v-jorn", "normalized", 3, 0.28)]
    [InlineData("hernandez-v-new-york", "raw", 5, 0.43)]
    [InlineData("hernandez-v-new-york", "normalized", 4, 0.43)]
    [InlineData("department-of-agriculture-v-moreno", "raw", 2, 0.36)]
    [InlineData("department-of-agriculture-v-moreno", "normalized", 1, 0.67)]
    [InlineData("citizens-against-rent-control-v-berkeley", "raw", 9, 0.34)]
    [InlineData("citizens-against-rent-control-v-berkeley", "normalized", 9, 0.32)]
    [InlineData("kirby-v-illinois", "raw", 11, 0.14)]
    [InlineData("kirby-v-illinois", "normalized", 12, 0.26)]
    [InlineData("jones-v-north-carolina-prisoners-union", "raw", 12, 0.14)]
    [InlineData("jones-v-north-carolina-prisoners-union", "normalized", 10, 0.22)]
    [InlineData("baker-v-mccollan", "raw", 6, 0.47)]
    [InlineData("baker-v-mccollan", "normalized", 6, 0.50)]
    [InlineData("united-states-v-x-citement-video", "raw", 5, 0.43)]
    [InlineData("united-states-v-x-citement-video", "normalized", 8, 0.28)]
    [InlineData("michigan-v-clifford", "raw", 6, 0.24)]
    [InlineData("michigan-v-clifford", "normalized", 7, 0.27)]
    [InlineData("bethel-school-district-v-fraser", "raw", 5, 0.22)]
    [InlineData("bethel-school-district-v-fraser", "normalized", 5, 0.12)]
    [InlineData("nix-v-williams", "raw", 3, 0.52)]
    [InlineData("nix-v-williams", "normalized", 5, 0.43)]
    [InlineData("globe-newspaper-v-superior-court", "raw", 17, 0.09)]
    [InlineData("globe-newspaper-v-superior-court", "normalized", 18, 0.05)]
    [InlineData("north-carolina-v-butler", "raw", 6, 0.16)]
    [InlineData("north-carolina-v-butler", "normalized", 5, 0.31)]
    [InlineData("united-states-v-providence-journal", "raw", 1, 0.52)]
    [InlineData("united-states-v-providence-journal", "normalized", 1, 0.52)]
    [InlineData("michigan-v-jackson", "raw", 11, 0.16)]
    [InlineData("michigan-v-jackson", "normalized", 10, 0.35)]
    [InlineData("mandel-v-bradley", "raw", 3, 0.27)]
    [InlineData("mandel-v-bradley", "normalized", 3, 0.42)]
    [InlineData("georgia-v-mccollum", "raw", 11, 0.22)]
    [InlineData("georgia-v-mccollum", "normalized", 11, 0.15)]
    [InlineData("united-states-v-coin-and-currency", "raw", 6, 0.52)]
    [InlineData("united-states-v-coin-and-currency", "normalized", 6, 0.59)]
    [InlineData("donovan-v-dewey", "raw", 11, 0.28)]
    [InlineData("donovan-v-dewey", "normalized", 11, 0.35)]
    [InlineData("new-york-v-class", "raw", 15, 0.13)]
    [InlineData("new-york-v-class", "normalized", 15, 0.16)]
    [InlineData("crist-v-bretz", "raw", 7, 0.21)]
    [InlineData("crist-v-bretz", "normalized", 5, 0.33)]
    [InlineData("jenkins-v-anderson", "raw", 19, 0.23)]
    [InlineData("jenkins-v-anderson", "normalized", 17, 0.23)]
    [InlineData("roberts-v-united-states", "raw", 17, 0.07)]
    [InlineData("roberts-v-united-states", "normalized", 17, 0.12)]
    [InlineData("maryland-v-buie", "raw", 10, 0.22)]
    [InlineData("maryland-v-buie", "normalized", 9, 0.21)]
    [InlineData("siegert-v-gilley", "raw", 7, 0.19)]
    [InlineData("siegert-v-gilley", "normalized", 6, 0.31)]
    [InlineData("block-v-north-dakota", "raw", 9, 0.15)]
    [InlineData("block-v-north-dakota", "normalized", 9, 0.15)]
    [InlineData("renton-v-playtime-theatres", "raw", 8, 0.29)]
    [InlineData("renton-v-playtime-theatres", "normalized", 6, 0.52)]
    [InlineData("united-states-v-salerno", "raw", 7, 0.48)]
    [InlineData("united-states-v-salerno", "normalized", 10, 0.41)]
    [InlineData("newport-news-shipbuilding-v-eeoc", "raw", 9, 0.25)]
    [InlineData("newport-news-shipbuilding-v-eeoc", "normalized", 10, 0.39)]
    [InlineData("bacchus-imports-v-dias", "raw", 2, 0.42)]
    [InlineData("bacchus-imports-v-dias", "normalized", 4, 0.36)]
    [InlineData("estelle-v-gamble", "raw", 6, 0.27)]
    [InlineData("estelle-v-gamble", "normalized", 5, 0.40)]
    [InlineData("nlrb-v-catholic-bishop", "raw", 8, 0.33)]
    [InlineData("nlrb-v-catholic-bishop", "normalized", 9, 0.16)]
    [InlineData("procunier-v-navarette", "raw", 8, 0.21)]
    [InlineData("procunier-v-navarette", "normalized", 7, 0.32)]
    [InlineData("united-states-v-nordic-village", "raw", 3, 0.36)]
    [InlineData("united-states-v-nordic-village", "normalized", 3, 0.40)]
    [InlineData("wooley-v-maynard", "raw", 6, 0.13)]
    [InlineData("wooley-v-maynard", "normalized", 7, 0.02)]
    [InlineData("philadelphia-v-new-jersey", "raw", 4, 0.40)]
    [InlineData("philadelphia-v-new-jersey", "normalized", 4, 0.40)]
    [InlineData("united-states-v-calandra", "raw", 10, 0.23)]
    [InlineData("united-states-v-calandra", "normalized", 7, 0.21)]
    [InlineData("johnson-v-robison", "raw", 0, 0.20)]
    [InlineData("johnson-v-robison", "normalized", 0, 0.20)]
    [InlineData("southeastern-promotions-v-conrad", "raw", 10, 0.10)]
    [InlineData("southeastern-promotions-v-conrad", "normalized", 8, 0.50)]
    [InlineData("cleveland-board-of-education-v-lafleur", "raw", 8, 0.45)]
    [InlineData("cleveland-board-of-education-v-lafleur", "normalized", 11, 0.22)]
    [InlineData("volt-information-sciences-v-stanford-university", "raw", 9, 0.30)]
    [InlineData("volt-information-sciences-v-stanford-university", "normalized", 5, 0.55)]
    [InlineData("mcmillan-v-pennsylvania", "raw", 3, 0.34)]
    [InlineData("mcmillan-v-pennsylvania", "normalized", 5, 0.36)]
    [InlineData("schaumburg-v-citizens-for-better-environment", "raw", 5, 0.43)]
    [InlineData("schaumburg-v-citizens-for-better-environment", "normalized", 5, 0.36)]
    [InlineData("wilson-v-garcia", "raw", 4, 0.47)]
    [InlineData("wilson-v-garcia", "normalized", 4, 0.39)]
    [InlineData("hughes-v-oklahoma", "raw", 3, 0.47)]
    [InlineData("hughes-v-oklahoma", "normalized", 3, 0.47)]
    [InlineData("hilton-v-south-carolina-public-railways", "raw", 8, 0.44)]
    [InlineData("hilton-v-south-carolina-public-railways", "normalized", 10, 0.28)]
    [InlineData("mackey-v-lanier-collection-agency", "raw", 5, 0.45)]
    [InlineData("mackey-v-lanier-collection-agency", "normalized", 4, 0.48)]
    [InlineData("kaiser-aetna-v-united-states", "raw", 6, 0.55)]
    [InlineData("kaiser-aetna-v-united-states", "normalized", 7, 0.58)]
    [InlineData("thomas-v-review-board", "raw", 3, 0.59)]
    [InlineData("thomas-v-review-board", "normalized", 2, 0.59)]
    [InlineData("oregon-v-hass", "raw", 2, 0.73)]
    [InlineData("oregon-v-hass", "normalized", 1, 0.73)]
    [InlineData("cruz-v-beto", "raw", 7, 0.34)]
    [InlineData("cruz-v-beto", "normalized", 5, 0.33)]
    [InlineData("brown-v-general-services-administration", "raw", 1, 0.05)]
    [InlineData("brown-v-general-services-administration", "normalized", 1, 0.05)]
    [InlineData("reeves-v-stake", "raw", 4, 0.47)]
    [InlineData("reeves-v-stake", "normalized", 5, 0.43)]
    [InlineData("united-states-v-agurs", "raw", 5, 0.45)]
    [InlineData("united-states-v-agurs", "normalized", 8, 0.34)]
    [InlineData("kleindienst-v-mandel", "raw", 6, 0.41)]
    [InlineData("kleindienst-v-mandel", "normalized", 8, 0.36)]
    [InlineData("deshaney-v-winnebago-county", "raw", 9, 0.24)]
    [InlineData("deshaney-v-winnebago-county", "normalized", 9, 0.28)]
    [InlineData("perry-v-thomas", "raw", 3, 0.25)]
    [InlineData("perry-v-thomas", "normalized", 3, 0.22)]
    [InlineData("pennsylvania-v-mimms", "raw", 12, 0.28)]
    [InlineData("pennsylvania-v-mimms", "normalized", 12, 0.25)]
    [InlineData("frisby-v-schultz", "raw", 2, 0.46)]
    [InlineData("frisby-v-schultz", "normalized", 2, 0.50)]
    [InlineData("gilmer-v-interstate-johnson-lane", "raw", 3, 0.46)]
    [InlineData("gilmer-v-interstate-johnson-lane", "normalized", 3, 0.53)]
    [InlineData("blatchford-v-native-village-of-noatak", "raw", 3, 0.25)]
    [InlineData("blatchford-v-native-village-of-noatak", "normalized", 2, 0.50)]
    [InlineData("michigan-v-summers", "raw", 8, 0.35)]
    [InlineData("michigan-v-summers", "normalized", 8, 0.29)]
    [InlineData("board-of-trustees-v-fox", "raw", 4, 0.17)]
    [InlineData("board-of-trustees-v-fox", "normalized", 5, 0.16)]
    public void Mine_HeldOutDecision_LinksAtLeastTodaysFigures(string decision, string form, int found, double spuriousRate)
    {
        var analysis = Analyze(decision, form);
        var scorer = new LinkGoldScorer(Gold(decision + ".argument-links.gold.json"));
        var score = scorer.Evaluate(analysis.Document, analysis.Segmentation, analysis.Arguments);
        var report = string.Create(CultureInfo.InvariantCulture,
            $"{decision} {form}: required {score.Required} found {score.Found} (any target {score.FoundAnyTarget}) recall {score.Recall:0.00}; mined {score.Mined} spurious {score.Spurious} rate {score.SpuriousRate:0.00}\n")
            + "misses:\n  " + string.Join("\n  ", score.Misses) + "\nspurious:\n  " + string.Join("\n  ", score.Extras);
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"heldout-links.{decision}.{form}.actual.txt"),
            report + "\nmatched:\n  " + string.Join("\n  ", scorer.Matched) + "\n");

        Assert.True(score.Found >= found, report);
        Assert.True(score.SpuriousRate <= spuriousRate, report);
    }

    /// <summary>The port gives the script's figures: the dev set is extracted, written as JSON and scored by both.</summary>
    [Theory]
    [InlineData("malley-v-briggs", "raw")]
    [InlineData("malley-v-briggs", "normalized")]
    [InlineData("harlow-v-fitzgerald", "raw")]
    [InlineData("harlow-v-fitzgerald", "normalized")]
    [InlineData("anderson-v-creighton", "raw")]
    [InlineData("anderson-v-creighton", "normalized")]
    public void Evaluate_DevSetExtraction_SameFiguresAsEvaluateScript(string decision, string form)
    {
        var analysis = new DocumentAnalyzer().Analyze(DocumentReader.ReadFile(Path.Combine(TestPaths.DevSet, $"{decision}.{form}.txt")));
        var json = GraphJsonWriter.Write(analysis.Graph);
        var graphPath = Path.Combine(AppContext.BaseDirectory, $"heldout-devset.{decision}.{form}.actual.json");
        File.WriteAllText(graphPath, json);
        var gold = Path.Combine(TestPaths.DevSet, decision + ".gold.json");

        var port = new CitationGoldScorer(gold).Evaluate(json);
        var script = RunEvaluateScript(gold, graphPath);
        output.WriteLine($"{decision} {form}\n  script: {script}\n  port:   {port.Summary}");

        Assert.Equal(script, port.Summary);
    }

    private static string RunEvaluateScript(string gold, string graph)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(TestPaths.Shared, "tools", "evaluate.py"));
        start.ArgumentList.Add(gold);
        start.ArgumentList.Add(graph);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started");
        var text = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "evaluate.py failed: " + errors);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
    }
}
