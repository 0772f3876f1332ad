namespace PrecedentGraph.Corpus;

/// <summary>The opinion files under a path: a file itself, or every file of a folder, recursively, in ordinal
/// order of their paths (so runs are reproducible). Hidden files and folders are skipped.</summary>
public static class CorpusFiles
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".htm", ".html", ".xhtml", ".json", "",
    };

    public static IReadOnlyList<string> Enumerate(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }
        if (!Directory.Exists(path))
        {
            return [];
        }
        var files = new List<string>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
        foreach (var file in Directory.EnumerateFiles(path, "*", options))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.') || IsInHiddenFolder(path, file) || !Extensions.Contains(Path.GetExtension(file)))
            {
                continue;
            }
            files.Add(file);
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static bool IsInHiddenFolder(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file);
        return relative.Split(Path.DirectorySeparatorChar).SkipLast(1).Any(part => part.StartsWith('.'));
    }
}
