using PrecedentGraph.Corpus;

namespace PrecedentGraph.Cli;

/// <summary>The files an `ingest PATH...` names: files as given, folders walked recursively by CorpusFiles (sorted, hidden entries
/// skipped, opinion file types only), "-" for standard input.</summary>
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
                inputs.AddRange(CorpusFiles.Enumerate(path).Select(f => new Input(Path.GetFullPath(f), true)));
            }
            else
            {
                inputs.Add(new Input(Path.GetFullPath(path), false));
            }
        }
        return inputs;
    }
}
