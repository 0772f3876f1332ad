using PrecedentGraph.Citations;

namespace PrecedentGraph.Tests.Citations;

public class CaseLabelFormatterTests
{
    [Theory]
    [InlineData("united states leon", "United States v. Leon")]
    [InlineData("district of columbia heller", "District of Columbia v. Heller")]
    [InlineData("owen city of independence", "Owen v. City of Independence")]
    [InlineData("steagald united states", "Steagald v. United States")]
    [InlineData("arkansas sanders", "Arkansas v. Sanders")]
    [InlineData("new york ferber", "New York v. Ferber")]
    [InlineData("payton new york", "Payton v. New York")]
    [InlineData("imbler pachtman", "Imbler v. Pachtman")]
    [InlineData("baker mccollan", "Baker v. McCollan")]
    [InlineData("o connor donaldson", "O'Connor v. Donaldson")]
    [InlineData("lake country estates inc tahoe regional planning agency", "Lake Country Estates, Inc. v. Tahoe Regional Planning Agency")]
    [InlineData("in re gault", "In re Gault")]
    [InlineData("malley v briggs", "Malley v. Briggs")]
    [InlineData("elks lodge no marren", "Elks Lodge No v. Marren")]
    [InlineData("duluth st paul bradwell", "Duluth St Paul v. Bradwell")]
    [InlineData("st paul doe", "St Paul v. Doe")]
    public void FromWords_NormalizedName_RestoresCapitalsAndVersus(string name, string label)
    {
        var words = name.Split(' ');
        Assert.Equal(label, CaseLabelFormatter.FromWords(words, CaseLabelFormatter.SplitIndex(words)));
    }

    [Theory]
    [InlineData("MALLEY v. BRIGGS", "Malley v. Briggs")]
    [InlineData("Harlow  v.\nFitzgerald", "Harlow v. Fitzgerald")]
    [InlineData("Smith vs. Jones et al.", "Smith v. Jones")]
    [InlineData("NAACP v. Button", "NAACP v. Button")]
    [InlineData("Ashwander v. TVA", "Ashwander v. TVA")]
    [InlineData("NLRB v. Jones & Laughlin Steel Corp.", "NLRB v. Jones & Laughlin Steel Corp.")]
    [InlineData("McCULLOCH v. MARYLAND", "McCulloch v. Maryland")]
    [InlineData("UNITED STATES ex rel. TOTH v. QUARLES", "United States ex rel. Toth v. Quarles")]
    [InlineData("N. A. A. C. P. v. BUTTON", "N. A. A. C. P. v. Button")]
    public void FromRaw_Name_IsTidied(string name, string label) =>
        Assert.Equal(label, CaseLabelFormatter.FromRaw(name));
}
