using System.Text.Json;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Segmentation;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Segmentation;

public sealed partial class OpinionSegmenterTests(ITestOutputHelper output)
{
    private static SegmentationResult Segment(string text, string path = "test.txt") =>
        new OpinionSegmenter().Segment(new SourceDocument(path, text, PrecedentGraph.Reading.InputFormDetector.Detect(text), "text", "", null, null, null, []));

    [Fact]
    public void Segment_Sample_GivesFourOpinionsWithAuthorsAndJoiners()
    {
        var result = new OpinionSegmenter().Segment(DocumentReader.ReadFile(TestPaths.Sample));
        var opinions = result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus).ToList();
        Assert.Equal(
            ["Majority Roberts Scalia,Kennedy,Thomas,Breyer,Alito", "Concurrence Breyer ", "ConcurrenceDissent Kagan ", "Dissent Sotomayor Ginsburg"],
            opinions.Select(o => $"{o.Kind} {o.Author} {string.Join(",", o.JoinedBy)}"));
        Assert.Equal(OpinionKind.Syllabus, result.Opinions[0].Kind);
        Assert.Equal("Messerschmidt v. Millender", result.Decision.Title);
        output.WriteLine(string.Join("\n", opinions.Select(o => $"{o.Kind} {o.Author} {o.Span}")));
    }

    [Theory]
    [InlineData("malley-v-briggs.raw.txt")]
    [InlineData("malley-v-briggs.normalized.txt")]
    [InlineData("harlow-v-fitzgerald.raw.txt")]
    [InlineData("harlow-v-fitzgerald.normalized.txt")]
    [InlineData("anderson-v-creighton.raw.txt")]
    [InlineData("anderson-v-creighton.normalized.txt")]
    public void Segment_DevSet_MatchesGoldKindsAuthorsAndJoiners(string file)
    {
        var path = Path.Combine(TestPaths.DevSet, file);
        var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.DevSet, file[..file.IndexOf('.')] + ".gold.json")));
        var expected = gold.RootElement.GetProperty("opinions").EnumerateArray()
            .Select(o => $"{o.GetProperty("kind").GetString()} {Letters(o.GetProperty("author").GetString()!)} "
                         + string.Join(",", o.GetProperty("joinedBy").EnumerateArray().Select(j => Letters(j.GetString()!)).Order(StringComparer.Ordinal)))
            .ToList();
        var result = new OpinionSegmenter().Segment(DocumentReader.ReadFile(path));
        var actual = result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus)
            .Select(o => $"{PrecedentGraph.Graph.Relations.Name(o.Kind)} {Letters(o.Author ?? "")} "
                         + string.Join(",", o.JoinedBy.Select(Letters).Order(StringComparer.Ordinal)))
            .ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(gold.RootElement.GetProperty("title").GetString(), result.Decision.Title);
    }

    private static string Letters(string name) => new(name.ToLowerInvariant().Where(char.IsLetter).ToArray());

    [Fact]
    public void Segment_RawCaption_GivesDocketDateYearAndCitation()
    {
        var result = new OpinionSegmenter().Segment(DocumentReader.ReadFile(Path.Combine(TestPaths.DevSet, "malley-v-briggs.raw.txt")));
        Assert.Equal(new DecisionInfo("Malley v. Briggs", "malley-v-briggs", "No. 84-1586", "1986-03-05", "475 U.S. 335", 1986), result.Decision);
    }

    [Theory]
    [InlineData("united states supreme court malley briggs,no.argued november,decided march,\nheld the judgment is reversed.\n", "doc.txt", "Malley v. Briggs")]
    [InlineData("United States Supreme Court BOARD OF TRUSTEES, STATE UNIV. OF N. Y. v. FOX, (1989) No. 87-2013 Argued: February 22, 1989\nHeld:\n", "7.txt", "Board of Trustees, State Univ. of N. Y. v. Fox")]
    [InlineData("united states supreme court united states grace,no.argued january,decided april,\nheld.\n", "9.txt", "United States v. Grace")]
    [InlineData("united states supreme court miranda arizona,no.argued,decided june,\nheld.\n", "9.txt", "Miranda v. Arizona")]
    [InlineData("shelly kelly was afraid.\n", "seeds/some-party-v-other-party.txt", "Some Party v. Other Party")]
    public void Segment_Caption_RestoresTitle(string text, string path, string title)
    {
        var result = Segment(text, path);
        Assert.Equal(title, result.Decision.Title);
    }

    private const string Layout =
        "United States Supreme Court ALPHA v. BETA, (1990) No. 89-1 Argued: January 9, 1990 Decided: March 5, 1990\n" +
        "Held: reversed.\n" +
        "WHITE, J., delivered the opinion of the Court, in which REHNQUIST, C. J., and STEVENS, J., joined, and in which SCALIA, J., joined as to Part I. MARSHALL, J., filed a dissenting opinion. KENNEDY, J., took no part in the consideration or decision of the case.\n" +
        "JUSTICE WHITE delivered the opinion of the Court.\n" +
        "We hold that the rule applies. [497 U.S. 1, 2]  It is so ordered.\n" +
        "JUSTICE KENNEDY took no part in the consideration or decision of this case.\n" +
        "Footnotes\n" +
        "[ Footnote 1 ] See the record.\n" +
        "The footnote's second paragraph.\n" +
        "JUSTICE MARSHALL, dissenting.\n" +
        "I dissent.\n" +
        "[ Footnote 1 ] A dissenting footnote.\n";

    [Fact]
    public void Segment_FindLawLayout_AttachesFootnotesAndPartialJoins()
    {
        var result = Segment(Layout);
        Assert.Equal([OpinionKind.Syllabus, OpinionKind.Majority, OpinionKind.Dissent], result.Opinions.Select(o => o.Kind));
        var majority = result.Opinions[1];
        Assert.Equal("White", majority.Author);
        Assert.Equal(["Rehnquist", "Stevens"], majority.JoinedBy);
        Assert.Equal([new PartialJoin("Scalia", "Part I")], majority.PartialJoins);
        Assert.Equal([false, false, false, true, true, true], majority.Paragraphs.Select(p => p.IsFootnote));
        Assert.EndsWith("second paragraph.", Layout[..majority.Span.End]);
        Assert.StartsWith("JUSTICE WHITE", Layout[majority.Span.Start..]);
        var dissent = result.Opinions[2];
        Assert.Equal("Marshall", dissent.Author);
        Assert.True(dissent.Paragraphs[^1].IsFootnote);
        Assert.Contains(result.Diagnostics, d => d.Code == "segmentation.no-part" && d.Message.Contains("Kennedy", StringComparison.Ordinal));
        Assert.Equal(result.Paragraphs.Count, result.Paragraphs.Select(p => p.Index).Distinct().Count());
    }

    [Fact]
    public void Segment_PerCuriamWithDissent_GivesBoth()
    {
        var text = "Held: affirmed.\nPER CURIAM.\nThe judgment is affirmed.\nMR. JUSTICE DOUGLAS, dissenting.\nI would reverse.\n";
        var result = Segment(text);
        Assert.Equal(["Syllabus -", "PerCuriam -", "Dissent Douglas"], result.Opinions.Select(o => $"{o.Kind} {o.Author ?? "-"}"));
    }

    /// <summary>Normalized text drops "C. J.", so nothing names the chief; "with whom the chief justice joins" then takes its
    /// name from the line-up's list for that opinion.</summary>
    [Theory]
    [InlineData("rehnquist,filed a dissenting opinion in which burger,joined,post.", "mr.justice rehnquist,with whom the chief justice joins,dissenting.", "Dissent Rehnquist Burger")]
    [InlineData("rehnquist,filed a dissenting opinion in which burger,and white,joined,post.", "mr.justice rehnquist,with whom the chief justice and mr.justice white join,dissenting.", "Dissent Rehnquist Burger,White")]
    [InlineData("REHNQUIST, J., filed a dissenting opinion in which BURGER, C. J., joined, post, p. 221.", "MR. JUSTICE REHNQUIST, with whom THE CHIEF JUSTICE joins, dissenting.", "Dissent Rehnquist Burger")]
    public void Segment_UnnamedChiefJoinsAHeader_TakesTheNameFromTheLineup(string lineup, string header, string expected)
    {
        var text = "held: reversed.\nbrennan,delivered the opinion of the court,in which stewart,white,and marshall,joined. " + lineup
            + "\nmr.justice brennan delivered the opinion of the court.\nthe judgment is reversed.\n" + header + "\ni would affirm.\n";
        var result = Segment(text);
        var dissent = Assert.Single(result.Opinions, o => o.Kind == OpinionKind.Dissent);
        Assert.Equal(expected, $"{dissent.Kind} {dissent.Author} {string.Join(',', dissent.JoinedBy)}");
    }

    [Fact]
    public void Segment_OldStyleBareNames_FirstIsTheCourtsAndLaterOnesSayWhatTheyDo()
    {
        var text = "The case was argued.\nBRADLEY, J.\nThe statute is void.\nMILLER, J.\nI concur in the judgment, but not in the reasoning.\n";
        var result = Segment(text);
        Assert.Equal(["Syllabus -", "Majority Bradley", "Concurrence Miller"], result.Opinions.Select(o => $"{o.Kind} {o.Author ?? "-"}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\r\n")]
    [InlineData("JUSTICE")]
    [InlineData("PER CURIAM.")]
    [InlineData("JUSTICE X, with whom")]
    [InlineData("roberts,delivered the opinion of the court,in which")]
    [InlineData("[ Footnote 1 ]\nFootnotes\n")]
    public void Segment_Junk_NeverThrowsAndKeepsSpansInside(string text)
    {
        var result = Segment(text);
        foreach (var opinion in result.Opinions)
        {
            Assert.True(opinion.Span.Start >= 0 && opinion.Span.End <= text.Length);
        }
    }

    [Theory]
    [InlineData("JUSTICE KAGAN took no part in the consideration or decision of this case.", "Kagan")]
    [InlineData("Mr. Justice Brewer and Mr. Justice Brown, not having heard the argument, took no part in the decision of this case.", "Brewer,Brown")]
    [InlineData("MR. JUSTICE MARSHALL did not participate in the consideration or decision of this case.", "Marshall")]
    public void Segment_TookNoPartLine_IsNoOpinionButADiagnostic(string line, string absent)
    {
        var result = Segment("PER CURIAM.\nAffirmed.\n" + line + "\n");
        Assert.Equal([OpinionKind.PerCuriam], result.Opinions.Select(o => o.Kind));
        Assert.Equal(absent.Split(','), result.Diagnostics.Where(d => d.Code == "segmentation.no-part").Select(d => d.Message.Split(' ')[0]));
    }

    [Fact]
    public void Segment_HugeSingleLine_GivesOneParagraphWithoutThrowing()
    {
        var text = "United States Supreme Court " + string.Concat(Enumerable.Repeat("JUSTICE X, with whom. delivered the opinion of ", 100_000));
        var result = Segment(text);
        Assert.Single(result.Paragraphs);
        Assert.All(result.Opinions, o => Assert.True(o.Span.End <= text.Length));
    }

    [Fact]
    public void Segment_CourtListenerJson_UsesHintsAndHeadersFromHtml()
    {
        var result = new OpinionSegmenter().Segment(DocumentReader.ReadFile(TestPaths.TestData("Reading/courtlistener-opinion.json")));
        Assert.Equal("Alpha v. Beta", result.Decision.Title);
        Assert.Equal("1986-03-05", result.Decision.Date);
        Assert.Equal(1986, result.Decision.Year);
        Assert.Equal(["Majority White ", "ConcurrenceDissent Powell Rehnquist"],
            result.Opinions.Select(o => $"{o.Kind} {o.Author} {string.Join(",", o.JoinedBy)}"));
    }
}
