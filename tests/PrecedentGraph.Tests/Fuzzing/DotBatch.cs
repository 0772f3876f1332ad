namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>Collects DOT texts and has Graphviz parse them a hundred at a time (one process per batch), counting
/// how many were parsed.</summary>
public sealed class DotBatch
{
    private const int Size = 100;

    private readonly List<string> pending = [];

    public int Parsed { get; private set; }

    public void Add(string dot)
    {
        pending.Add(dot);
        if (pending.Count >= Size)
        {
            Flush();
        }
    }

    public void Flush()
    {
        DotChecker.Parse(pending);
        Parsed += pending.Count;
        pending.Clear();
    }

    /// <summary>What the test prints: how many graphs Graphviz parsed, or why none were.</summary>
    public string Summary() => DotChecker.Dot is null ? DotChecker.MissingReason : $"{Parsed} DOT graphs parsed by Graphviz";
}
