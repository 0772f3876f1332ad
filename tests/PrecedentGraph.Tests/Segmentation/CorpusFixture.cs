namespace PrecedentGraph.Tests.Segmentation;

/// <summary>The shared FindLaw corpus (../shared/corpus/findlaw-scotus.tar.gz), unpacked once beside the test assembly
/// (under bin/, which git ignores). Null when the archive is absent.</summary>
public static class CorpusFixture
{
    private static readonly Lazy<string?> Folder = new(Unpack, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Archive => Path.Combine(TestPaths.Shared, "corpus", "findlaw-scotus.tar.gz");

    /// <summary>The folder holding the corpus's N.txt files, or null when the archive is not there.</summary>
    public static string? Directory => Folder.Value;

    private static string? Unpack()
    {
        if (!File.Exists(Archive))
        {
            return null;
        }
        var target = PrecedentGraph.Corpus.CorpusArchive.Unpack(Archive, Path.Combine(AppContext.BaseDirectory, "corpus"));
        var folders = System.IO.Directory.GetDirectories(target);
        return folders.Length == 1 ? folders[0] : target;
    }
}
