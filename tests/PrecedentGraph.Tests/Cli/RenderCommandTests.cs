using System.CommandLine;
using PrecedentGraph.Cli;
using PrecedentGraph.Cli.Commands;

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

    [Fact]
    public void Render_MissingFile_BadInput()
    {
        Assert.Equal(CommandRunner.BadInput, Run("/nonexistent/opinion.txt", "--format", "dot"));
    }
}
