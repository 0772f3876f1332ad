namespace PrecedentGraph.Cli;

/// <summary>Writes a result to a file (atomically, through a temporary file) or to standard output.</summary>
internal static class Output
{
    public static void Write(string? path, string text)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            Console.Out.Write(text);
            Console.Out.Flush();
            return;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    public static void WriteBytes(string? path, byte[] bytes)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(bytes);
            stdout.Flush();
            return;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
