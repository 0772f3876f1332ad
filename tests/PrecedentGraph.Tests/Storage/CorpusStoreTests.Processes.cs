using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Tests.Storage;

/// <summary>The store through the CLI in child processes: exit codes, JSON rows, and kill -9 during ingest.</summary>
public sealed partial class CorpusStoreTests
{
    /// <summary>Kill trials per run; CI keeps it small, a longer run sets PG_KILL_TRIALS (see the README's table).</summary>
    private static int KillTrials => int.TryParse(Environment.GetEnvironmentVariable("PG_KILL_TRIALS"), out var n) && n > 0 ? n : 3;

    [Fact]
    public void Ingest_KilledDuringIngest_RerunLeavesNoDamageNoDuplicates()
    {
        var corpus = Directory.CreateDirectory(directory.File("corpus")).FullName;
        var sources = Directory.GetFiles(TestPaths.DevSet, "*.txt").Append(TestPaths.Sample).Order(StringComparer.Ordinal).ToList();
        var files = 0;
        for (var copy = 0; copy < 3; copy++)
        {
            foreach (var source in sources)
            {
                // Each copy differs by a line so that none is skipped as already-stored content.
                File.WriteAllText(Path.Combine(corpus, $"{copy}-{Path.GetFileName(source)}"), File.ReadAllText(source) + $"\ncopy {copy}\n");
                files++;
            }
        }
        var random = new Random(5);
        for (var trial = 0; trial < KillTrials; trial++)
        {
            var database = directory.File($"killed-{trial}.db");
            using (var process = Process.Start(CliProcess.StartInfo("ingest", corpus, "--db", database, "--batch", "2"))!)
            {
                process.StandardInput.Close();
                _ = process.StandardError.ReadToEndAsync();
                _ = process.StandardOutput.ReadToEndAsync();
                // Wait until the store exists and is being written, then a random moment more.
                var watch = Stopwatch.StartNew();
                while (!File.Exists(database + "-wal") && !process.HasExited && watch.Elapsed < TimeSpan.FromSeconds(30))
                {
                    Thread.Sleep(5);
                }
                Thread.Sleep(random.Next(0, 400));
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
                process.WaitForExit();
            }
            var rerun = CliProcess.Run("ingest", corpus, "--db", database);
            Assert.Equal(0, rerun.ExitCode);
            using var connection = new SqliteConnection(CorpusStore.ConnectionString(database, readOnly: true, TimeSpan.FromSeconds(5)));
            connection.Open();
            Assert.Equal("ok", Query(connection, "PRAGMA integrity_check"));
            Assert.Null(Query(connection, "PRAGMA foreign_key_check"));
            Assert.Equal((long)files, Query(connection, "SELECT count(*) FROM documents"));
            Assert.Equal((long)files, Query(connection, "SELECT count(DISTINCT content_hash) FROM documents"));
            Assert.Equal((long)files, Query(connection, "SELECT count(*) FROM decisions"));
            Assert.Equal(0L, Query(connection, "SELECT count(*) FROM (SELECT 1 FROM edges GROUP BY document_id, ordinal HAVING count(*) > 1)"));
            Assert.Equal(0L, Query(connection, "SELECT count(*) FROM (SELECT 1 FROM cases GROUP BY key HAVING count(*) > 1)"));
            Assert.Equal(Query(connection, "SELECT count(*) FROM paragraphs"), Query(connection, "SELECT count(*) FROM paragraph_search_docsize"));
        }
    }

    [Fact]
    public void Cli_NoPathToIngest_ExitsOneWithOneLine()
    {
        var result = CliProcess.Run("ingest", "--db", directory.File("none.db"));
        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Cli_QueryOnNonSqliteFile_ExitsThree()
    {
        var path = directory.File("text.db");
        File.WriteAllText(path, new string('x', 5000));
        var result = CliProcess.Run("query", "most-cited", "--db", path);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("not a SQLite database", result.Error);
    }

    [Fact]
    public void Cli_IngestIntoNewerSchema_ExitsThree()
    {
        var path = directory.File("newer.db");
        CorpusStore.Open(path).Dispose();
        using (var connection = new SqliteConnection(CorpusStore.ConnectionString(path, false, TimeSpan.FromSeconds(1))))
        {
            connection.Open();
            CorpusStore.Execute(connection, "INSERT INTO schema_version(version, applied_at) VALUES (999, 'later')");
        }
        var result = CliProcess.Run("ingest", TestPaths.Sample, "--db", path);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("newer", result.Error);
    }

    [Fact]
    public void Cli_QueryJson_RowsHaveTheContractFields()
    {
        var path = directory.File("cli.db");
        FixtureCorpus.Create(path).Dispose();
        var result = CliProcess.Run("query", "cited-by", "Alder", "--db", path, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        foreach (var row in json.RootElement.EnumerateArray())
        {
            foreach (var field in new[] { "decision", "opinion", "opinionKind", "author", "case", "relation", "count", "evidence" })
            {
                Assert.True(row.TryGetProperty(field, out _), field);
            }
        }
    }

    [Fact]
    public void Cli_AmbiguousCase_ExitsOneListingCandidates()
    {
        var path = directory.File("ambiguous.db");
        FixtureCorpus.Create(path).Dispose();
        var result = CliProcess.Run("query", "treatments", "Cedar", "--db", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Cedar v. Dogwood", result.Error);
        Assert.Contains("Cedar v. Maple", result.Error);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Cli_QueryCsv_QuotesFields()
    {
        var path = directory.File("csv.db");
        FixtureCorpus.Create(path).Dispose();
        var result = CliProcess.Run("query", "relies-on", "Dogwood", "--db", path, "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("decision,decisionNode,year,opinion,", lines[0]);
        Assert.Contains("\"As we held in Cedar v. Dogwood, 10 U.S. 5, the warrant stands.\"", lines[1]);
    }

    private static object? Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
