using System.Formats.Tar;
using System.IO.Compression;

namespace PrecedentGraph.Corpus;

/// <summary>Unpacks a corpus archive (.tar.gz) into a folder once; later calls reuse the folder.</summary>
public static class CorpusArchive
{
    /// <summary>Unpacks <paramref name="archive"/> into <paramref name="destination"/> unless a marker file says
    /// it is already there. Returns the destination.</summary>
    public static string Unpack(string archive, string destination)
    {
        var marker = Path.Combine(destination, ".unpacked");
        if (File.Exists(marker))
        {
            return destination;
        }
        var staging = destination + ".partial";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
        Directory.CreateDirectory(staging);
        using (var file = File.OpenRead(archive))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        {
            TarFile.ExtractToDirectory(gzip, staging, overwriteFiles: true);
        }
        if (Directory.Exists(destination))
        {
            Directory.Delete(destination, recursive: true);
        }
        Directory.Move(staging, destination);
        File.WriteAllText(marker, Path.GetFileName(archive));
        return destination;
    }
}
