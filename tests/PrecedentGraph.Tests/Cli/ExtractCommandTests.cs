using System.Text.Json;

namespace PrecedentGraph.Tests.Cli;

/// <summary>`extract` and `map` reading normalized text with names learned from raw text (`--names-from`).</summary>
public class ExtractCommandTests
{
    private const string RawOpinion =
        "JUSTICE HALE delivered the opinion of the Court.\n\nWe follow Quimby v. Tolliver, 123 U.S. 456 (1901), and Barlow v. Ostrander Mills, 130 U.S. 22, 25 (1903).\n";

    // "barlow ostrander mills" ends its clause with nothing to say it is a case, until raw text has taught the name.
    private const string NormalizedOpinion =
        "justice hale delivered the opinion of the court.\nthe respondents say the question was settled by quimby tolliver.we agree with them.\n"
        + "the petitioner answers that barlow ostrander mills,is different.\n";

    private static DirectoryInfo Folder()
    {
        var folder = Directory.CreateTempSubdirectory("pg-names-");
        var raw = Directory.CreateDirectory(Path.Combine(folder.FullName, "raw"));
        File.WriteAllText(Path.Combine(raw.FullName, "a.txt"), RawOpinion);
        Directory.CreateDirectory(Path.Combine(folder.FullName, "normalized"));
        File.WriteAllText(Path.Combine(folder.FullName, "normalized", "norm.txt"), NormalizedOpinion);
        return folder;
    }

    private static IReadOnlyList<string> CaseLabels(string json)
    {
        using var graph = JsonDocument.Parse(json);
        return graph.RootElement.GetProperty("graph").GetProperty("nodes").EnumerateObject()
            .Where(n => n.Value.GetProperty("metadata").GetProperty("kind").GetString() == "case")
            .Select(n => n.Value.GetProperty("label").GetString()!)
            .ToList();
    }

    [Fact]
    public void Extract_NamesFromFolderOfRawOpinions_FindsNameOnlyCitationInNormalizedText()
    {
        var folder = Folder();

        var plain = CliProcess.Run(folder.FullName, "extract", "normalized/norm.txt");
        var learned = CliProcess.Run(folder.FullName, "extract", "normalized/norm.txt", "--names-from", "raw");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, learned.ExitCode);
        Assert.DoesNotContain("Barlow v. Ostrander Mills", CaseLabels(plain.Output));
        Assert.Contains("Barlow v. Ostrander Mills", CaseLabels(learned.Output));
        Assert.Contains("Quimby v. Tolliver", CaseLabels(learned.Output));
    }

    [Fact]
    public void Map_NamesFromFolderOfRawOpinions_FindsNameOnlyCitationInNormalizedText()
    {
        var folder = Folder();

        var result = CliProcess.Run(folder.FullName, "map", "normalized", "--out", "out", "--names-from", "raw", "--engine", "builtin");

        Assert.Equal(0, result.ExitCode);
        var json = Assert.Single(Directory.GetFiles(Path.Combine(folder.FullName, "out"), "*.json"));
        Assert.Contains("Barlow v. Ostrander Mills", CaseLabels(File.ReadAllText(json)));
    }
}
