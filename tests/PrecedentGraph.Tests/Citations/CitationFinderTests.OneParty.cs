using PrecedentGraph.Citations;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Citations;

/// <summary>Cases cited by one party or a title, with no "v." (agency decisions, "Matter of", "Estate of"), in raw text.</summary>
public partial class CitationFinderTests
{
    [Theory]
    [InlineData("the employer. See Harbor Mills, Inc., 131 N. L. R. B. 402 (1961).", "Harbor Mills, Inc.", "131 N. L. R. B. 402")]
    [InlineData("Cf. Matter of Oduya, 14 I. & N. Dec. 73 (BIA 1972).", "Matter of Oduya", "14 I. & N. Dec. 73")]
    [InlineData("was denied; Estate of Parcell, 41 T. C. 300 (1964), held", "Estate of Parcell", "41 T.C. 300")]
    [InlineData("the Board. In Delta Foundry Co., 88 N. L. R. B. 1009 (1950), the Board held", "Delta Foundry Co.", "88 N. L. R. B. 1009")]
    [InlineData("had been waived. Petition of Grimsby, 301 F.2d 17 (CA2 1962).", "Petition of Grimsby", "301 F.2d 17")]
    [InlineData("e. g., Application of Morhaus, 201 F. Supp. 60 (SDNY 1962);", "Application of Morhaus", "201 F. Supp. 60")]
    [InlineData("(Appeal of Wendlow, 12 F.2d 3 (CA3 1926))", "Appeal of Wendlow", "12 F.2d 3")]
    [InlineData("Board approved it, 90 N. L. R. B. 1, 3 (1950), and Torrance Pipe, 91 N. L. R. B. 7 (1950).", "Torrance Pipe", "91 N. L. R. B. 7")]
    [InlineData("(citing Hildwin, 490 U. S. 638)", "Hildwin", "490 U.S. 638")]
    [InlineData("as the Board held in Acme Felt Co., 95 N. L. R. B. 30 (1951).", "Acme Felt Co.", "95 N. L. R. B. 30")]
    [InlineData("the Board. Quill Press, 95 N. L. R. B. 30 (1951), is", "Quill Press", "95 N. L. R. B. 30")]
    public void Find_RawOnePartyCitation_ReadsTheNameFromTheCitationsStart(string text, string name, string reporter)
    {
        var full = Assert.Single(CitationTestText.Find(text, InputForm.Raw).Cases, m => m.Form == CitationForm.Full && m.CaseName is not null);
        Assert.Equal(name, full.CaseName);
        Assert.Equal(reporter, full.Reporters[0].ToString());
    }

    [Theory]
    [InlineData("See Merrill & Hickman, Chevron's Domain, 89 Geo. L. J. 833, 872 (2001).")] // an article's title after its authors
    [InlineData("See Salinas, 34 Am. J. Crim. L. 39 (2006).")] // a journal
    [InlineData("the Habeas Corpus Act of 1679, 31 Car. 2, c. 2, declared")] // a statute
    [InlineData("See Wigmore, 3 Evidence 1234 (1940).")] // a treatise's volume
    [InlineData("We granted certiorari, 483 U.S. 1019 (1987).")] // prose before the comma
    [InlineData("as the Court of Appeals held, 274 F.2d 601 (CA8 1960).")]
    [InlineData("See Interior Department Report, 54 I. D. 559 (1934).")] // a document, not a case
    [InlineData("See United States, 12 F.2d 3 (CA2 1926).")] // a government alone
    [InlineData("the decision of Gwin, White, 305 U. S. 434 (1939).")] // a comma inside what precedes the name
    [InlineData("Cafeteria Workers, Local 473, AFL-CIO, v. McElroy, 367 U.S. 886 (1961).")] // the end of a name with "v."
    [InlineData("seized 12 200-ft. Reels of Film, 413 U.S. 123 (1973).")] // an abbreviation, no sentence end
    [InlineData("See Annot., 28 A. L. R. 475 (1924).")] // an annotation
    [InlineData("held the sections valid. Ala.Sup., 18 So.2d 810 (1944).")] // a court abbreviated
    [InlineData("Nondiscrimination in Broadcast Practices, 60 F. C. C. 2d 226 (1976).")] // "in" inside a title
    [InlineData("the case. NLRB, 324 U.S. 9 (1945).")] // an agency alone is one party of a case with "v."
    public void Find_RawOnePartyCitation_IsNoNameWithoutCitationSyntax(string text)
    {
        Assert.DoesNotContain(CitationTestText.Find(text, InputForm.Raw).Cases, m => m.Form == CitationForm.Full && m.CaseName is not null);
    }

    [Theory]
    [InlineData("N. L. R. B.", false)]
    [InlineData("L. Ed. 2d", false)]
    [InlineData("I. & N. Dec.", false)]
    [InlineData("Am. J. Crim. L.", true)]
    [InlineData("Colum. L. Rev.", true)]
    [InlineData("Soc. Sci. Q.", true)]
    public void IsJournalLike_TellsJournalsFromReporters(string reporter, bool journal)
    {
        Assert.Equal(journal, ReporterCatalog.IsJournalLike(reporter));
    }
}
