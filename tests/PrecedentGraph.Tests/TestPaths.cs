namespace PrecedentGraph.Tests;

/// <summary>Where the repository, its seeds and the shared data (../shared beside the clone) are.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string DevSet => Path.Combine(Shared, "devset");

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    public static string Sample => Path.Combine(Seeds, "messerschmidt-v-millender.txt");

    /// <summary>A file under tests/PrecedentGraph.Tests/TestData (copied beside the test assembly).</summary>
    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PrecedentGraph.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("PrecedentGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
