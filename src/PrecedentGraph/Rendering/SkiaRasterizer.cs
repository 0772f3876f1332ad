using System.Globalization;
using System.Text.RegularExpressions;
using SkiaSharp;
using Svg.Skia;
using Svg.Skia.TypefaceProviders;

namespace PrecedentGraph.Rendering;

/// <summary>Turns an SVG (the built-in renderer's) into PNG or PDF with SkiaSharp and Svg.Skia, for machines
/// without Graphviz. The PDF page takes the SVG's physical size when its width and height carry an absolute
/// unit (mm, cm, in, pt, pc: the paper style's "160mm"), with the drawing scaled to fill it; otherwise one SVG
/// user unit is one point and the page is the viewBox. The PNG is drawn at <see cref="DefaultScale"/> pixels
/// per unit (144 dpi) on white. No dates go into the PDF, so reruns give the same bytes. A native library that cannot load
/// becomes a one-line <see cref="RenderingException"/>.</summary>
public static class SkiaRasterizer
{
    /// <summary>Pixels per SVG unit for PNG: 2 gives 144 dpi, sharp on screens and readable when printed.</summary>
    public const float DefaultScale = 2f;

    /// <summary>The largest PNG side in pixels; bigger diagrams are drawn at a smaller scale.</summary>
    public const int MaxPixels = 16384;

    private static readonly Regex ViewBoxPattern = new(
        "viewBox\\s*=\\s*\"\\s*([-+0-9.eE]+)[\\s,]+([-+0-9.eE]+)[\\s,]+([-+0-9.eE]+)[\\s,]+([-+0-9.eE]+)\\s*\"",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex AttributePattern = new(
        "\\s(width|height)\\s*=\\s*\"\\s*([0-9]{1,9}(?:\\.[0-9]{1,9})?)\\s*(mm|cm|in|pt|pc)\\s*\"",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex TitlePattern = new("<title[^>]{0,200}>([^<]{0,500})</title>", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static byte[] ToPng(string svg, float scale = DefaultScale) => Guard(() => DrawPng(svg, scale));

    public static byte[] ToPdf(string svg) => Guard(() => DrawPdf(svg));

    private static byte[] DrawPng(string svg, float scale)
    {
        using var loaded = Load(svg, out var box);
        var fit = Math.Min(scale, MaxPixels / Math.Max(box.Width, box.Height));
        var width = Math.Max(1, (int)Math.Ceiling(box.Width * fit));
        var height = Math.Max(1, (int)Math.Ceiling(box.Height * fit));
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new RenderingException($"SkiaSharp could not allocate a {width}x{height} image");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(fit);
        canvas.Translate(-box.Left, -box.Top);
        canvas.DrawPicture(loaded.Picture);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new RenderingException("SkiaSharp could not encode the PNG");
        return data.ToArray();
    }

    private static byte[] DrawPdf(string svg)
    {
        using var loaded = Load(svg, out var box);
        var title = TitlePattern.Match(svg);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title.Success ? System.Net.WebUtility.HtmlDecode(title.Groups[1].Value) : "Precedent graph",
            Creator = "precedent-graph",
            Producer = "precedent-graph (SkiaSharp)",
            RasterDpi = 144,
            PdfA = false,
        };
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, metadata)
            ?? throw new RenderingException("SkiaSharp could not create a PDF document"))
        {
            var (width, height) = PageSize(svg) ?? (box.Width, box.Height);
            var canvas = document.BeginPage(width, height);
            canvas.Clear(SKColors.White);
            canvas.Scale(width / box.Width, height / box.Height);
            canvas.Translate(-box.Left, -box.Top);
            canvas.DrawPicture(loaded.Picture);
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }

    private sealed class LoadedSvg(SKSvg svg, SKPicture picture) : IDisposable
    {
        public SKPicture Picture { get; } = picture;

        public void Dispose() => svg.Dispose();
    }

    private static LoadedSvg Load(string svg, out SKRect box)
    {
        if (svg.Contains("<text", StringComparison.Ordinal) && FontFileTypefaceProvider.FaceCount == 0)
        {
            throw new RenderingException("no font files (.ttf/.otf) were found in the font folders; install fonts (apt-get install fonts-liberation) or Graphviz");
        }
        var loader = new SKSvg();
        // Only font files: the system providers of the dependency-free native library answer with an empty face.
        loader.Settings.TypefaceProviders = new List<ITypefaceProvider> { FontFileTypefaceProvider.Instance };
        SKPicture? picture;
        try
        {
            picture = loader.FromSvg(svg);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidOperationException or ArgumentException or FormatException)
        {
            loader.Dispose();
            throw new RenderingException("Svg.Skia could not read the SVG: " + OneLine(e.Message), e);
        }
        if (picture is null)
        {
            loader.Dispose();
            throw new RenderingException("Svg.Skia could not read the SVG");
        }
        box = ViewBox(svg) ?? picture.CullRect;
        if (box.Width <= 0 || box.Height <= 0)
        {
            loader.Dispose();
            throw new RenderingException("the SVG has an empty drawing area");
        }
        return new LoadedSvg(loader, picture);
    }

    /// <summary>The page size in points from the root element's width and height, when both carry an absolute
    /// unit; else null.</summary>
    public static (float Width, float Height)? PageSize(string svg)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var end = start < 0 ? -1 : svg.IndexOf('>', start);
        if (end < 0)
        {
            return null;
        }
        var tag = svg[start..(end + 1)];
        float? width = null, height = null;
        foreach (Match match in AttributePattern.Matches(tag))
        {
            if (!float.TryParse(match.Groups[2].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                return null;
            }
            var points = value * match.Groups[3].Value switch
            {
                "mm" => 72f / 25.4f,
                "cm" => 72f / 2.54f,
                "in" => 72f,
                "pc" => 12f,
                _ => 1f,
            };
            if (match.Groups[1].Value == "width")
            {
                width = points;
            }
            else
            {
                height = points;
            }
        }
        return width is { } w && height is { } h ? (w, h) : null;
    }

    private static SKRect? ViewBox(string svg)
    {
        var match = ViewBoxPattern.Match(svg);
        if (!match.Success)
        {
            return null;
        }
        var values = new float[4];
        for (var i = 0; i < 4; i++)
        {
            if (!float.TryParse(match.Groups[i + 1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                return null;
            }
        }
        return SKRect.Create(values[0], values[1], values[2], values[3]);
    }

    private static byte[] Guard(Func<byte[]> draw)
    {
        try
        {
            return draw();
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            throw new RenderingException("SkiaSharp's native library could not be loaded (" + OneLine(Innermost(e).Message)
                + "); install Graphviz or the SkiaSharp native assets for this platform", e);
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
