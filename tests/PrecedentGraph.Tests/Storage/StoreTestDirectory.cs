namespace PrecedentGraph.Tests.Storage;

/// <summary>A temporary folder for one test's databases, removed afterwards.</summary>
internal sealed class StoreTestDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pg-store-tests", Guid.NewGuid().ToString("N"));

    public StoreTestDirectory() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
