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
}
