using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;

namespace PrecedentGraph.Tests.Cli;

/// <summary>The README's first command, end to end, as a user runs it.</summary>
public class MapCommandTests
{
    private static readonly Lazy<(string Folder, CliProcess.Result Result)> FirstRun = new(() => Map(Directory.CreateTempSubdirectory("pg-map-").FullName));

    private static (string Folder, CliProcess.Result Result) Map(string output) =>
        (output, CliProcess.Run(TestPaths.RepositoryRoot, "map", "seeds", "--out", output));

    [Fact]
    public void Map_Seeds_WritesTheFourOutputs()
    {
        var (folder, result) = FirstRun.Value;

        Assert.True(result.ExitCode == 0, result.Error);
        foreach (var name in new[] { "precedents.db", "messerschmidt-v-millender.json", "messerschmidt-v-millender.dot", "messerschmidt-v-millender.svg" })
        {
            Assert.True(new FileInfo(Path.Combine(folder, name)).Length > 0, name + " is missing or empty");
        }
        var svg = XDocument.Load(Path.Combine(folder, "messerschmidt-v-millender.svg"));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
    }

    [Theory]
    [InlineData("majority", "Roberts, joined by ")]
    [InlineData("concurrence", "Breyer")]
    [InlineData("concurrence-dissent", "Kagan")]
    [InlineData("dissent", "Sotomayor, joined by Ginsburg")]
    public void Map_Seeds_SummaryListsEachOpinion(string kind, string authorAndJoiners)
    {
        var lines = FirstRun.Value.Result.Output.Split('\n');

        Assert.Contains(lines, line => line.TrimStart().StartsWith(kind + " ", StringComparison.Ordinal)
            && line.Contains(authorAndJoiners, StringComparison.Ordinal) && line.Contains("cited cases", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Malley v. Briggs (3 opinions, 20 mentions)")]
    [InlineData("(1 opinion, 1 mention)")]
    public void Map_Seeds_SummaryCountsWithTheRightNumber(string expected)
    {
        var line = FirstRun.Value.Result.Output.Split('\n').Single(l => l.TrimStart().StartsWith("most relied on:", StringComparison.Ordinal));

        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b1 (opinions|mentions)\b", line);
    }

    [Fact]
    public void Map_Seeds_StoreHoldsTheDecisionAndItsOpinions()
    {
        var (folder, _) = FirstRun.Value;
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "precedents.db")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM opinions";

        Assert.True((long)command.ExecuteScalar()! >= 4);
    }

    [Fact]
    public void Map_RunTwice_GivesByteIdenticalFiles()
    {
        var (first, _) = FirstRun.Value;
        var (second, result) = Map(Directory.CreateTempSubdirectory("pg-map-again-").FullName);

        Assert.Equal(0, result.ExitCode);
        foreach (var extension in new[] { ".json", ".dot", ".svg" })
        {
            var name = "messerschmidt-v-millender" + extension;
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, name)), File.ReadAllBytes(Path.Combine(second, name)));
        }
    }

    [Fact]
    public void Map_ReadmeDiagram_IsCurrent()
    {
        var committed = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "output", "messerschmidt-v-millender.svg"));
        var json = File.ReadAllBytes(Path.Combine(FirstRun.Value.Folder, "messerschmidt-v-millender.json"));
        var hash = Convert.ToHexStringLower(SHA256.HashData(json));

        Assert.True(committed.Contains("graph-sha256:" + hash, StringComparison.Ordinal),
            "output/messerschmidt-v-millender.svg is stale: run the README's map command and commit the SVG");
        Assert.Contains("<svg", committed);
    }

    [Fact]
    public void Map_FolderWithoutOpinions_ExitsOneNamingTheFolder()
    {
        var empty = Directory.CreateTempSubdirectory("pg-map-empty-").FullName;

        var result = CliProcess.Run(TestPaths.RepositoryRoot, "map", empty, "--out", Path.Combine(empty, "out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(empty, result.Error);
        Assert.Contains("no opinion files", result.Error);
        Assert.False(File.Exists(Path.Combine(empty, "out", "precedents.db")));
    }
}
