using System.Diagnostics;
using System.Text;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>Has Graphviz parse DOT texts. Many graphs go to one process (a DOT file may hold several graphs); when that
/// fails, each is tried alone so the failure names the culprit. Parsing uses Graphviz's `gc` (the cgraph parser that
/// `dot` uses, without layout) where it is installed beside `dot`, else `dot -Tcanon`. Layout is not checked:
/// Graphviz 2.43's dot aborts ("merge_chain: Assertion", "triangulation failed") or runs for many minutes on some
/// well-formed clustered graphs, Graphviz faults that say nothing about the DOT. Null <see cref="Dot"/> when Graphviz is not installed: the tests then skip the DOT check
/// and say so.</summary>
public static class DotChecker
{
    public const string MissingReason = "Graphviz (dot) is not on PATH: DOT output not parsed (apt-get install -y graphviz)";

    public static string? Dot { get; } = GraphvizEngine.FindOnPath("dot");

    private static string? Parser { get; } = Dot is null ? null : GraphvizEngine.FindOnPath("gc") ?? Dot;

    /// <summary>Parses every DOT text; throws naming the first one Graphviz rejects (or warns about).</summary>
    public static void Parse(IReadOnlyList<string> dots)
    {
        if (Parser is null || dots.Count == 0)
        {
            return;
        }
        var arguments = Parser == Dot ? new[] { "-Tcanon" } : [];
        if (Run(Parser, arguments, string.Join("\n", dots)).Ok)
        {
            return;
        }
        foreach (var dot in dots)
        {
            var (ok, message) = Run(Parser, arguments, dot);
            if (!ok)
            {
                throw new Xunit.Sdk.XunitException("Graphviz rejects this DOT (saved to " + Save(dot) + "): " + message);
            }
        }
        throw new Xunit.Sdk.XunitException("Graphviz rejects the DOT batch but no single graph");
    }

    private static string Save(string dot)
    {
        var folder = Path.Combine(Path.GetTempPath(), "precedentgraph-fuzz");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".dot");
        File.WriteAllText(path, dot, new UTF8Encoding(false));
        return path;
    }

    private static (bool Ok, string Error) Run(string executable, string[] arguments, string dot)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.BaseStream.Write(new UTF8Encoding(false).GetBytes(dot));
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // Graphviz exited early; the exit code says why.
        }
        process.WaitForExit();
        output.Wait();
        var message = error.Result;
        var bad = process.ExitCode != 0 || message.Contains("syntax error", StringComparison.OrdinalIgnoreCase)
            || message.Contains("Error", StringComparison.Ordinal) || message.Contains("Warning", StringComparison.Ordinal);
        return (!bad, $"exit {process.ExitCode}: {message.Trim()}");
    }
}
