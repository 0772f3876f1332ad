using System.CommandLine;
using System.Diagnostics;
using PrecedentGraph.Cli;
using PrecedentGraph.Cli.Commands;
using PrecedentGraph.Tests.Rendering;

namespace PrecedentGraph.Tests.Cli;

public sealed class RenderCommandTests
{
    private static int Run(params string[] args)
    {
        var root = new RootCommand("test") { RenderCommand.Create() };
        return CommandRunner.Invoke(root, ["render", .. args]);
    }

    [Theory]
    [InlineData("dot", "digraph")]
    [InlineData("graphml", "<?xml")]
    [InlineData("gexf", "<?xml")]
    [InlineData("cyjs", "{")]
    [InlineData("aif", "{")]
    [InlineData("json", "{")]
    [InlineData("csv", "source,target")]
    public void Render_Sample_WritesFormat(string format, string start)
    {
        var output = Path.Combine(Path.GetTempPath(), $"render-{Environment.ProcessId}-{format}.out");
        try
        {
            Assert.Equal(CommandRunner.Ok, Run(TestPaths.Sample, "--format", format, "--out", output));
            Assert.StartsWith(start, File.ReadAllText(output), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Render_BuiltinEngineSvg_WritesSvg()
    {
        var output = Path.Combine(Path.GetTempPath(), $"render-{Environment.ProcessId}-builtin.svg");
        try
        {
            Assert.Equal(CommandRunner.Ok, Run(TestPaths.Sample, "--format", "svg", "--engine", "builtin", "--style", "paper", "--layout", "TB", "--out", output));
            Assert.Contains("<svg", File.ReadAllText(output), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Theory]
    [InlineData("png", new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    [InlineData("pdf", new byte[] { 0x25, 0x50, 0x44, 0x46 })]
    public void Render_BuiltinEngineRaster_WritesFile(string format, byte[] start)
    {
        var output = Path.Combine(Path.GetTempPath(), $"render-{Environment.ProcessId}-builtin.{format}");
        try
        {
            Assert.Equal(CommandRunner.Ok, Run(TestPaths.Sample, "--format", format, "--engine", "builtin", "--out", output));
            Assert.Equal(start, File.ReadAllBytes(output).Take(start.Length).ToArray());
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Theory]
    [InlineData("--format", "bmp")]
    [InlineData("--layout", "RL")]
    [InlineData("--engine", "cairo")]
    public void Render_BadOption_UsageError(string option, string value)
    {
        Assert.Equal(CommandRunner.Usage, Run(TestPaths.Sample, option, value));
    }

    [Theory]
    [InlineData("svg", "<?xml")]
    [InlineData("csv", "justice,opinions,")]
    [InlineData("json", "{")]
    public void Render_Positions_WritesTheJusticeIssueTable(string format, string start)
    {
        var output = Path.Combine(Path.GetTempPath(), $"render-positions-{Environment.ProcessId}-{format}.out");
        try
        {
            Assert.Equal(CommandRunner.Ok, Run(TestPaths.Sample, "--positions", "--format", format, "--out", output));
            var text = File.ReadAllText(output);
            Assert.StartsWith(start, text, StringComparison.Ordinal);
            Assert.Contains("Sotomayor", text, StringComparison.Ordinal);
            Assert.Contains("against", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Render_PositionsAsGraphml_UsageError()
    {
        Assert.Equal(CommandRunner.Usage, Run(TestPaths.Sample, "--positions", "--format", "graphml"));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Render_DotDiagram_ArgumentNodesOnlyWithArgumentsOption(bool withArguments, bool expectArguments)
    {
        var output = Path.Combine(Path.GetTempPath(), $"render-args-{Environment.ProcessId}-{withArguments}.dot");
        try
        {
            string[] arguments = [TestPaths.Sample, "--format", "dot", "--out", output, .. withArguments ? new[] { "--arguments" } : []];
            Assert.Equal(CommandRunner.Ok, Run(arguments));
            // An opinion's edge to each argument it makes carries the relation as its tooltip.
            Assert.Equal(expectArguments, File.ReadAllText(output).Contains("tooltip=\"makes\"", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Render_MissingFile_BadInput()
    {
        Assert.Equal(CommandRunner.BadInput, Run("/nonexistent/opinion.txt", "--format", "dot"));
    }

    [Theory]
    [InlineData("auto", "svg", 0)]
    [InlineData("auto", "pdf", 0)]
    [InlineData("graphviz", "svg", 3)]
    public void Render_GraphvizAbortsOnPath_AutoFallsBackWithOneWarningGraphvizFails(string engine, string format, int exitCode)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the stand-in for dot is a shell script
        }
        using var dot = FakeDot.Exiting(134);
        var output = Path.Combine(Path.GetTempPath(), $"render-{Environment.ProcessId}-fallback-{engine}.{format}");
        try
        {
            var (code, error) = RunWithPath(dot.Folder, TestPaths.Sample, "--format", format, "--engine", engine, "--out", output);

            Assert.True(code == exitCode, $"exit {code}: {error}");
            var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var line = Assert.Single(lines);
            Assert.Contains("exit 134", line, StringComparison.Ordinal);
            if (exitCode == 0)
            {
                Assert.StartsWith("precedent-graph: warning:", line, StringComparison.Ordinal);
                Assert.True(new FileInfo(output).Length > 1000);
            }
            else
            {
                Assert.False(File.Exists(output) && new FileInfo(output).Length > 0, "a failed Graphviz run wrote output");
            }
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>Runs the CLI in a child process with <paramref name="folder"/> first on PATH; exit code and stderr.</summary>
    private static (int Code, string Error) RunWithPath(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliProcess.Assembly);
        start.ArgumentList.Add("render");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["PATH"] = folder + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("precedent-graph render did not finish");
        }
        _ = output.Result;
        return (process.ExitCode, error.Result);
    }
}
