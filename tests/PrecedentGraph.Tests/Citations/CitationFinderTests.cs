using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Citations;

public partial class CitationFinderTests
{
    [Theory]
    [InlineData("the standard of Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982).", "Harlow v. Fitzgerald", "457 U.S. 800", "818", null, 1982)]
    [InlineData("See Malley v. Briggs, 475 U. S. 335, 341, 106 S. Ct. 1092, 89 L. Ed. 2d 271 (1986).", "Malley v. Briggs", "475 U.S. 335|106 S. Ct. 1092|89 L. Ed. 2d 271", "341", null, 1986)]
    [InlineData("Cf. Llaguno v. Mingey, 763 F.2d 1560 (CA7 1985) (en banc).", "Llaguno v. Mingey", "763 F.2d 1560", null, "CA7", 1985)]
    [InlineData("as in Deary v. Three Un-Named Police Officers, 746 F.2d 185, 192 (CA3 1984).", "Deary v. Three Un-Named Police Officers", "746 F.2d 185", "192", "CA3", 1984)]
    [InlineData("Bivens v. Six Unknown Named Agents, 456 F.2d 1339 (CA2 1972).", "Bivens v. Six Unknown Named Agents", "456 F.2d 1339", null, "CA2", 1972)]
    [InlineData("Doe v. Roe, 12 F.3d 45, 47 (CA9 1993).", "Doe v. Roe", "12 F.3d 45", "47", "CA9", 1993)]
    [InlineData("Smith v. Jones, 5 F.4th 100 (CA1 2021).", "Smith v. Jones", "5 F.4th 100", null, "CA1", 2021)]
    [InlineData("Jones v. Smith, 300 F. Supp. 2d 12, 15 (DC 2004).", "Jones v. Smith", "300 F. Supp. 2d 12", "15", "DC", 2004)]
    [InlineData("Randall v. Henry, 5 Stew. & P. 367, 378 (Ala. 1834);", "Randall v. Henry", "5 Stew. & P. 367", "378", "Ala.", 1834)]
    [InlineData("Bell v. Keepers, 37 Kan. 64, 14 P. 542 (1887).", "Bell v. Keepers", "37 Kan. 64|14 P. 542", null, null, 1887)]
    [InlineData("Ashcroft v. al-Kidd, 563 U. S. ___ (2011) (slip op., at 12).", "Ashcroft v. al-Kidd", "563 U.S. ___", "slip op., at 12", null, 2011)]
    [InlineData("Steagald v. United States, [475 U.S. 335, 353]   451 U.S. 204, 212 (1981).", "Steagald v. United States", "451 U.S. 204", "212", null, 1981)]
    [InlineData("the claim (Bivens v. Six Unknown Fed. Narcotics Agents, 403 U.S. 388 (1971)) under", "Bivens v. Six Unknown Fed. Narcotics Agents", "403 U.S. 388", null, null, 1971)]
    [InlineData("condemned in Lo-Ji Sales, Inc. v. New York, 442 U.S. 319 (1979), then", "Lo-Ji Sales, Inc. v. New York", "442 U.S. 319", null, null, 1979)]
    [InlineData("as held in Doe v. Roe, 6 Cranch, 87 (1810).", "Doe v. Roe", "6 Cranch 87", null, null, 1810)]
    [InlineData("See Summers v. State, 5 Ohio St. 325 (1855).", "Summers v. State", "5 Ohio St. 325", null, null, 1855)]
    [InlineData("Olsen v. Neal, 63 Iowa 214 (1884).", "Olsen v. Neal", "63 Iowa 214", null, null, 1884)]
    [InlineData("United States v. Heinz, 2 Cir., 151 F.2d 813 (1945).", "United States v. Heinz", "151 F.2d 813", null, null, 1945)]
    [InlineData("unfair. See Rose v. Lund, [ 455 U.S. 509, 543 (1982)].", "Rose v. Lund", "455 U.S. 509", "543", null, 1982)]
    [InlineData("freakishly.\" Gregson v. Georgia 428 U.S. 153, 220 (1976).", "Gregson v. Georgia", "428 U.S. 153", "220", null, 1976)]
    [InlineData("In United States v. One Assortment of 89 Firearms, 465 U.S. 354 (1984), we", "United States v. One Assortment of 89 Firearms", "465 U.S. 354", null, null, 1984)]
    [InlineData("the rule. Invoking Martins v. Ryder, 566 U.S. 1 (2012), he", "Martins v. Ryder", "566 U.S. 1", null, null, 2012)]
    [InlineData("the rule of See v. Seattle, 387 U.S. 541 (1967).", "See v. Seattle", "387 U.S. 541", null, null, 1967)]
    [InlineData("See Elks Lodge No. 12 v. Marren, 401 U.S. 50 (1971).", "Elks Lodge No. 12 v. Marren", "401 U.S. 50", null, null, 1971)]
    [InlineData("cf. United States v. One 1962 Ford Sedan, 300 F.2d 10 (CA4 1963).", "United States v. One 1962 Ford Sedan", "300 F.2d 10", null, "CA4", 1963)]
    [InlineData("as in Local 57 Carpenters Union v. Harte, 99 F.2d 5 (CA2 1938).", "Local 57 Carpenters Union v. Harte", "99 F.2d 5", null, "CA2", 1938)]
    [InlineData("Settled by 1650, Mawson's Case, 80 Eng. Rep. 12 (1650), the rule", "Mawson's Case", "80 Eng. Rep. 12", null, null, 1650)]
    [InlineData("forfeit. See The Marigold, 9 Wheat. 40 (1824).", "The Marigold", "9 Wheat. 40", null, null, 1824)]
    [InlineData("the cargo; The Three Sisters, 9 Wheat. 400 (1824).", "The Three Sisters", "9 Wheat. 400", null, null, 1824)]
    [InlineData("In Dunmore v. The King, 3 Ir. 70 (K. B. 1840), the court", "Dunmore v. The King", "3 Ir. 70", null, "K. B.", 1840)]
    [InlineData("Cf. Ames v. The Trustees, 11 Wall. 130 (1871).", "Ames v. The Trustees", "11 Wall. 130", null, null, 1871)]
    [InlineData("see In re Marsh, 71 [401 U.S. 715, 736] \u00a0 Ohio St. 40 (1905).", "In re Marsh", "71 Ohio St. 40", null, null, 1905)]
    [InlineData("Foy v. Lane, 12 [401 U.S. 715, 736]   F.2d 30 (CA3 1930).", "Foy v. Lane", "12 F.2d 30", null, "CA3", 1930)]
    [InlineData("The King v. Moss, 2 Ld. Raym. 9 (K. B. 1702).", "King v. Moss", "2 Ld. Raym. 9", null, "K. B.", 1702)]
    public void Find_RawFullCitation_ReadsNameReportersPinCourtAndYear(string text, string name, string reporters, string? pin, string? court, int year)
    {
        var full = Assert.Single(CitationTestText.Find(text, InputForm.Raw).Cases, m => m.Form == CitationForm.Full);
        Assert.Equal(name, full.CaseName);
        Assert.Equal(reporters, string.Join("|", full.Reporters.Select(r => r.ToString())));
        Assert.Equal(pin, full.PinCite);
        Assert.Equal(court, full.Court);
        Assert.Equal(year, full.Year);
    }

    [Theory]
    [InlineData("Harlow, supra, at 807.", CitationForm.Supra, "Harlow")]
    [InlineData("United States v. United States District Court, supra, at 316.", CitationForm.Supra, "United States v. United States District Court")]
    [InlineData("we stated that 468 U.S., at 922, n. 23.", CitationForm.Short, null)]
    [InlineData("United States v. Leon, 468 U.S., at 917 -918, n. 18.", CitationForm.Short, "United States v. Leon")]
    [InlineData("the facts. Id., at 920.", CitationForm.Id, null)]
    [InlineData("should be recognized.\" Ibid.", CitationForm.Id, null)]
    [InlineData("the President, Nixon v. Fitzgerald, ante, p. 731 - are entitled", CitationForm.Full, "Nixon v. Fitzgerald")]
    public void Find_RawShortSupraAndId_FindsTheForm(string text, CitationForm form, string? name)
    {
        var mention = Assert.Single(CitationTestText.Find(text, InputForm.Raw).Cases);
        Assert.Equal(form, mention.Form);
        Assert.Equal(name, mention.CaseName);
    }

    [Theory]
    [InlineData("the qualified [475 U.S. 335, 336]   immunity accorded an officer")]
    [InlineData("the call as follows. App. 78. These complaints")]
    [InlineData("Brief for Respondents 12; Tr. of Oral Arg. 7.")]
    [InlineData("an action under 42 U.S.C. 1983 when it is alleged")]
    [InlineData("reversed. 748 F.2d 715 (1984). We granted certiorari. 471 U.S. 1124 (1985).")]
    [InlineData("See Wake of Monroe v. Pape, 82 Harv. L. Rev. 1486 (1969).")]
    [InlineData("the Court in 1983 Congress 12 times")]
    [InlineData("as argued in The Federalist, 2 Dall. 4 (1790).")]
    [InlineData("a rule since 1958 Congress, 12 U.S. 4 (1814).")]
    [InlineData("the lodge. The Court, 401 U.S. 50 (1971).")]
    public void Find_RawNonCitation_NoNamedCase(string text)
    {
        var result = CitationTestText.Find(text, InputForm.Raw);
        Assert.DoesNotContain(result.Cases, m => m.CaseName is not null);
    }

    [Theory]
    [InlineData("derogation of them.imbler pachtman,our initial inquiry", "imbler pachtman")]
    [InlineData("suppression hearing,see united states leon,while exempting", "united states leon")]
    [InlineData("have known.pearson callahan,quoting harlow fitzgerald,the court", "pearson callahan|harlow fitzgerald")]
    [InlineData("the objective reasonableness standard of harlow fitzgerald,the court of appeals", "harlow fitzgerald")]
    [InlineData("a bad reason.see owen city of independence,accordingly", "owen city of independence")]
    [InlineData("the court below erred in relying on groh ramirez.there,officers", "groh ramirez")]
    [InlineData("the weighing.leach three of the king messengers,how.st.tr.quoted in", "leach three of the king messengers")]
    [InlineData("the same rule.see,barker stetson,mass.carey sheets,ind.", "barker stetson|carey sheets")]
    [InlineData("as we stated in arkansas sanders,the prominent", "arkansas sanders")]
    [InlineData("a right to bear arms.district of columbia heller,the second", "district of columbia heller")]
    [InlineData("liability for damages davis scherer,at brennan,concurring", "davis scherer")]
    [InlineData("the state officer.see ex parte young,the suit", "ex parte young")]
    [InlineData("juvenile proceedings.in re gault,the court held", "in re gault")]
    [InlineData("in favor of the plaintiffs jasinski adams,per curiam federal agent", "jasinski adams")]
    [InlineData("must be pleaded by a defendant official.gomez toledo,decisions of this court", "gomez toledo")]
    [InlineData("are qualifiedly immune,pierson ray,petitioner urges that he", "pierson ray")]
    [InlineData("considered.state mco blenis,mo.state baker,state houser,mo.a most learned", "state mco blenis|state baker|state houser")]
    [InlineData("the deprivation chandler baird,dismissing a claim in part", "chandler baird")]
    [InlineData("in sandin conner,and hudson mcmillian,that asked the inmates", "sandin conner|hudson mcmillian")]
    [InlineData("the waiver.adams united states ex rel.mccann,and see patton united states,", "adams united states ex rel mccann|patton united states")]
    [InlineData("a different outcome.see ins abudu,the court", "ins abudu")]
    [InlineData("the rule.see greer,supra,at darden wainwright,the court", "darden wainwright")]
    [InlineData("as held.see doe roe,the court.under the rule of doe roe,we", "doe roe|doe roe")]
    [InlineData("the limits.see brandt federal trade comm n,the agency", "brandt federal trade comm n")]
    [InlineData("the press.see kessler american press co.the tax", "kessler american press co")]
    [InlineData("the search.see united states plank,the rule", "united states plank")]
    [InlineData("the cases.orvik ohio,supra kessling nebraska,the court", "kessling nebraska")]
    [InlineData("a hearing owens state,relying on the rule", "owens state")]
    [InlineData("the rule.see marden wyoming,wyo.stat.of the states", "marden wyoming")]
    [InlineData("the warrant was not conducted illinois kravitz,a person subject", "illinois kravitz")]
    [InlineData("as we reached in de varga bolle,we", "de varga bolle")]
    [InlineData("the rule.see yick po halvorsen,the court", "yick po halvorsen")]
    [InlineData("it has been settled law since ex parte quarry,that suits", "ex parte quarry")]
    [InlineData("the lower courts.marden lopez soto,harring prost,pearson ray,general box,united states,we do so", "marden lopez soto|harring prost|pearson ray")]
    [InlineData("as it may constitutionally do.zakon wolfe,and cases cited.only in", "zakon wolfe")]
    [InlineData("the same holds.see krishna society for consciousness,inc.supra kovner coopers,neither does", "kovner coopers")]
    // A company's adversary after the suffix's period, in citation position by what follows it.
    [InlineData("the statute is saved.harlan pender corp.gulf coast trades council,quoting doe ohio,emphasis added.", "harlan pender corp gulf coast trades council|doe ohio")]
    [InlineData("the point is not settled,kyle,inc.united press,citing doe ohio,questions which lurk", "kyle inc united press|doe ohio")]
    [InlineData("the rule is old.harlan pender corp.gulf coast trades council,frankfurter,concurring.", "harlan pender corp gulf coast trades council")]
    // The number of a lodge, a district or a local keeps its period inside the name.
    [InlineData("state action.see elks lodge no.marren,thus,the question", "elks lodge no marren")]
    [InlineData("the remedy.see keller school district no.denver,the court", "keller school district no denver")]
    // "with" answers a "compare" of the same sentence as a signal.
    [InlineData("compare duncan louisiana,holding the rule,with green chicago,states need not", "duncan louisiana|green chicago")]
    [InlineData("compare duncan louisiana,with the rule of the courts below,which differs", "duncan louisiana")]
    // "St." opens a word of the same party.
    [InlineData("compare duncan louisiana,with duluth st.paul bradwell,states need not", "duncan louisiana|duluth st paul bradwell")]
    public void Find_NormalizedFullName_FindsTheName(string text, string names)
    {
        var found = CitationTestText.Find(text, InputForm.Normalized).Cases.Where(m => m.Form == CitationForm.Full).Select(m => m.CaseName);
        Assert.Equal(names, string.Join("|", found));
    }

    [Theory]
    [InlineData("as applied in white motor united states,the court", "", "")]
    [InlineData("as applied in white motor united states,the court", "White Motor Co. v. United States", "white motor v united states")]
    [InlineData("the rule.doe roe,the court", "Doe v. Roe", "doe v roe")]
    [InlineData("the limits.brandt federal trade comm n,the agency", "Brandt v. Federal Trade Comm'n", "brandt v federal trade comm n")]
    [InlineData("the tax.kessler american press,the court", "Kessler v. American Press Co.", "kessler v american press")]
    public void Find_NormalizedWithKnownNames_FindsLearnedNames(string text, string known, string names)
    {
        var found = CitationTestText.Find(text, InputForm.Normalized, known.Length == 0 ? [] : [known])
            .Cases.Where(m => m.Form == CitationForm.Full).Select(m => m.CaseName);
        Assert.Equal(names, string.Join("|", found));
    }

    [Theory]
    [InlineData("shelly kelly was afraid that she would be attacked by her boyfriend,jerry ray bowen,while she moved out")]
    [InlineData("petitioner presented the affidavits to judge capelli,a rhode island district judge.judge capelli reviewed")]
    [InlineData("by hubert humphrey iii,attorney general of minnesota,and charles graddick,attorney general of alabama,")]
    [InlineData("a marihuana cigarette may have been passed to mrs.briggs,and that another party")]
    [InlineData("in december,the rhode island state police were conducting a wiretap")]
    [InlineData("the district court for the district of rhode island charging,inter alia,that petitioner")]
    [InlineData("stated differently,the officers acted.in my view,the court errs.")]
    [InlineData("review is equivalent to the chapman standard.at,citations omitted")]
    [InlineData("the subject.see,lafave scott,substantive criminal law,ch.")]
    [InlineData("the county sheriff of los angeles.she asked officers from los angeles,to help")]
    [InlineData("statutes that appear relevant.cal.code civ.proc.ann.colo.rules civ.proc.rule")]
    [InlineData("to prevent depositions or ex parte affidavits,such as were sometimes admitted")]
    [InlineData("the federal court for the southern district of ohio,the court held")]
    [InlineData("the case.like griffin,douglas turned not on a right of access")]
    [InlineData("after the president had promised,haldeman solicited butterfield recommendations.in a memorandum")]
    [InlineData("the point.see brandvold kessel,the myth of the forum,harv.rev.the court")]
    [InlineData("that procedure.see brandvold kessel,federal practice and procedure.later,brandvold kessel,supra,at")]
    [InlineData("the statute.see civ.rights law mckinney,which provides")]
    [InlineData("the meaning.see webster new international dictionary,the word")]
    [InlineData("have such a provision.oregon ore.rev.stat.nevada nev.rev.stat.the rule")]
    [InlineData("a list of states,wyoming wyo.stat.ann.of the other states,none")]
    [InlineData("the statutes are these.maine me.rev.stat.ann.tit.supp.mississippi miss.code ann.missouri mo.rev.stat.tennessee tenn.code ann.utah")]
    [InlineData("the meeting was held in los angeles county.he attended")]
    [InlineData("the trial court relied on an ex parte affidavit from the officer")]
    [InlineData("as the text of the statute plainly commands,the court held")]
    [InlineData("the harms include psychic trauma,circulatory difficulties,lice infestations,and hypothermia.in the extreme")]
    [InlineData("parks must observe the traffic laws,sanitation regulations,or noise rules.this is no more")]
    [InlineData("the seattle school district no.and the tacoma school district no.are the only other districts")]
    [InlineData("the union local no.at the plant refused.the members voted")]
    [InlineData("the old lodge no.longer admits members.the rule")]
    [InlineData("the firm sold its shares to pender corp.the buyer then resold them,quoting the contract")]
    public void Find_NormalizedPersonsAndProse_AreNotCases(string text)
    {
        var result = CitationTestText.Find(text, InputForm.Normalized);
        Assert.DoesNotContain(result.Cases, m => m.Form == CitationForm.Full);
    }

    [Theory]
    [InlineData("the norm.harlow,supra,at like federal officers", CitationForm.Supra, "harlow")]
    [InlineData("reasonable officer.leon,at.the question", CitationForm.Short, "leon")]
    [InlineData("as the court held.ashcroft,slip,at.we", CitationForm.Short, "ashcroft")]
    [InlineData("immunity in actions.at thus,while we look", CitationForm.Id, null)]
    [InlineData("immunity should be recognized.ibid.", CitationForm.Id, null)]
    public void Find_NormalizedShortForms_FindsTheForm(string text, CitationForm form, string? name)
    {
        var mention = Assert.Single(CitationTestText.Find(text, InputForm.Normalized).Cases);
        Assert.Equal(form, mention.Form);
        Assert.Equal(name, mention.CaseName);
    }

    [Theory]
    [InlineData("a suppression hearing.see united states leon,while.in leon,we stated the rule.", "leon")]
    [InlineData("the court below relied on groh ramirez.unlike in groh,any error here", "groh")]
    [InlineData("the period commenced.delaware state college hicks,united air lines,inc.everts,this rule strikes a balance.in everts,we treated the claim.", "everts")]
    [InlineData("the rule.see lamb wilder,the case.like wilder,the present case", "wilder")]
    public void Find_NormalizedReference_FindsTheBareName(string text, string word)
    {
        var reference = Assert.Single(CitationTestText.Find(text, InputForm.Normalized).Cases, m => m.Form == CitationForm.Reference);
        Assert.Equal(word, reference.CaseName);
    }

    /// <summary>The second party of a normalized name is sought only after "in", "like", "unlike" and never where the text
    /// uses it as a justice's name.</summary>
    [Theory]
    [InlineData("the rule.see lamb wilder,the case.justice wilder,concurring,agreed.in wilder,the court")]
    [InlineData("the rule.see lamb wilder,the case.as wilder said,the court")]
    [InlineData("the period commenced.united air lines,inc.everts,this rule.reprinted in everts,history of the union")]
    public void Find_NormalizedSecondPartyOutsideCaseSyntax_NoReference(string text)
    {
        Assert.DoesNotContain(CitationTestText.Find(text, InputForm.Normalized).Cases, m => m.Form == CitationForm.Reference);
    }

    [Theory]
    [InlineData("See Malley v. Briggs, 475 U.S. 335 (1986). In Malley, we held that", "Malley")]
    [InlineData("Groh v. Ramirez, 540 U.S. 551 (2004). Groh plainly does not control.", "Groh")]
    public void Find_RawReference_FindsTheBareName(string text, string word)
    {
        var reference = Assert.Single(CitationTestText.Find(text, InputForm.Raw).Cases, m => m.Form == CitationForm.Reference);
        Assert.Equal(word, reference.CaseName);
    }

    [Theory]
    [InlineData("Ante, at 341 (emphasis added).", InputForm.Raw, "ante", null)]
    [InlineData("the Court says, post, at 3 (SOTOMAYOR, J., dissenting), that", InputForm.Raw, "post", "Sotomayor")]
    [InlineData("recognize the law.ante,at emphasis added.", InputForm.Normalized, "ante", null)]
    [InlineData("as the dissent says,post,at sotomayor,dissenting,the", InputForm.Normalized, "post", "Sotomayor")]
    public void Find_InternalReference_PointsToAnOpinion(string text, InputForm form, string direction, string? justice)
    {
        var result = CitationTestText.Find(text, form);
        var reference = Assert.Single(result.InternalReferences);
        Assert.Equal(direction, reference.Direction);
        Assert.Equal(justice, reference.Justice);
        Assert.DoesNotContain(result.Cases, m => m.Form == CitationForm.Full);
    }

    [Theory]
    [InlineData("an action under 42 U. S. C. \u00a71983 when", InputForm.Raw, "usc-42-1983")]
    [InlineData("an action under 42 U.S.C. 1983 when", InputForm.Raw, "usc-42-1983")]
    [InlineData("in violation of the Fourth Amendment.", InputForm.Raw, "amendment-4")]
    [InlineData("a search in violation of the fourth amendment.the", InputForm.Normalized, "amendment-4")]
    [InlineData("under the Fourth and Fourteenth Amendments.", InputForm.Raw, "amendment-4|amendment-14")]
    [InlineData("see cal.penal code ann.west", InputForm.Normalized, "cal-penal-code")]
    [InlineData("see fed.rule evid.the", InputForm.Normalized, "fed-rule-evid")]
    [InlineData("Fed. Rule Civ. Proc. 56(c) requires", InputForm.Raw, "fed-rule-civ-proc")]
    [InlineData("the Speech or Debate Clause protects", InputForm.Raw, "clause-speech-or-debate")]
    public void Find_Provision_HasStableKey(string text, InputForm form, string keys)
    {
        var result = CitationTestText.Find(text, form);
        Assert.Equal(keys, string.Join("|", result.Provisions.Select(p => p.Key)));
        Assert.DoesNotContain(result.Cases, m => m.Form == CitationForm.Full);
    }

    [Theory]
    [InlineData("", InputForm.Raw)]
    [InlineData(", supra, at", InputForm.Raw)]
    [InlineData("v. v. v. , 1 U.S. (", InputForm.Raw)]
    [InlineData(",,,..at,supra,at.ibid", InputForm.Normalized)]
    [InlineData("see", InputForm.Normalized)]
    [InlineData("Id.", InputForm.Raw)]
    public void Find_Junk_NeverThrows(string text, InputForm form)
    {
        var result = CitationTestText.Find(text, form);
        Assert.NotNull(result.Cases);
    }

    [Fact]
    public void Find_HugeRepetitiveText_StaysLinear()
    {
        var text = string.Concat(Enumerable.Repeat("See Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982). Id., at 819. ", 5000));
        var result = CitationTestText.Find(text, InputForm.Raw);
        Assert.Equal(5000, result.Cases.Count(m => m.Form == CitationForm.Full));
    }
}
