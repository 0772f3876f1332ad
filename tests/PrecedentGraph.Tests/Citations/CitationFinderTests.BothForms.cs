using PrecedentGraph.Corpus;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Citations;

/// <summary>Shapes that normalization makes hard (names without "v.", periods and reporters dropped, semicolons
/// turned into commas), written as raw text and read in both forms: the raw text through the raw finder, its
/// normalized form (<see cref="OpinionNormalizer"/>) through the normalized finder. Names are invented.</summary>
public partial class CitationFinderTests
{
    [Theory]
    // A string cite's gap: a name of common words between two cites.
    [InlineData("See generally Stoner v. Texas, 379 U.S. 476 (1965); Halvey v. Open Range, 367 U.S. 717 (1961); Frank v. Ohio, 359 U.S. 360 (1959).\n",
        "Stoner v. Texas|Halvey v. Open Range|Frank v. Ohio", "stoner texas|halvey open range|frank ohio")]
    // A string cite's head at a sentence start.
    [InlineData("It may be searched without a warrant. Ohio v. Green, 423 U.S. 67 (1975); Cadle v. Dorn, 413 U.S. 433 (1973); Chalmers v. Marone, 399 U.S. 42 (1970). Moreover, once a car is seized\n",
        "Ohio v. Green|Cadle v. Dorn|Chalmers v. Marone", "ohio green|cadle dorn|chalmers marone")]
    // A title that is a whole party, after a signal.
    [InlineData("The rule is settled. See, e.g., Warden v. Hollis, 387 U.S. 294 (1967). The officers\n", "Warden v. Hollis", "warden hollis")]
    // A sentence that is only a citation closes the paragraph: its period goes with the year.
    [InlineData("in order to stop continuing criminal activity. Warden v. Hollis, 387 U.S. 294, 298-300 (1967).\n", "Warden v. Hollis", "warden hollis")]
    // A sentence of citations closes the paragraph; a given name may open a party there.
    [InlineData("to safeguard individuals from unconstitutional imprisonment. Stoner v. Powers, 428 U.S. 465 (1976); Francis v. Henley, 425 U.S. 536 (1976).\n",
        "Stoner v. Powers|Francis v. Henley", "stoner powers|francis henley")]
    // A party's own "and", after a signal.
    [InlineData("For these reasons, see Pennfield State School and Hospital v. Halvorsen, 465 U.S. 89, 100 (1984), we hold\n",
        "Pennfield State School and Hospital v. Halvorsen", "pennfield state school and hospital halvorsen")]
    // A name before a quoting parenthetical.
    [InlineData("the principles of federalism that inform the doctrine, Pennfield State School and Hospital v. Halvorsen, 465 U.S. 89 (1984) (quoting Hutto v. Finn, 437 U.S. 678 (1978)), to which we adhere\n",
        "Pennfield State School and Hospital v. Halvorsen|Hutto v. Finn", "pennfield state school and hospital halvorsen|hutto finn")]
    // A nationality as a whole party, and "cert. denied" after a cite.
    [InlineData("See, e.g., Pagett v. Sharp, 1 F.2d 1 (CA1 1970); English v. Morrow, 432 F.2d 1211 (CA7 1970), cert. denied, 401 U.S. 915 (1971); Barnett v. Dorsen, 480 F.2d 1057 (CA8 1973).\n",
        "Pagett v. Sharp|English v. Morrow|Barnett v. Dorsen", "pagett sharp|english morrow|barnett dorsen")]
    // An abbreviation's period before a pin ends the name; "post office" is a party's words.
    [InlineData("That interest is great. See Delmar v. Post Office Dept., 397 U.S., at 741 (BRENNAN, J., concurring).\n", "Delmar v. Post Office Dept.", "delmar post office dept")]
    // A footnote's opening word before its signal.
    [InlineData("[ Footnote 3 ] See, Warden v. Hollis, 387 U.S. 294 (1967) (hot pursuit); the officers\n", "Warden v. Hollis", "warden hollis")]
    // Corporate suffixes in a row.
    [InlineData("The county acts under color of law. See also Flagstaff Bros., Inc. v. Brookes, 436 U.S. 149 (1978).\n", "Flagstaff Bros., Inc. v. Brookes", "flagstaff bros inc brookes")]
    // After ",inc." a name against a state is the next cite of the string.
    [InlineData("These are protected forms of speech. See Hefner v. International Society for Krishna Consciousness, Inc., 452 U.S. 640 (1981); Niemeyer v. Maryland, 340 U.S. 268 (1951); Saxe v. New York, 334 U.S. 558 (1948).\n",
        "Hefner v. International Society for Krishna Consciousness, Inc.|Niemeyer v. Maryland|Saxe v. New York", "hefner international society for krishna consciousness inc|niemeyer maryland|saxe new york")]
    // A sentence of names: a state naming an institution opens the first party; ",inc." and one name is one case.
    [InlineData("The period therefore commenced at that point. Ohio State College v. Dorsey, 449 U.S. 250 (1980); United Air Lines, Inc. v. Pelham, 431 U.S. 553 (1977). This rule strikes a balance\n",
        "Ohio State College v. Dorsey|United Air Lines, Inc. v. Pelham", "ohio state college dorsey|united air lines inc pelham")]
    // The same two names in prose after ",and".
    [InlineData("The theory is contradicted by two decisions, Ohio State College v. Dorsey, 449 U.S. 250 (1980), and United Air Lines, Inc. v. Pelham, 431 U.S. 553 (1977). In Dorsey, we treated\n",
        "Ohio State College v. Dorsey|United Air Lines, Inc. v. Pelham", "ohio state college dorsey|united air lines inc pelham")]
    // Several words after ",inc." that read as a case are the next cite, not the company's adversary.
    [InlineData("Two courts have allowed such claims. Pelham v. Pan American World Airways, Inc., 771 F.2d 635 (CA5 1985); cf. Dorsey v. Halvey Steel Mills, 840 F.2d 132 (CA1 1988). Even the Seventh Circuit agreed.\n",
        "Pelham v. Pan American World Airways, Inc.|Dorsey v. Halvey Steel Mills", "pelham pan american world airways inc|dorsey halvey steel mills")]
    // The same without a signal: the string cite's second name follows the suffix's period directly.
    [InlineData("Two courts have allowed such claims. Pelham v. Pan American World Airways, Inc., 771 F.2d 635 (CA5 1985); Dorsey v. General Electric, 840 F.2d 132 (CA1 1988). Even the Seventh Circuit agreed.\n",
        "Pelham v. Pan American World Airways, Inc.|Dorsey v. General Electric", "pelham pan american world airways inc|dorsey general electric")]
    // A weekday ending a name after a signal is a surname.
    [InlineData("The period runs anew. See Halvey v. Friday, 478 U.S. 385 (1986) (each paycheck is a wrong).\n", "Halvey v. Friday", "halvey friday")]
    // A company name after an introducer runs through the suffix's period.
    [InlineData("Similar considerations led Justice Brandeis, writing for the Court in Packard Corp. v. Utah, 285 U.S. 105 (1932), to conclude\n", "Packard Corp. v. Utah", "packard corp utah")]
    // A separate opinion's parenthetical after a cite.
    [InlineData("the problems of modern communities. Joseph Bursten, Inc. v. Wilkes, 343 U.S. 495, 518 (1952) (Frankfurter, J., concurring).\n", "Joseph Bursten, Inc. v. Wilkes", "joseph bursten inc wilkes")]
    // A signal after a cite: the semicolon became a comma.
    [InlineData("It advances religion. Committee for Public Schools v. Nyland, 413 U.S. 756, 771 (1973); see also Roemer v. Maryland Public Works Bd., 426 U.S. 736 (1976).\n",
        "Committee for Public Schools v. Nyland|Roemer v. Maryland Public Works Bd.", "committee for public schools nyland|roemer maryland public works bd")]
    // An abbreviation's period before prose ends the name.
    [InlineData("an application of the reason underlying the Act, Toucan v. New York Life Ins. Co., 314 U.S. 118, 135 (1941), and reflect the rule\n", "Toucan v. New York Life Ins. Co.", "toucan new york life ins")]
    // An abbreviation's period before "cert. denied".
    [InlineData("Congress abrogated that immunity. Darren D. v. Dartford School Comm., 775 F.2d 411 (CA1 1985), cert. denied, 475 U.S. 1140 (1986). Indeed, the\n", "Darren D. v. Dartford School Comm.", "darren dartford school comm")]
    // A page marker between the parties leaves a comma for the "v.".
    [InlineData("all matters of public concern. Thornby v. [447 U.S. 530, 535] Alabama, 310 U.S. 88, 101-102 (1940); see Milner v. Alabama, 384 U.S. 214 (1966). In the mailing\n",
        "Thornby v. Alabama|Milner v. Alabama", "thornby alabama|milner alabama")]
    // A roman numeral numbering a party, after a signal.
    [InlineData("such expression must be erotic. See Parris Adult Theatre I v. Slade, 413 U.S. 49 (1973) (BRENNAN, J., dissenting).\n",
        "Parris Adult Theatre I v. Slade", "parris adult theatre i slade")]
    // A sentence of names whose last one kept its suffix's period.
    [InlineData("beyond the reach of the antitrust laws. Mine Crafters v. Penfold, 381 U.S. 657 (1965); Eastern Rail Presidents Conference v. Noel Motor Freight, Inc., 365 U.S. 127 (1961). Third, respondents\n",
        "Mine Crafters v. Penfold|Eastern Rail Presidents Conference v. Noel Motor Freight, Inc.", "mine crafters penfold|eastern rail presidents conference noel motor freight inc")]
    // An abbreviation that ends a party keeps its period inside the clause; the next cite of the string follows it.
    [InlineData("Many cases upheld such rules. Lemmon v. City of Shaker Heights, 418 U.S. 298 (1974); Rowell v. Post Office Dept., 397 U.S. 728 (1970); Breyard v. Alexandria, 341 U.S. 622 (1951); Kovac v. Cooperman, 336 U.S. 77 (1949).\n",
        "Lemmon v. City of Shaker Heights|Rowell v. Post Office Dept.|Breyard v. Alexandria|Kovac v. Cooperman", "lemmon city of shaker heights|rowell post office dept|breyard alexandria|kovac cooperman")]
    // A name with "daily" before the next clause of a sentence.
    [InlineData("extraordinary private or public interests, Zimmer v. Stanford Daily, 436 U.S. 547, 564-565 (1978), nor the generic recognition\n",
        "Zimmer v. Stanford Daily", "zimmer stanford daily")]
    // An explanatory parenthetical runs into the next name of the string once its parenthesis and semicolon are gone.
    [InlineData("See Halvey v. Open Range, 367 U.S. 717 (1961) (applying the rule to pending claims); Stoner v. Cadle, 379 U.S. 476 (1965) (same rule for old claims).\n",
        "Halvey v. Open Range|Stoner v. Cadle", "halvey open range|stoner cadle")]
    // The same after a state reporter's remnant, whose period opened the clause.
    [InlineData("See Halvey v. Open Range, 12 Ohio App. 2d 717 (1961) (rule applied to pending claims); Stoner v. Cadle, 379 U.S. 476 (1965) (same rule for old claims).\n",
        "Halvey v. Open Range|Stoner v. Cadle", "halvey open range|stoner cadle")]
    // After a signal or before a state reporter, a party named by a common word against "State".
    [InlineData("The test is settled there. See Young v. State, 12 Wis. 2d 1 (1960); Banks v. State, 3 So. 2d 4 (Ala. 1950). The officers\n",
        "Young v. State|Banks v. State", "young state|banks state")]
    // A sentence that is only a citation: a party named by a common word against a state.
    [InlineData("the convictions would have to be set aside. Powers v. Ohio, 499 U.S. 400 (1991), but that did not happen here.\n",
        "Powers v. Ohio", "powers ohio")]
    public void Find_BothForms_FindsTheNames(string raw, string rawNames, string normalizedNames)
    {
        var rawFound = CitationTestText.Find(raw, InputForm.Raw).Cases.Where(m => m.Form is CitationForm.Full or CitationForm.Short && m.CaseName is not null).Select(m => m.CaseName);
        Assert.Equal(rawNames, string.Join("|", rawFound));
        var normalized = OpinionNormalizer.Normalize(raw);
        var found = CitationTestText.Find(normalized, InputForm.Normalized).Cases.Where(m => m.Form == CitationForm.Full).Select(m => string.Join(' ', m.CaseName!.Split(' ', ',', '.').Where(w => w.Length > 0)));
        Assert.Equal(normalizedNames, string.Join("|", found));
    }

    [Theory]
    [InlineData("See Carlow v. Brownell, ante, at 470. The rule\n", "Carlow v. Brownell", "carlow brownell")]
    [InlineData("as we held in Dorset Gas & Electric Corp. v. Public Service Comm'n, post, at 561-563, the\n", "Dorset Gas & Electric Corp. v. Public Service Comm'n", "dorset gas electric corp public service comm n")]
    [InlineData("the Court says so, ante, at 12, and we agree\n", "", "")]
    [InlineData("but today's decision fails even under Stoner's own terms, ante, at 12 (WHITE, J., dissenting).\n", "", "")]
    public void Find_SameTermCitation_FindsTheName(string raw, string rawNames, string normalizedNames)
    {
        var found = CitationTestText.Find(raw, InputForm.Raw).Cases.Where(m => m.Form == CitationForm.Full).Select(m => m.CaseName);
        Assert.Equal(rawNames, string.Join("|", found));
        var normalized = CitationTestText.Find(OpinionNormalizer.Normalize(raw), InputForm.Normalized).Cases.Where(m => m.Form == CitationForm.Full).Select(m => m.CaseName);
        Assert.Equal(normalizedNames, string.Join("|", normalized));
    }

    [Theory]
    [InlineData("the premise of the majority opinion, which Justice Doe notes, post, at 12, is wrong\n")]
    [InlineData("[ Footnote 4 ] See, ABA Code of Professional Responsibility, Canon 5 (1976). A lawyer should\n")]
    [InlineData("the rule was stated in the letters of\nJohn Adams, 12 (1850).\n")]
    public void Find_BothFormsProse_AreNotCases(string raw)
    {
        Assert.DoesNotContain(CitationTestText.Find(raw, InputForm.Raw).Cases, m => m.Form == CitationForm.Full);
        Assert.DoesNotContain(CitationTestText.Find(OpinionNormalizer.Normalize(raw), InputForm.Normalized).Cases, m => m.Form == CitationForm.Full);
    }
}
