namespace PrecedentGraph.Tests.Rendering;

/// <summary>A stand-in for Graphviz `dot` (a shell script in its own temporary folder, named `dot` so the folder
/// can go first on PATH): it aborts like Graphviz 2.43 on a failed assertion, or never finishes.</summary>
internal sealed class FakeDot : IDisposable
{
    private FakeDot(string script)
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"fake-dot-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, "dot");
        File.WriteAllText(Path, script);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>Reads its input, prints Graphviz's assertion message and exits with the code (134 = SIGABRT).</summary>
    public static FakeDot Exiting(int code) => new(
        "#!/bin/sh\ncat >/dev/null\necho \"dot: maze.c:1234: merge_chain: Assertion 'ND_rank(agtail(e)) == ND_rank(aghead(e))' failed.\" >&2\nexit "
        + code.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");

    public static FakeDot Sleeping() => new("#!/bin/sh\nexec /bin/sleep 30\n");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a killed child may still hold the folder for a moment; the temp folder is cleaned anyway
        }
    }
}
