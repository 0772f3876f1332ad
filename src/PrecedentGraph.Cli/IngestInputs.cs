namespace PrecedentGraph.Cli;

/// <summary>The files an `ingest PATH...` names: files as given, folders walked recursively (sorted, hidden entries
/// skipped), "-" for standard input.</summary>
internal static class IngestInputs
{
    /// <param name="InFolder">Found by walking a folder: a bad file is a warning, not an error.</param>
    public sealed record Input(string Path, bool InFolder);

    public static IReadOnlyList<Input> Expand(IReadOnlyList<string> paths)
    {
        var inputs = new List<Input>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                inputs.Add(new Input("-", false));
            }
            else if (Directory.Exists(path))
            {
                var files = new List<string>();
                Walk(new DirectoryInfo(path), files);
                files.Sort(StringComparer.Ordinal);
                inputs.AddRange(files.Select(f => new Input(f, true)));
            }
            else
            {
                inputs.Add(new Input(Path.GetFullPath(path), false));
            }
        }
        return inputs;
    }

    private static void Walk(DirectoryInfo directory, List<string> files)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = directory.EnumerateFileSystemInfos().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.') || entry.LinkTarget is not null && entry is DirectoryInfo)
            {
                continue;
            }
            if (entry is DirectoryInfo child)
            {
                Walk(child, files);
            }
            else
            {
                files.Add(entry.FullName);
            }
        }
    }
}
