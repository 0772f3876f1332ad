using System.Text.Json;

namespace PrecedentGraph.Tests.Cli;

public class ExtractCommandTests
{
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
        var folder = Directory.CreateTempSubdirectory("pg-names-");
        var raw = Directory.CreateDirectory(Path.Combine(folder.FullName, "raw"));
        File.WriteAllText(Path.Combine(raw.FullName, "a.txt"),
            "JUSTICE HALE delivered the opinion of the Court.\n\nWe follow Quimby v. Tolliver, 123 U.S. 456 (1901), and Barlow v. Ostrander Mills, 130 U.S. 22, 25 (1903).\n");
        File.WriteAllText(Path.Combine(folder.FullName, "norm.txt"),
            "justice hale delivered the opinion of the court.\nthe respondents say the question was settled by quimby tolliver.we agree with them.\n"
            + "the petitioner answers that barlow ostrander mills,is different.\n");

        var plain = CliProcess.Run(folder.FullName, "extract", "norm.txt");
        var learned = CliProcess.Run(folder.FullName, "extract", "norm.txt", "--names-from", "raw");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, learned.ExitCode);
        // "barlow ostrander mills" ends its clause with nothing to say it is a case, until raw text has taught the name.
        Assert.DoesNotContain("Barlow v. Ostrander Mills", CaseLabels(plain.Output));
        Assert.Contains("Barlow v. Ostrander Mills", CaseLabels(learned.Output));
        Assert.Contains("Quimby v. Tolliver", CaseLabels(learned.Output));
    }
}
