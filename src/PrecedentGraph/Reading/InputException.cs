namespace PrecedentGraph.Reading;

/// <summary>An input that cannot be read as an opinion: missing, unreadable, empty, binary.
/// The CLI prints "<see cref="Path"/>: <see cref="Problem"/>" and exits 1.</summary>
public sealed class InputException(string path, string problem) : Exception($"{path}: {problem}")
{
    public string Path { get; } = path;
    public string Problem { get; } = problem;
}
