using PrecedentGraph.Segmentation;

namespace PrecedentGraph.Tests.Segmentation;

public sealed class OpinionHeaderFinderTests
{
    // "Kind Author joiner,joiner {partial: parts}"; "?" for a header that gives no kind; "*" for "in the judgment".
    private static string? Describe(OpinionHeader? header) => header is null
        ? null
        : ($"{header.Kind?.ToString() ?? "?"}{(header.InJudgment ? "*" : "")} {header.Author} {string.Join(",", header.JoinedBy)}".TrimEnd()
           + string.Concat(header.PartialJoins.Select(p => $" {{{p.Justice}: {p.Parts}}}")));

    [Theory]
    [InlineData("JUSTICE SOTOMAYOR, with whom JUSTICE GINSBURG joins, dissenting.", null, "Dissent Sotomayor Ginsburg")]
    [InlineData("justice sotomayor,with whom justice ginsburg joins,dissenting.", null, "Dissent Sotomayor Ginsburg")]
    [InlineData("chief justice roberts delivered the opinion of the court.", null, "Majority Roberts")]
    [InlineData("JUSTICE REHNQUIST, with whom THE CHIEF JUSTICE, JUSTICE BLACKMUN, and JUSTICE O'CONNOR join, dissenting.", "Burger", "Dissent Rehnquist Burger,Blackmun,O'Connor")]
    [InlineData("JUSTICE KENNEDY, with whom JUSTICE SCALIA, JUSTICE THOMAS, and JUSTICE ALITO join, dissenting.", null, "Dissent Kennedy Scalia,Thomas,Alito")]
    [InlineData("Justice Kennedy, with whom Justice Scalia, Justice Thomas, and Justice Alito join, dissenting.", null, "Dissent Kennedy Scalia,Thomas,Alito")]
    [InlineData("justice kennedy,with whom justice scalia,justice thomas,and justice alito join,dissenting.", null, "Dissent Kennedy Scalia,Thomas,Alito")]
    [InlineData("THE CHIEF JUSTICE delivered the opinion of the Court.", "Rehnquist", "Majority Rehnquist")]
    [InlineData("CHIEF JUSTICE BURGER, dissenting.", null, "Dissent Burger")]
    [InlineData("MR. CHIEF JUSTICE WARREN delivered the opinion of the Court.", null, "Majority Warren")]
    [InlineData("MR. JUSTICE HARLAN, whom MR. JUSTICE STEWART and MR. JUSTICE WHITE join, dissenting.", null, "Dissent Harlan Stewart,White")]
    [InlineData("MR. JUSTICE DOUGLAS, with whom MR. JUSTICE BLACK concurs, dissenting.", null, "Dissent Douglas Black")]
    [InlineData("PER CURIAM.", null, "PerCuriam")]
    [InlineData("JUSTICE SCALIA, with whom JUSTICE THOMAS joins, concurring in the judgment.", null, "Concurrence* Scalia Thomas")]
    [InlineData("JUSTICE POWELL, with whom THE CHIEF JUSTICE and JUSTICE REHNQUIST join, dissenting.", "Burger", "Dissent Powell Burger,Rehnquist")]
    [InlineData("JUSTICE O'CONNOR announced the judgment of the Court and delivered an opinion, in which THE CHIEF JUSTICE, JUSTICE WHITE, and JUSTICE KENNEDY join.", "Rehnquist", "Plurality O'Connor Rehnquist,White,Kennedy")]
    [InlineData("JUSTICE BRENNAN, JUSTICE WHITE, JUSTICE MARSHALL, and JUSTICE BLACKMUN, concurring.", null, "Concurrence Brennan White,Marshall,Blackmun")]
    [InlineData("JUSTICE SCALIA, with whom JUSTICE THOMAS joins, and with whom JUSTICE ALITO joins as to Part I, dissenting.", null, "Dissent Scalia Thomas {Alito: Part I}")]
    [InlineData("JUSTICE BLACKMUN, with whom JUSTICE MARSHALL joins and, as to Parts I-B and I-C, JUSTICE BRENNAN joins and, as to Part I-C, JUSTICE STEVENS joins, dissenting.", null,
        "Dissent Blackmun Marshall {Brennan: Parts I-B and I-C} {Stevens: Part I-C}")]
    [InlineData("MR. JUSTICE BLACKMUN, with whom MR. JUSTICE REHNQUIST as to Parts I and II joins, dissenting.", null, "Dissent Blackmun {Rehnquist: Parts I and II}")]
    [InlineData("mr.justice blackmun,with whom mr.justice rehnquist as to parts i and ii joins,dissenting.", null, "Dissent Blackmun {Rehnquist: parts i and ii}")]
    [InlineData("MR. JUSTICE DOUGLAS, with whom MR. JUSTICE BLACK agrees, concurring.", null, "Concurrence Douglas Black")]
    [InlineData("justice powell,with whom justice rehnquist joins,concurring in part and dissenting in part.", null, "ConcurrenceDissent Powell Rehnquist")]
    [InlineData("Justice Stevens , concurring.", null, "Concurrence Stevens")]
    [InlineData("JUSTICE WHITE, concurring in part and concurring in the judgment.", null, "Concurrence* White")]
    [InlineData("Mr. Justice HARLAN, dissenting in No. 188, and concurring in the result in No. 927.", null, "ConcurrenceDissent Harlan")]
    [InlineData("Opinion of the Court by MR. JUSTICE DOUGLAS, announced by MR. JUSTICE BRENNAN.", null, "Majority Douglas")]
    [InlineData("Mr. Justice Day delivered the opinion of the court:", null, "Majority Day")]
    [InlineData("Mr. Justice STONE.", null, "? Stone")]
    [InlineData("BRADLEY, J.", null, "? Bradley")]
    [InlineData("FULLER, C. J.", null, "? Fuller")]
    [InlineData("BREWER, J., (dissenting.)", null, "Dissent Brewer")]
    [InlineData("Kennedy, J., dissenting", null, "Dissent Kennedy")]
    [InlineData("breyer,concurring", null, "Concurrence Breyer")]
    [InlineData("opinion of kagan,", null, "? Kagan")]
    [InlineData("matthews", null, "? Matthews")]
    [InlineData("MR. JUSTICE DOUGLAS, dissenting. * \u00a0", null, "Dissent Douglas")]
    [InlineData("MR. JUSTICE BRENNAN. *", null, "? Brennan")]
    [InlineData("MR. JUSTICE BLACK, whom MR. JUSTICE DOUGLAS joins, concurring. *", null, "Concurrence Black Douglas")]
    [InlineData("mr.justice douglas,dissenting.", null, "Dissent Douglas")]
    [InlineData("MR. JUSTICE JACKSON, joined by MR. JUSTICE BLACK and MR. JUSTICE FRANKFURTER, dissenting.", null, "Dissent Jackson Black,Frankfurter")]
    [InlineData("mr.justice jackson,joined by mr.justice black and mr.justice frankfurter,dissenting.", null, "Dissent Jackson Black,Frankfurter")]
    [InlineData("CHIEF JUSTICE BURGER, joined by JUSTICE REHNQUIST, dissenting.", null, "Dissent Burger Rehnquist")]
    [InlineData("MR. JUSTICE HARLAN announced the judgment of the Court in an opinion joined by THE CHIEF JUSTICE, MR. JUSTICE DOUGLAS, and MR. JUSTICE MARSHALL.", "Burger", "Plurality Harlan Burger,Douglas,Marshall")]
    [InlineData("mr.justice harlan announced the judgment of the court in an opinion joined by the chief justice,mr.justice douglas,and mr.justice marshall.", "Burger", "Plurality Harlan Burger,Douglas,Marshall")]
    [InlineData("MR. JUSTICE HARLAN announced the judgment of the Court and an opinion joined by MR. JUSTICE BRENNAN and MR. JUSTICE STEWART.", null, "Plurality Harlan Brennan,Stewart")]
    [InlineData("JUSTICE BRENNAN with whom JUSTICE MARSHALL joins, dissenting.", null, "Dissent Brennan Marshall")]
    public void Parse_Header_GivesKindAuthorAndJoiners(string paragraph, string? chief, string expected)
    {
        Assert.Equal(expected, Describe(OpinionHeaderFinder.Parse(paragraph, chief)));
    }

    [Theory]
    [InlineData("Mr. Justice STORY, in his Commentaries on the Constitution, says:")]
    [InlineData("JUSTICE STEVENS , joined by THE CHIEF JUSTICE , concluded that the statute is valid.")]
    [InlineData("JUSTICE KAGAN took no part in the consideration or decision of this case.")]
    [InlineData("The Court of Appeals reversed.")]
    [InlineData("Reversed.")]
    [InlineData("affirmed")]
    [InlineData("opinion of the court")]
    [InlineData("Justice Harlan, dissenting in Plessy, wrote that our Constitution is color-blind, and that is the law today.")]
    [InlineData("MR. JUSTICE CLARK, MR. JUSTICE BLACK, MR. JUSTICE STEWART and MR. JUSTICE WHITE do not believe that the federal requirement was violated.")]
    public void Parse_OtherParagraph_Null(string paragraph)
    {
        Assert.Null(OpinionHeaderFinder.Parse(paragraph, null));
    }
}
