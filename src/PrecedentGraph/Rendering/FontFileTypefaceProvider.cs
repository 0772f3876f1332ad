using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace PrecedentGraph.Rendering;

/// <summary>Finds typefaces for Svg.Skia by reading font files from the usual font folders, because the
/// dependency-free Skia native library has no font manager of its own (no fontconfig). A CSS family list is
/// tried in order; generic families (serif, sans-serif, monospace) map to common free faces. Files are read
/// once, in sorted order, so the same machine always picks the same face.</summary>
internal sealed class FontFileTypefaceProvider : ITypefaceProvider
{
    private static readonly string[] SansFallbacks = ["Arial", "Helvetica", "Liberation Sans", "Nimbus Sans", "DejaVu Sans", "Noto Sans", "FreeSans"];
    private static readonly string[] SerifFallbacks = ["Times New Roman", "Times", "Liberation Serif", "Nimbus Roman", "DejaVu Serif", "Noto Serif", "FreeSerif"];
    private static readonly string[] MonospaceFallbacks = ["Courier New", "Liberation Mono", "DejaVu Sans Mono", "Noto Sans Mono", "FreeMono"];

    private static readonly Lazy<IReadOnlyList<SKTypeface>> Faces = new(LoadFaces);

    public static FontFileTypefaceProvider Instance { get; } = new();

    /// <summary>How many font faces were found on this machine.</summary>
    public static int FaceCount => Faces.Value.Count;

    /// <summary>Svg.Skia asks once per name of the font-family list, in order, then for the whole list, then
    /// for sans-serif; a name without a face answers null so the next name is tried.</summary>
    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle)
    {
        var faces = Faces.Value;
        var italic = fontStyle != SKFontStyleSlant.Upright;
        foreach (var family in Candidates(fontFamily))
        {
            var best = Best(faces, family, (int)fontWeight, italic);
            if (best is not null)
            {
                return best;
            }
        }
        // The last resort for sans-serif: any face beats text that vanishes.
        return fontFamily.Trim().Equals("sans-serif", StringComparison.OrdinalIgnoreCase) && faces.Count > 0
            ? Best(faces, faces[0].FamilyName, (int)fontWeight, italic)
            : null;
    }

    private static IEnumerable<string> Candidates(string fontFamily)
    {
        foreach (var name in fontFamily.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var family = name.Trim('\'', '"', ' ');
            var generic = family.ToLowerInvariant() switch
            {
                "serif" => SerifFallbacks,
                "sans-serif" or "system-ui" => SansFallbacks,
                "monospace" => MonospaceFallbacks,
                _ => [family],
            };
            foreach (var candidate in generic)
            {
                yield return candidate;
            }
        }
    }

    private static SKTypeface? Best(IReadOnlyList<SKTypeface> faces, string family, int weight, bool italic)
    {
        SKTypeface? best = null;
        var bestScore = int.MaxValue;
        foreach (var face in faces)
        {
            if (!face.FamilyName.Equals(family, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var score = Math.Abs(face.FontWeight - weight)
                + (face.IsItalic == italic ? 0 : 1000)
                + Math.Abs(face.FontWidth - (int)SKFontStyleWidth.Normal) * 100;
            if (score < bestScore)
            {
                best = face;
                bestScore = score;
            }
        }
        return best;
    }

    private static IReadOnlyList<SKTypeface> LoadFaces()
    {
        var faces = new List<SKTypeface>();
        foreach (var file in FontFiles())
        {
            var face = SKTypeface.FromFile(file);
            if (face is not null && face.GlyphCount > 0 && face.FamilyName.Length > 0)
            {
                faces.Add(face);
            }
        }
        return faces;
    }

    private static IEnumerable<string> FontFiles()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var windows = Environment.GetFolderPath(Environment.SpecialFolder.Fonts);
        string[] folders =
        [
            "/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "/System/Library/Fonts",
            Path.Combine(home, ".fonts"), Path.Combine(home, ".local", "share", "fonts"), windows,
        ];
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in folders.Where(f => f.Length > 0 && Directory.Exists(f)))
        {
            try
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                {
                    var extension = Path.GetExtension(file).ToLowerInvariant();
                    if (extension is ".ttf" or ".otf")
                    {
                        files.Add(file);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable font folder only narrows the choice of faces.
            }
        }
        return files;
    }
}
