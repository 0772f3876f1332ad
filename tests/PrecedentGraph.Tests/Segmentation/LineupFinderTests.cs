using PrecedentGraph.Segmentation;

namespace PrecedentGraph.Tests.Segmentation;

public sealed class LineupFinderTests
{
    // Each opinion as "Kind Author joiner,joiner {partial: parts}"; "*" marks a concurrence in the judgment.
    private static string Describe(Lineup lineup) =>
        string.Join(" | ", lineup.Entries.Select(e =>
            $"{e.Kind}{(e.InJudgment ? "*" : "")} {e.Author} {string.Join(",", e.JoinedBy)}".TrimEnd()
            + string.Concat(e.PartialJoins.Select(p => $" {{{p.Justice}: {p.Parts}}}"))))
        + (lineup.NotParticipating.Count > 0 ? " / absent " + string.Join(",", lineup.NotParticipating) : "");

    [Theory]
    [InlineData("ROBERTS, C. J., delivered the opinion of the Court, in which SCALIA, KENNEDY, THOMAS, BREYER, and ALITO, JJ., joined. BREYER, J., filed a concurring opinion. KAGAN, J., filed an opinion concurring in part and dissenting in part. SOTOMAYOR, J., filed a dissenting opinion, in which GINSBURG, J., joined.",
        "Majority Roberts Scalia,Kennedy,Thomas,Breyer,Alito | Concurrence Breyer | ConcurrenceDissent Kagan | Dissent Sotomayor Ginsburg")]
    [InlineData("roberts,delivered the opinion of the court,in which scalia,kennedy,thomas,breyer,and alito,joined.breyer,filed a concurring opinion.kagan,filed an opinion concurring in part and dissenting in part.sotomayor,filed a dissenting opinion,in which ginsburg,joined.",
        "Majority Roberts Scalia,Kennedy,Thomas,Breyer,Alito | Concurrence Breyer | ConcurrenceDissent Kagan | Dissent Sotomayor Ginsburg")]
    [InlineData("WHITE, J., delivered the opinion of the Court, in which BURGER, C. J., and BRENNAN, MARSHALL, BLACKMUN, STEVENS, and O'CONNOR, JJ., joined. POWELL, J., filed an opinion concurring in part and dissenting in part, in which REHNQUIST, J., joined, post, p. 346.",
        "Majority White Burger,Brennan,Marshall,Blackmun,Stevens,O'Connor | ConcurrenceDissent Powell Rehnquist")]
    [InlineData("white,delivered the opinion of the court,in which burger,and brennan,marshall,blackmun,stevens,and o connor,joined.powell,filed an opinion concurring in part and dissenting in part,in which rehnquist,joined,post,",
        "Majority White Burger,Brennan,Marshall,Blackmun,Stevens,O'Connor | ConcurrenceDissent Powell Rehnquist")]
    [InlineData("brennan,filed a concurring opinion,in which marshall and blackmun,joined,post,brennan,white,marshall,and blackmun,filed a separate concurring statement,post,rehnquist,filed a concurring opinion,post,burger,filed a dissenting opinion,post,",
        "Concurrence Brennan Marshall,Blackmun | Concurrence Brennan White,Marshall,Blackmun | Concurrence Rehnquist | Dissent Burger")]
    [InlineData("KENNEDY, J., announced the judgment of the Court and delivered an opinion, in which ROBERTS, C. J., and ALITO, J., joined. SCALIA, J., filed an opinion concurring in the judgment, in which THOMAS, J., joined.",
        "Plurality Kennedy Roberts,Alito | Concurrence* Scalia Thomas")]
    [InlineData("Kennedy, J., announced the judgment of the Court and delivered an opinion, in which Roberts, C. J., and Alito, J., joined. Roberts, C. J., filed a concurring opinion. Breyer, J., filed an opinion concurring in the judgment. Kagan, J., took no part in the consideration or decision of the case.",
        "Plurality Kennedy Roberts,Alito | Concurrence Roberts | Concurrence* Breyer / absent Kagan")]
    [InlineData("O'CONNOR, J., delivered the opinion of the Court, in which REHNQUIST, C. J., and WHITE, J., joined, and in which SCALIA, J., joined as to Parts I and II. BLACKMUN, J., filed a dissenting opinion.",
        "Majority O'Connor Rehnquist,White {Scalia: Parts I and II} | Dissent Blackmun")]
    [InlineData("SOUTER, J., delivered the opinion of the Court, in which STEVENS, GINSBURG, and BREYER, JJ., joined, and in all but Part II-B of which O'CONNOR, J., joined.",
        "Majority Souter Stevens,Ginsburg,Breyer {O'Connor: all but Part II-B}")]
    [InlineData("BLACKMUN, J., delivered the opinion of the Court, in which all other Members joined, except POWELL, J., who took no part in the consideration or decision of the case.",
        "Majority Blackmun / absent Powell")]
    [InlineData("WHITE, J., delivered the opinion of the Court, in which BURGER, C. J., and BRENNAN, BLACKMUN, POWELL, REHNQUIST, and O'CONNOR, JJ., joined. MARSHALL, J., post, p. 184, and STEVENS, J., post, p. 188, filed opinions concurring in part and dissenting in part.",
        "Majority White Burger,Brennan,Blackmun,Powell,Rehnquist,O'Connor | ConcurrenceDissent Marshall | ConcurrenceDissent Stevens")]
    [InlineData("SCALIA, J., delivered the opinion for a unanimous Court. [492 U.S. 469, 471]   STEVENS, J., filed a concurring opinion, p. 12.",
        "Majority Scalia | Concurrence Stevens")]
    [InlineData("STEWART, J., filed an opinion concurring in part and concurring in the judgment. MARSHALL, J., filed a dissenting opinion, in which BRENNAN, J., joined.",
        "Concurrence* Stewart | Dissent Marshall Brennan")]
    [InlineData("rehnquist,delivered the opinion of the court,in which white,scalia,kennedy,souter,and thomas,joined.blackmun,filed an opinion concurring in the judgment post,stevens,filed an opinion concurring in the judgment,in which blackmun and o connor,joined post,",
        "Majority Rehnquist White,Scalia,Kennedy,Souter,Thomas | Concurrence* Blackmun | Concurrence* Stevens Blackmun,O'Connor")]
    [InlineData("WHITE, J., delivered the opinion of the Court, in which BLACKMUN and REHNQUIST, JJ., joined; in Parts I and II of which BRENNAN, MARSHALL, and STEVENS, JJ., joined; and in Parts I, II-B, III, and IV of which BURGER, C. J., and POWELL, J., joined. O'CONNOR, J., filed an opinion concurring in the judgment, post, p. 337.",
        "Majority White Blackmun,Rehnquist {Brennan: Parts I and II} {Marshall: Parts I and II} {Stevens: Parts I and II} {Burger: Parts I, II-B, III, and IV} {Powell: Parts I, II-B, III, and IV} | Concurrence* O'Connor")]
    // normalization drops hyphenated part numbers ("Part IV-A"): "in all but part of which" is still a partial join
    [InlineData("stewart,delivered the opinion of the court,in which burger,and powell,joined in all but part of which white and marshall,joined in parts i,iii,and iv of which stevens,joined and in parts i,iii,and of which blackmun,joined.rehnquist,filed a dissenting opinion,post,",
        "Majority Stewart Burger,Powell {White: all but part} {Marshall: all but part} {Stevens: parts i,iii,and iv} {Blackmun: parts i,iii,and} | Dissent Rehnquist")]
    [InlineData("Kennedy, J., delivered the opinion of the Court, except for Parts II-B-2 and II-C-2. Roberts, C. J., and Thomas and Alito, JJ., joined the opinion in full, and Scalia, J., joined except for Parts II-B-2 and II-C-2. Stevens, J., filed an opinion concurring in the judgment, in which Ginsburg, Breyer, and Sotomayor, JJ., joined.",
        "Majority Kennedy Roberts,Thomas,Alito {Scalia: except for Parts II-B-2 and II-C-2} | Concurrence* Stevens Ginsburg,Breyer,Sotomayor")]
    [InlineData("BLACKMUN, J., delivered the opinion of the Court, in which REHNQUIST, C. J., and WHITE and MARSHALL, JJ., joined. SCALIA, J., post, p. 24, and KENNEDY, J., post, p. 68, filed opinions concurring in the judgment.",
        "Majority Blackmun Rehnquist,White,Marshall | Concurrence* Scalia | Concurrence* Kennedy")]
    [InlineData("blackmun,delivered the opinion of the court,in which rehnquist,and white and marshall,joined.scalia,post,and kennedy,post,filed opinions concurring in the judgment.o connor,filed a dissenting opinion,post,",
        "Majority Blackmun Rehnquist,White,Marshall | Concurrence* Scalia | Concurrence* Kennedy | Dissent O'Connor")]
    [InlineData("REHNQUIST, J., delivered the opinion of the Court. BRENNAN, J., post, p. 348, and STEVENS, J., post, p. 359, filed dissenting opinions, in which MARSHALL and BLACKMUN, JJ., joined.",
        "Majority Rehnquist | Dissent Brennan Marshall,Blackmun | Dissent Stevens Marshall,Blackmun")]
    [InlineData("rehnquist,delivered the opinion of the court.brennan,post,and stevens,post,filed dissenting opinions,in which marshall and blackmun,joined.",
        "Majority Rehnquist | Dissent Brennan Marshall,Blackmun | Dissent Stevens Marshall,Blackmun")]
    [InlineData("MARSHALL, J., delivered the opinion of the Court. Louis Frost, Jr., argued the cause and filed a brief for petitioner. Respondent filed a suit in state court.",
        "Majority Marshall")]
    public void Read_LineupParagraph_GivesOpinionsInOrder(string paragraph, string expected)
    {
        Assert.True(LineupFinder.IsLineup(paragraph));
        Assert.Equal(expected, Describe(LineupFinder.Read(paragraph, null)));
    }

    [Theory]
    [InlineData("Held: The judgment is reversed. Pp. 339-346.")]
    [InlineData("JUSTICE STEVENS, joined by THE CHIEF JUSTICE, concluded that the statute is valid.")]
    [InlineData("Respondents then brought a damages action, and a brief was filed for the United States as amicus curiae.")]
    [InlineData("")]
    public void IsLineup_OtherParagraph_False(string paragraph)
    {
        Assert.False(LineupFinder.IsLineup(paragraph));
    }
}
