using PrecedentGraph.Corpus;
using PrecedentGraph.Model;
using PrecedentGraph.Segmentation;

namespace PrecedentGraph.Tests.Segmentation;

/// <summary>FindLaw's later layout: the page head repeated before each opinion, and crawl debris in a header's
/// joiner list; each in raw and normalized form.</summary>
public sealed partial class OpinionSegmenterTests
{
    private const string PageHeads =
        "United States Supreme Court ALPHA v. BETA, (1998) No. 96-7171 Argued: January 9, 1998 Decided: March 3, 1998\n" +
        "Held: affirmed.\n" +
        "U.S. Supreme Court No. 96-7171 RANDY ALPHA, PETITIONER v. MIKE BETA, SUPERINTENDENT, WESTERN MISSOURI CORRECTIONAL CENTER, ET AL. ON WRIT OF CERTIORARI [March 3, 1998]\n" +
        "JUSTICE SCALIA delivered the opinion of the Court.\n" +
        "We affirm the judgment of the Court of Appeals.\n" +
        "U.S. Supreme Court No. 96-7171 RANDY ALPHA, PETITIONER v. MIKE BETA, SUPERINTENDENT, WESTERN MISSOURI CORRECTIONAL CENTER, ET AL. ON WRIT OF CERTIORARI [March 3, 1998]\n" +
        "JUSTICE SOUTER , with whom JUSTICE O'CONNOR , JUSTICE GINSBURG , and S 2723 4578 () 25 JUSTICE BREYER join, concurring.\n" +
        "I join the opinion of the Court.\n" +
        "U.S. Supreme Court No. 96-7171 RANDY ALPHA, PETITIONER v. MIKE BETA, SUPERINTENDENT, WESTERN MISSOURI CORRECTIONAL CENTER, ET AL. ON WRIT OF CERTIORARI [March 3, 1998]\n" +
        "JUSTICE STEVENS , dissenting.\n" +
        "I respectfully dissent.\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Segment_RepeatedPageHead_BelongsToNoOpinion(bool normalized)
    {
        var text = normalized ? OpinionNormalizer.Normalize(PageHeads) : PageHeads;
        var result = Segment(text);
        Assert.Equal(["Syllabus", "Majority", "Concurrence", "Dissent"], result.Opinions.Select(o => o.Kind.ToString()));
        var heads = OpinionSegmenter.ParagraphSpans(text).Where(s => text.AsSpan(s.Start, s.Length).Contains("supreme court no", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(3, heads.Count);
        Assert.All(heads, head => Assert.Null(result.OpinionAt(head.Start)));
        Assert.All(result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus), o => Assert.True(o.Paragraphs.Count == 2, $"{o.Author}: {o.Paragraphs.Count} paragraphs"));
    }

    [Theory]
    [InlineData("JUSTICE SOUTER , with whom JUSTICE O'CONNOR , JUSTICE GINSBURG , and S 2723 4578 () 25 JUSTICE BREYER join, concurring.", "O'Connor,Ginsburg,Breyer")]
    [InlineData("justice souter,with whom justice o connor,justice ginsburg,and s justice breyer join,concurring.", "O'Connor,Ginsburg,Breyer")]
    [InlineData("JUSTICE BREYER , with whom S 3051 4723 () 25 JUSTICE STEVENS , JUSTICE SOUTER and JUSTICE GINSBURG join, dissenting.", "Stevens,Souter,Ginsburg")]
    [InlineData("justice breyer,with whom s justice stevens,justice souter and justice ginsburg join,dissenting.", "Stevens,Souter,Ginsburg")]
    public void Segment_JoinersThroughCrawlDebris_ReadsEveryJoiner(string header, string joiners)
    {
        var result = Segment("JUSTICE SCALIA delivered the opinion of the Court.\nWe affirm.\n" + header + "\nI write separately.\n");
        Assert.Equal(joiners, string.Join(",", result.Opinions[^1].JoinedBy));
    }

    [Theory]
    [InlineData("T homas, J., delivered the opinion of the Court, in which Rehnquist, C. J., and O'Connor, Scalia, and Kennedy, JJ., joined.", "Rehnquist,O'Connor,Scalia,Kennedy")]
    public void Segment_LineupNameSplitByTheCrawl_JoinsItBack(string lineup, string joiners)
    {
        var result = Segment("Held: reversed.\n" + lineup + "\nJustice Thomas delivered the opinion of the Court.\nWe reverse.\n");
        var court = result.Opinions.Single(o => o.Kind == OpinionKind.Majority);
        Assert.Equal("Thomas", court.Author);
        Assert.Equal(joiners, string.Join(",", court.JoinedBy));
    }

    [Theory]
    [InlineData("MR. JUSTICE DOUGLAS.\nWhile I have joined MR. JUSTICE BRENNAN'S opinion, I add a word as to why the result is required.\n", "Concurrence")]
    [InlineData("mr.justice douglas.\nwhile i have joined mr.justice brennan opinion,i add a word as to why the result is required.\n", "Concurrence")]
    [InlineData("Mr. Justice FRANKFURTER.\nI join in the opinion of the Chief Justice.\n", "Concurrence")]
    [InlineData("MR. JUSTICE DOUGLAS.\nI cannot agree that the statute reaches this conduct, and I would reverse.\n", "Dissent")]
    [InlineData("MR. JUSTICE DOUGLAS.\nI joined the opinion in that case, but I dissent here because the facts differ.\n", "Dissent")]
    public void Segment_BareHeaderOpeningByJoining_IsAConcurrence(string separate, string kind)
    {
        var result = Segment("MR. JUSTICE BRENNAN delivered the opinion of the Court.\nWe reverse.\n" + separate);
        Assert.Equal(kind, result.Opinions[^1].Kind.ToString());
    }

    private const string CutHeaderLineup =
        "Held: affirmed.\nREHNQUIST, J., delivered the opinion of the Court, in which STEWART and WHITE, JJ., joined. BURGER, C. J., filed a concurring opinion. STEVENS, J., filed a dissenting opinion, in which BRENNAN, J., joined.\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Segment_HeaderCutToMr_TakesTheNextLineupEntry(bool normalized)
    {
        var raw = CutHeaderLineup + "MR. JUSTICE REHNQUIST delivered the opinion of the Court.\nWe affirm the judgment below.\n"
                  + "MR.\nI join the opinion of the Court. A crucial factor in this case, for me, is the statute then in force.\n"
                  + "MR. JUSTICE STEVENS, with whom MR. JUSTICE BRENNAN joins, dissenting.\nI would reverse.\n";
        var result = Segment(normalized ? OpinionNormalizer.Normalize(raw) : raw);
        Assert.Equal(["Majority Rehnquist", "Concurrence Burger", "Dissent Stevens"],
            result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus).Select(o => $"{o.Kind} {o.Author}"));
    }

    [Theory]
    [InlineData("MR.\nFootnotes\n[ Footnote 1 ] See the statute.\n")]
    [InlineData("MR.\nMR. JUSTICE WHITE took no part in the consideration or decision of this case.\n")]
    public void Segment_LoneMrBeforeNoProse_OpensNothing(string tail)
    {
        var result = Segment(CutHeaderLineup + "MR. JUSTICE REHNQUIST delivered the opinion of the Court.\nWe affirm the judgment below.\n" + tail);
        Assert.Equal(["Majority Rehnquist"], result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus).Select(o => $"{o.Kind} {o.Author}"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Segment_StatementOfALineupAuthor_IsItsOpinionAndLeavesTheCourtItsFootnotes(bool normalized)
    {
        var raw = "Held: affirmed.\nPOWELL, J., delivered the opinion of the Court, in which BURGER, C. J., and STEWART, J., joined. "
                  + "MARSHALL, J., filed a dissenting opinion, in which BRENNAN, J., joined. WHITE, J., filed a dissenting statement.\n"
                  + "MR. JUSTICE POWELL delivered the opinion of the Court.\nWe affirm. 1\n"
                  + "MR. JUSTICE WHITE also dissents, substantially for the reasons stated by MR. JUSTICE MARSHALL in his dissenting opinion.\n"
                  + "[ Footnote 1 ] The statute reads as follows.\n"
                  + "MR. JUSTICE MARSHALL, with whom MR. JUSTICE BRENNAN joins, dissenting.\nI would reverse.\n";
        var result = Segment(normalized ? OpinionNormalizer.Normalize(raw) : raw);
        var opinions = result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus).ToList();
        Assert.Equal(["Majority Powell", "Dissent White", "Dissent Marshall"], opinions.Select(o => $"{o.Kind} {o.Author}"));
        Assert.Single(opinions[1].Paragraphs);
        Assert.Contains(opinions[0].Paragraphs, p => p.IsFootnote);
    }

    [Fact]
    public void Segment_StatementOfNoLineupAuthor_StaysInTheOpinion()
    {
        var result = Segment("Held: affirmed.\nPOWELL, J., delivered the opinion of the Court. MARSHALL, J., filed a dissenting opinion.\n"
                             + "MR. JUSTICE POWELL delivered the opinion of the Court.\nWe affirm.\n"
                             + "MR. JUSTICE STEVENS believes that the question is not properly before us.\n"
                             + "MR. JUSTICE MARSHALL, dissenting.\nI would reverse.\n");
        Assert.Equal(["Majority Powell", "Dissent Marshall"], result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus).Select(o => $"{o.Kind} {o.Author}"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Segment_HeaderRunIntoTheBody_StartsTheOpinionWithTheLineupKind(bool normalized)
    {
        string Form(string text) => normalized ? OpinionNormalizer.Normalize(text) : text;
        var result = Segment(Form("Held: reversed.\nKennedy, J., delivered the opinion of the Court. Stevens, J., filed a dissenting opinion, in which Breyer, J., joined.\n"
                             + "Justice Kennedy delivered the opinion of the Court.\nWe reverse.\n"
                             + "Justice Stevens , with whom Justice Breyer joins, These cases arose out of a criminal enterprise that violated both state law and federal law.\nI would affirm.\n"));
        Assert.Equal(["Majority Kennedy ", "Dissent Stevens Breyer"],
            result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus).Select(o => $"{o.Kind} {o.Author} {string.Join(",", o.JoinedBy)}"));
    }

    [Fact]
    public void Segment_HeaderWithItsKindRunIntoTheBody_StartsTheOpinionWithEveryJoiner()
    {
        var result = Segment("Held: reversed.\nThomas, J., delivered the opinion of the Court. Kennedy, J., filed a dissenting opinion, in which "
                             + "Rehnquist, C. J., and Scalia and Souter, JJ., joined.\n"
                             + "Justice Thomas delivered the opinion of the Court.\nWe reverse.\n"
                             + "Justice Kennedy, with whom The Chief Justice, Justice Scalia , and Justice souter join, dissenting.      The Court has held "
                             + "that the power to spend is not limited by the direct grants of legislative power.\nI would affirm.\n");
        var opinions = result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus).ToList();
        Assert.Equal(["Majority Thomas", "Dissent Kennedy"], opinions.Select(o => $"{o.Kind} {o.Author}"));
        Assert.Equal(["Rehnquist", "Scalia", "Souter"], opinions[1].JoinedBy.Order(StringComparer.Ordinal));
    }
}
