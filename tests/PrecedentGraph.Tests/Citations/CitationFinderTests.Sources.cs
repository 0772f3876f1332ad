using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Citations;

/// <summary>Secondary sources and provisions that look like case names or references once their marks are gone.</summary>
public partial class CitationFinderTests
{
    /// <summary>A surname right after an initial ("2 C. Doe, Federal Practice") is a person, an author or counsel, even
    /// where a case of that name is cited in the document.</summary>
    [Theory]
    [InlineData("See Quarles v. Zephyr, 400 U.S. 1 (1970). See also 2 C. Quarles, Federal Practice and Procedure 374 (1990).")]
    [InlineData("Quarles v. Zephyr, 400 U.S. 1 (1970), was argued by J. Quarles, Esq., for the State.")]
    public void Find_RawSurnameAfterAnInitial_NoReference(string text)
    {
        Assert.DoesNotContain(CitationTestText.Find(text, InputForm.Raw).Cases, m => m.Form == CitationForm.Reference);
    }

    /// <summary>"const" of a constitution ("iowa const.art.i") or "annotation" of a secondary source is no party.</summary>
    [Theory]
    [InlineData("the right is secured.see iowa const.art.i,ohio const.art.i,the state may")]
    [InlineData("as to the practice.see also annotation,double jeopardy mistrial,the state may")]
    public void Find_NormalizedConstitutionOrAnnotation_NoCase(string text)
    {
        Assert.DoesNotContain(CitationTestText.Find(text, InputForm.Normalized).Cases, m => m.Form == CitationForm.Full);
    }
}
