using PrecedentGraph.Rendering;
using SkiaSharp;

namespace PrecedentGraph.Tests.Rendering;

/// <summary>Needs the free fonts a Graphviz install brings (DejaVu or Liberation) in the usual font folders.</summary>
public sealed class FontFileTypefaceProviderTests
{
    [Theory]
    [InlineData("serif", "Serif|Times|Roman")]
    [InlineData("'Times New Roman', Times, 'Liberation Serif', 'Nimbus Roman', serif", "Serif|Times|Roman")]
    [InlineData("sans-serif", "Sans|Arial|Helvetica")]
    [InlineData("Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', sans-serif", "Sans|Arial|Helvetica")]
    [InlineData("monospace", "Mono|Courier")]
    public void FromFamilyName_FamilyList_FaceOfThatKind(string families, string expected)
    {
        var face = FontFileTypefaceProvider.Instance.FromFamilyName(families, SKFontStyleWeight.Normal, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright);

        Assert.NotNull(face);
        Assert.Matches(expected, face.FamilyName);
        Assert.True(face.GlyphCount > 0);
    }

    [Fact]
    public void FromFamilyName_BoldItalic_BoldItalicFace()
    {
        var face = FontFileTypefaceProvider.Instance.FromFamilyName("sans-serif", SKFontStyleWeight.Bold, SKFontStyleWidth.Normal, SKFontStyleSlant.Italic);

        Assert.NotNull(face);
        Assert.True(face.IsBold && face.IsItalic, face.FamilyName + " " + face.FontStyle.Weight + " " + face.FontStyle.Slant);
    }

    [Fact]
    public void FromFamilyName_UnknownFamily_NullSoTheNextNameIsTried()
    {
        Assert.Null(FontFileTypefaceProvider.Instance.FromFamilyName("No Such Family Anywhere", SKFontStyleWeight.Normal, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright));
    }
}
