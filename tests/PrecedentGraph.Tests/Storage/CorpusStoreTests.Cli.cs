using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Tests.Storage;

/// <summary>The `ingest` verb in child processes: folders, bad files, standard input, reruns, two ingests at once.</summary>
public sealed partial class CorpusStoreTests
{
    private string SampleCopies(string folder, int copies)
    {
        var corpus = Directory.CreateDirectory(directory.File(folder)).FullName;
        var text = File.ReadAllText(TestPaths.Sample);
        for (var i = 0; i < copies; i++)
        {
            File.WriteAllText(Path.Combine(corpus, $"copy-{i}.txt"), text + $"\ncopy {i}\n");
        }
        return corpus;
    }

    private static SqliteConnection ReadOnly(string database)
    {
        var connection = new SqliteConnection(CorpusStore.ConnectionString(database, readOnly: true, TimeSpan.FromSeconds(5)));
        connection.Open();
        return connection;
    }

    [Fact]
    public void Cli_IngestFolderWithBinaryFile_WarnsSkipsItAndStoresTheRest()
    {
        var corpus = SampleCopies("binary-corpus", 2);
        Directory.CreateDirectory(Path.Combine(corpus, "sub"));
        File.WriteAllBytes(Path.Combine(corpus, "sub", "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        File.WriteAllText(Path.Combine(corpus, "sub", "copy-3.txt"), File.ReadAllText(TestPaths.Sample) + "\ncopy 3\n");
        var database = directory.File("binary.db");
        var result = CliProcess.Run("ingest", corpus, "--db", database);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: skipped", result.Error);
        Assert.Contains("image.txt", result.Error);
        Assert.Contains("3 added", result.Error);
        using var connection = ReadOnly(database);
        Assert.Equal(3L, Query(connection, "SELECT count(*) FROM documents"));
    }

    [Fact]
    public void Cli_IngestOneBadFile_ExitsOneWithOneErrorLine()
    {
        var path = directory.File("empty.txt");
        File.WriteAllText(path, "   \n");
        var result = CliProcess.Run("ingest", path, "--db", directory.File("bad.db"));
        Assert.Equal(1, result.ExitCode);
        var errors = result.Error.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.Contains("empty.txt", error);
    }

    [Fact]
    public void Cli_IngestStandardInputThenRerun_StoresOnceThenUnchanged()
    {
        var database = directory.File("stdin.db");
        var bytes = File.ReadAllBytes(TestPaths.Sample);
        var first = CliProcess.RunWithInput(bytes, "ingest", "-", "--db", database);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 added", first.Error);
        var second = CliProcess.RunWithInput(bytes, "ingest", "-", "--db", database);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("1 unchanged", second.Error);
        using var connection = ReadOnly(database);
        Assert.Equal(1L, Query(connection, "SELECT count(*) FROM documents"));
        Assert.Equal("-", Query(connection, "SELECT path FROM documents"));
    }

    [Fact]
    public void Cli_TwoIngestsAtOnce_OneWaitsOrFailsClearlyNeverCorrupts()
    {
        var corpus = SampleCopies("concurrent-corpus", 6);
        var database = directory.File("concurrent.db");
        var processes = Enumerable.Range(0, 2).Select(_ => Process.Start(CliProcess.StartInfo("ingest", corpus, "--db", database, "--batch", "1"))!).ToList();
        var results = new List<(int Code, string Error)>();
        foreach (var process in processes)
        {
            using (process)
            {
                var result = CliProcess.Finish(process);
                results.Add((result.ExitCode, result.Error));
            }
        }
        foreach (var (code, error) in results)
        {
            // Waiting (busy timeout) ends in success; giving up is exit 3 with one clear line.
            Assert.True(code == 0 || code == 3 && error.Contains("locked", StringComparison.Ordinal), $"exit {code}: {error}");
        }
        Assert.Contains(results, r => r.Code == 0);
        using var connection = ReadOnly(database);
        Assert.Equal("ok", Query(connection, "PRAGMA integrity_check"));
        Assert.Equal(6L, Query(connection, "SELECT count(*) FROM documents"));
        Assert.Equal(6L, Query(connection, "SELECT count(DISTINCT content_hash) FROM documents"));
        Assert.Equal(0L, Query(connection, "SELECT count(*) FROM (SELECT 1 FROM cases GROUP BY key HAVING count(*) > 1)"));
    }

    [Fact]
    public void Cli_IngestFolderMixingForms_NormalizedFilesReadWithNamesRawTextTaught()
    {
        // "normalized/" sorts before "raw/": its file is read first, before the store knows the raw file's names.
        var corpus = Directory.CreateDirectory(directory.File("mixed-corpus")).FullName;
        Directory.CreateDirectory(Path.Combine(corpus, "normalized"));
        Directory.CreateDirectory(Path.Combine(corpus, "raw"));
        File.WriteAllText(Path.Combine(corpus, "raw", "a.txt"),
            "JUSTICE HALE delivered the opinion of the Court.\n\nWe follow Barlow v. Ostrander Mills, 130 U.S. 22, 25 (1903).\n");
        File.WriteAllText(Path.Combine(corpus, "normalized", "b.txt"),
            "justice hale delivered the opinion of the court.\nthe petitioner answers that barlow ostrander mills,is different.\n");
        var database = directory.File("mixed.db");

        var result = CliProcess.Run("ingest", corpus, "--db", database);
        var rerun = CliProcess.Run("ingest", corpus, "--db", database);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("read again 1 normalized files", result.Error);
        using (var connection = ReadOnly(database))
        {
            // Both documents are untitled, so count the documents whose edges reach the case, not decision titles.
            Assert.Equal(2L, Query(connection, """
                SELECT count(DISTINCT e.document_id) FROM edges e JOIN cases c ON c.id = e.case_id
                WHERE c.label = 'Barlow v. Ostrander Mills'
                """));
        }
        // Nothing new was learned the second time: nothing is read again, and the run changes nothing.
        Assert.Equal(0, rerun.ExitCode);
        Assert.DoesNotContain("read again", rerun.Error);
        Assert.Contains("2 unchanged", rerun.Error);
    }
}
