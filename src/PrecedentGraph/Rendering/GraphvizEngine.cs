using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace PrecedentGraph.Rendering;

/// <summary>Runs Graphviz `dot` (found on PATH) as a subprocess with a time limit: DOT in, SVG/PDF/PNG bytes out.
/// A run past the limit is killed and reported as a <see cref="RenderingException"/>.</summary>
public sealed class GraphvizEngine
{
    private static readonly Regex DatePattern = new(
        @"/(?:CreationDate|ModDate)\s*\(D:[0-9+\-Z' ]{0,40}\)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public GraphvizEngine(string executable, TimeSpan timeLimit)
    {
        Executable = executable;
        TimeLimit = timeLimit;
    }

    public static TimeSpan DefaultTimeLimit { get; } = TimeSpan.FromSeconds(60);

    public string Executable { get; }

    public TimeSpan TimeLimit { get; }

    /// <summary>The engine for `dot` on PATH, or null when Graphviz is not installed.</summary>
    public static GraphvizEngine? Find(TimeSpan? timeLimit = null)
    {
        var path = FindOnPath("dot");
        return path is null ? null : new GraphvizEngine(path, timeLimit ?? DefaultTimeLimit);
    }

    public static string? FindOnPath(string name)
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var names = OperatingSystem.IsWindows() ? new[] { name + ".exe", name } : new[] { name };
        foreach (var directory in directories)
        {
            foreach (var candidate in names)
            {
                var full = Path.Combine(directory, candidate);
                if (File.Exists(full))
                {
                    return full;
                }
            }
        }
        return null;
    }

    /// <summary>Graphviz's cairo writes the time of the run into the PDF's information dictionary; blanking the
    /// /CreationDate and /ModDate entries with spaces (same length, so the cross-reference offsets stay right)
    /// makes reruns byte-identical.</summary>
    public static byte[] WithoutDates(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var blanked = DatePattern.Replace(text, m => new string(' ', m.Length));
        return text == blanked ? pdf : Encoding.Latin1.GetBytes(blanked);
    }

    /// <summary>Renders DOT to "svg", "pdf" or "png". SVG comes back sanitized (<see cref="SvgSanitizer"/>).</summary>
    public byte[] Render(string dot, string format)
    {
        if (format is not ("svg" or "pdf" or "png"))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "svg, pdf or png");
        }
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add("-T" + format);
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new RenderingException($"cannot run Graphviz ({Executable}): {e.Message}", e);
        }
        using var output = new MemoryStream();
        var copyOutput = process.StandardOutput.BaseStream.CopyToAsync(output);
        var readError = process.StandardError.ReadToEndAsync();
        try
        {
            var input = new UTF8Encoding(false).GetBytes(dot);
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // dot exited early; its exit code and stderr say why.
        }
        if (!process.WaitForExit(TimeLimit))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // already gone
            }
            process.WaitForExit();
            throw new RenderingException($"Graphviz took longer than {InvariantNumber.Format(TimeLimit.TotalSeconds)} s and was stopped; try --engine builtin, --depth or --relations to draw less");
        }
        process.WaitForExit();
        copyOutput.Wait();
        var error = readError.Result;
        if (process.ExitCode != 0)
        {
            var first = error.ReplaceLineEndings(" ").Trim();
            throw new RenderingException($"Graphviz failed (exit {process.ExitCode}): {(first.Length > 300 ? first[..300] : first)}");
        }
        var bytes = output.ToArray();
        return format switch
        {
            "svg" => Encoding.UTF8.GetBytes(SvgSanitizer.Sanitize(Encoding.UTF8.GetString(bytes))),
            "pdf" => WithoutDates(bytes),
            _ => bytes,
        };
    }
}
