namespace PrecedentGraph.Tests.Cli;

public class ErrorHandlingTests
{
    [Theory]
    [InlineData("extract", "--bogus")]
    [InlineData("extract")]
    [InlineData("no-such-verb")]
    [InlineData("extract", "x.txt", "--format", "gif")]
    public void Run_BadUsage_ExitsTwoWithOneLineAndNoStackTrace(params string[] arguments)
    {
        var result = CliProcess.Run(Path.GetTempPath(), arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.StartsWith("precedent-graph: ", result.Error);
    }

    [Fact]
    public void Guard_FaultOfTheToolItself_ReturnsEnvironmentInsteadOfThrowing()
    {
        var code = PrecedentGraph.Cli.CommandRunner.Guard(() => throw new InvalidOperationException("a bug"));

        Assert.Equal(PrecedentGraph.Cli.CommandRunner.Environment, code);
    }

    [Fact]
    public void Extract_MissingFile_ExitsOneNamingThePath()
    {
        var result = CliProcess.Run(Path.GetTempPath(), "extract", "no-such-opinion.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("precedent-graph: no-such-opinion.txt: no such file", result.Error.Trim());
    }

    [Fact]
    public void Extract_EmptyFile_ExitsOneNamingThePath()
    {
        var folder = Directory.CreateTempSubdirectory("pg-empty-");
        var path = Path.Combine(folder.FullName, "empty.txt");
        File.WriteAllText(path, "  \n\n ");

        var result = CliProcess.Run(folder.FullName, "extract", "empty.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty.txt", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Extract_BinaryFile_ExitsOneNamingTheProblem()
    {
        var folder = Directory.CreateTempSubdirectory("pg-binary-");
        File.WriteAllBytes(Path.Combine(folder.FullName, "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);

        var result = CliProcess.Run(folder.FullName, "extract", "image.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("binary", result.Error);
    }

    [Fact]
    public void Extract_NamesFromMissingStore_ExitsOneNamingTheStore()
    {
        var result = CliProcess.Run(Path.GetTempPath(), "extract", TestPaths.Sample, "--names-from", "no-such-store.db");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("precedent-graph: no-such-store.db: no such database or folder (run map or ingest first)", result.Error.Trim());
    }
}
