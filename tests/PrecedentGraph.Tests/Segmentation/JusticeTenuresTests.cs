using System.Globalization;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Segmentation;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Segmentation;

public sealed class JusticeTenuresTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Blackmun,White,Rehnquist,Douglas,Brennan,Stewart,Marshall,Powell", null, "Burger")]
    [InlineData("Blackmun,White,Rehnquist,Douglas,Brennan,Stewart,Marshall,Powell", 1974.48, "Burger")]
    [InlineData("Brennan,White,Marshall,Blackmun,Powell,Stevens", null, null)]
    [InlineData("Brennan,White,Marshall,Blackmun,Powell,Stevens", 1979.3, "Burger")]
    [InlineData("Brennan,White,Marshall,Blackmun,Powell,Stevens", 1987.2, "Rehnquist")]
    [InlineData("Blackmun,Scalia,Kennedy", null, "Rehnquist")]
    [InlineData("Scalia,Kennedy,Thomas,Ginsburg,Breyer", null, null)]
    [InlineData("Scalia,Kennedy,Thomas,Ginsburg,Breyer", 1998.2, "Rehnquist")]
    [InlineData("Scalia,Kennedy,Thomas,Alito", null, "Roberts")]
    [InlineData("Frankfurter,Douglas,Black,Harlan,Brennan", null, "Warren")]
    [InlineData("Holmes,Brandeis,Sutherland,Butler,Sanford,McKenna", null, "Taft")]
    [InlineData("Holmes,Brandeis,Sutherland,Butler,Sanford", null, null)]
    [InlineData("Nobody,Unknown", null, null)]
    [InlineData("", 1980.0, null)]
    public void ChiefOf_Bench_GivesTheChiefTheyAllSatUnder(string bench, double? when, string? chief)
    {
        Assert.Equal(chief, JusticeTenures.ChiefOf(bench.Split(',', StringSplitOptions.RemoveEmptyEntries), when));
    }

    [Theory]
    [InlineData("Powell,Brennan,White,Marshall,Rehnquist,Blackmun,O'Connor,Stevens", "Rehnquist", "Burger")]
    [InlineData("Powell,Brennan,White,Marshall,Rehnquist,Blackmun,O'Connor,Stevens", "", null)]
    [InlineData("Powell,Brennan,White,Marshall,Blackmun,Stevens", "Powell,Brennan", null)]
    [InlineData("Scalia,Kennedy,Thomas,Ginsburg,Breyer,Rehnquist", "Scalia,Kennedy", "Rehnquist")]
    [InlineData("White,Blackmun,Powell,Rehnquist,Stevens,O'Connor,Scalia", "Rehnquist", null)]
    public void ChiefOf_ChiefCalledJusticeInAHeader_IsNotTheChief(string bench, string associates, string? chief)
    {
        Assert.Equal(chief, JusticeTenures.ChiefOf(bench.Split(',', StringSplitOptions.RemoveEmptyEntries), null,
            associates.Split(',', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("MR. JUSTICE BLACKMUN announced the judgment of the Court and an opinion, in which THE CHIEF JUSTICE, MR. JUSTICE WHITE, and MR. JUSTICE REHNQUIST join.\nWe affirm.\nMR. JUSTICE DOUGLAS, concurring in the judgment.\nI agree.\nMR. JUSTICE BRENNAN, with whom MR. JUSTICE STEWART, MR. JUSTICE MARSHALL, and MR. JUSTICE POWELL join, dissenting.\nI dissent.\n",
        "Blackmun Burger,White,Rehnquist|Douglas |Brennan Stewart,Marshall,Powell")]
    [InlineData("mr.justice blackmun announced the judgment of the court and an opinion,in which the chief justice,mr.justice white,and mr.justice rehnquist join.\nwe affirm.\nmr.justice douglas,concurring in the judgment.\ni agree.\nmr.justice brennan,with whom mr.justice stewart,mr.justice marshall,and mr.justice powell join,dissenting.\ni dissent.\n",
        "Blackmun Burger,White,Rehnquist|Douglas |Brennan Stewart,Marshall,Powell")]
    [InlineData("THE CHIEF JUSTICE delivered the opinion of the Court.\nWe affirm.\nJUSTICE SCALIA, with whom JUSTICE THOMAS and JUSTICE ALITO join, dissenting.\nI dissent.\n",
        "Roberts |Scalia Thomas,Alito")]
    [InlineData("justice powell announced the judgment of the court and delivered an opinion,in which justice brennan,justice white,and justice marshall joined.\nwe affirm.\njustice stevens,concurring in the judgment.\ni agree.\njustice rehnquist,with whom the chief justice,justice blackmun,and justice o connor join,dissenting.\ni dissent.\n",
        "Powell Brennan,White,Marshall|Stevens |Rehnquist Burger,Blackmun,O'Connor")]
    [InlineData("JUSTICE POWELL announced the judgment of the Court and delivered an opinion, in which JUSTICE BRENNAN, JUSTICE WHITE, and JUSTICE MARSHALL joined.\nWe affirm.\nJUSTICE STEVENS, concurring in the judgment.\nI agree.\nJUSTICE REHNQUIST, with whom THE CHIEF JUSTICE, JUSTICE BLACKMUN, and JUSTICE O'CONNOR join, dissenting.\nI dissent.\n",
        "Powell Brennan,White,Marshall|Stevens |Rehnquist Burger,Blackmun,O'Connor")]
    public void Segment_ChiefNamedNowhere_TakesTheChiefOfTheBench(string text, string expected)
    {
        var result = new OpinionSegmenter().Segment(new SourceDocument("test.txt", text, InputFormDetector.Detect(text), "text", "", null, null, null, []));
        Assert.Equal(expected, string.Join("|", result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus)
            .Select(o => $"{o.Author} {string.Join(",", o.JoinedBy)}")));
    }

    /// <summary>Where the text names the chief, the chief of the rest of the bench (his own name left out) must agree.</summary>
    [Fact]
    public void ChiefOf_CorpusDecisionsNamingTheChief_AgreesWithTheText()
    {
        var folder = CorpusFixture.Directory;
        Assert.True(folder is not null, "corpus archive missing: " + CorpusFixture.Archive);
        int agree = 0, disagree = 0, undecided = 0, agreeUndated = 0, disagreeUndated = 0;
        var wrong = new List<string>();
        foreach (var file in Directory.GetFiles(folder!, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var document = DocumentReader.ReadFile(file);
            var texts = OpinionSegmenter.ParagraphSpans(document.Text).Select(s => document.Text.Substring(s.Start, s.Length)).ToList();
            var named = ChiefFinder.Find(texts);
            if (named is null)
            {
                continue;
            }
            var result = new OpinionSegmenter().Segment(document);
            var bench = result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus)
                .SelectMany(o => o.JoinedBy.Prepend(o.Author ?? ""))
                .Where(n => JusticeNames.Letters(n) != JusticeNames.Letters(named)).ToList();
            var when = result.Decision.Date is { Length: 10 } date
                ? int.Parse(date[..4], CultureInfo.InvariantCulture) + (int.Parse(date[5..7], CultureInfo.InvariantCulture) - 1) / 12.0
                : (double?)null;
            var dated = JusticeTenures.ChiefOf(bench, when);
            var undated = JusticeTenures.ChiefOf(bench, null);
            if (dated is null)
            {
                undecided++;
            }
            else if (JusticeNames.Letters(dated) == JusticeNames.Letters(named))
            {
                agree++;
            }
            else
            {
                disagree++;
                wrong.Add($"{Path.GetFileName(file)} {named}->{dated}");
            }
            if (undated is not null)
            {
                agreeUndated += JusticeNames.Letters(undated) == JusticeNames.Letters(named) ? 1 : 0;
                disagreeUndated += JusticeNames.Letters(undated) != JusticeNames.Letters(named) ? 1 : 0;
            }
        }
        output.WriteLine($"dated: agree {agree}, disagree {disagree}, undecided {undecided}; undated: agree {agreeUndated}, disagree {disagreeUndated}");
        output.WriteLine("disagree: " + string.Join(" ", wrong.Take(40)));
        Assert.True(agree > 300, $"only {agree} decisions agree");
        Assert.True(disagree * 100 <= agree, $"{disagree} disagree against {agree}");
        Assert.True(disagreeUndated * 100 <= agreeUndated, $"{disagreeUndated} disagree without dates against {agreeUndated}");
    }
}
