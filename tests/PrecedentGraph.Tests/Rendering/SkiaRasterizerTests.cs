using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Xml.Linq;
using PrecedentGraph.Rendering;
using PrecedentGraph.Tests.Cli;
using SkiaSharp;

namespace PrecedentGraph.Tests.Rendering;

public sealed class SkiaRasterizerTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static string Svg(DiagramStyle style = DiagramStyle.Screen) =>
        BuiltinSvgRenderer.Render(RenderingGraphs.Constructed(), new DiagramOptions { Style = style });

    private static (double Width, double Height) ViewBox(string svg)
    {
        var parts = XDocument.Parse(svg).Root!.Attribute("viewBox")!.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (double.Parse(parts[2], CultureInfo.InvariantCulture), double.Parse(parts[3], CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(DiagramStyle.Screen)]
    [InlineData(DiagramStyle.Paper)]
    public void ToPng_BuiltinSvg_PngOfViewBoxTimesScale(DiagramStyle style)
    {
        var svg = Svg(style);
        var png = SkiaRasterizer.ToPng(svg);
        var (width, height) = ViewBox(svg);

        Assert.Equal(PngSignature, png.Take(8).ToArray());
        // IHDR: width and height, big-endian, right after the signature and the chunk header.
        Assert.Equal((int)Math.Ceiling(width * SkiaRasterizer.DefaultScale), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal((int)Math.Ceiling(height * SkiaRasterizer.DefaultScale), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void ToPng_BuiltinSvg_WhiteBackgroundWithDarkText()
    {
        using var bitmap = SKBitmap.Decode(SkiaRasterizer.ToPng(Svg()));
        var dark = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                dark += pixel.Red < 80 && pixel.Green < 80 && pixel.Blue < 80 ? 1 : 0;
            }
        }

        Assert.Equal(SKColors.White, bitmap.GetPixel(0, 0));
        Assert.Equal(255, bitmap.GetPixel(bitmap.Width - 1, bitmap.Height - 1).Alpha);
        // Glyphs are the only near-black ink in the screen style; a diagram whose text vanished has next to none.
        Assert.True(dark > 2000, $"only {dark} dark pixels");
    }

    [Fact]
    public void ToPng_Rerun_SameBytes()
    {
        var svg = Svg();
        Assert.Equal(SkiaRasterizer.ToPng(svg), SkiaRasterizer.ToPng(svg));
    }

    [Fact]
    public void ToPdf_Rerun_SameBytes()
    {
        var svg = Svg(DiagramStyle.Paper);
        Assert.Equal(SkiaRasterizer.ToPdf(svg), SkiaRasterizer.ToPdf(svg));
    }

    [Fact]
    public void ToPdf_BuiltinSvg_PdfWithPageOfViewBoxAndEmbeddedFont()
    {
        var svg = Svg();
        var pdf = Encoding.Latin1.GetString(SkiaRasterizer.ToPdf(svg));
        var (width, height) = ViewBox(svg);

        Assert.StartsWith("%PDF-", pdf, StringComparison.Ordinal);
        Assert.Contains("/Title (Alder v. Birchwood Township)", pdf, StringComparison.Ordinal);
        Assert.Contains("/BaseFont", pdf, StringComparison.Ordinal);
        Assert.Contains("/ToUnicode", pdf, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"/MediaBox [0 0 {width:0.####} {height:0.####}]"), pdf, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DiagramStyle.Screen, @"/BaseFont /[A-Z]{6}\+(Liberation|DejaVu)Sans")]
    [InlineData(DiagramStyle.Paper, @"/BaseFont /[A-Z]{6}\+(Liberation|DejaVu)Serif")]
    public void ToPdf_Style_EmbedsFontOfTheStyle(DiagramStyle style, string font)
    {
        Assert.Matches(font, Encoding.Latin1.GetString(SkiaRasterizer.ToPdf(Svg(style))));
    }

    [Theory]
    [InlineData("<svg")]
    [InlineData("not xml at all")]
    public void ToPng_Junk_RenderingExceptionOrPng(string junk)
    {
        // Junk never escapes as anything but a one-line RenderingException.
        try
        {
            Assert.Equal(PngSignature, SkiaRasterizer.ToPng(junk).Take(8).ToArray());
        }
        catch (RenderingException e)
        {
            Assert.DoesNotContain('\n', e.Message);
        }
    }

    [Theory]
    [InlineData("png", "\u0089PNG")]
    [InlineData("pdf", "%PDF-")]
    public void Cli_RenderBuiltinRaster_ExitsZeroWithFile(string format, string start)
    {
        var output = Path.Combine(Path.GetTempPath(), $"raster-{Environment.ProcessId}.{format}");
        try
        {
            var result = CliProcess.Run(TestPaths.RepositoryRoot, "render", TestPaths.Sample, "--format", format, "--engine", "builtin", "--out", output);

            Assert.True(result.ExitCode == 0, result.Error);
            Assert.StartsWith(start, Encoding.Latin1.GetString(File.ReadAllBytes(output)), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
