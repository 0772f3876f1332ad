using PrecedentGraph.Storage;

namespace PrecedentGraph.Tests.Storage;

public sealed class ReadOnlySqlRunnerTests : IDisposable
{
    private readonly StoreTestDirectory directory = new();
    private readonly string path;

    public ReadOnlySqlRunnerTests()
    {
        path = directory.File("sql.db");
        FixtureCorpus.Create(path).Dispose();
    }

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Run_Select_ReturnsColumnsAndRows()
    {
        var result = new ReadOnlySqlRunner(path).Run("SELECT slug, year FROM decisions ORDER BY slug", TimeSpan.FromSeconds(5));
        Assert.Equal(["slug", "year"], result.Columns);
        Assert.Equal(["alder-v-birch", "grove-v-holly", "ivy-juniper"], result.Rows.Select(r => (string)r[0]!));
    }

    [Fact]
    public void Run_DocumentTextFunction_ReadsTheCompressedText()
    {
        var result = new ReadOnlySqlRunner(path).Run("SELECT document_text(text) FROM documents WHERE path = '/fixture/grove.txt'", TimeSpan.FromSeconds(5));
        Assert.StartsWith("Grove v. Holly\n", (string)result.Rows[0][0]!);
    }

    [Theory]
    [InlineData("DELETE FROM documents")]
    [InlineData("INSERT INTO justices(name, node_id) VALUES ('x', 'y')")]
    [InlineData("UPDATE cases SET label = 'x'")]
    [InlineData("DROP TABLE cases")]
    [InlineData("SELECT 1; DELETE FROM documents")]
    [InlineData("SELECT 1; SELECT 2")]
    [InlineData("WITH x AS (SELECT 1) DELETE FROM documents")]
    [InlineData("ATTACH DATABASE 'other.db' AS other")]
    [InlineData("PRAGMA writable_schema = 1")]
    [InlineData("CREATE TABLE t(x)")]
    [InlineData("VACUUM")]
    [InlineData("/* SELECT */ DELETE FROM documents")]
    [InlineData("")]
    public void Run_AnythingButOneSelect_IsRejectedAndWritesNothing(string sql)
    {
        Assert.Throws<StoreQueryException>(() => new ReadOnlySqlRunner(path).Run(sql, TimeSpan.FromSeconds(5)));
        var count = new ReadOnlySqlRunner(path).Run("SELECT count(*) FROM documents", TimeSpan.FromSeconds(5));
        Assert.Equal(3L, count.Rows[0][0]);
    }

    [Fact]
    public void Run_EndlessQuery_StopsAtTimeLimit()
    {
        const string endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n";
        var error = Assert.Throws<StoreQueryException>(() => new ReadOnlySqlRunner(path).Run(endless, TimeSpan.FromMilliseconds(200)));
        Assert.Contains("time limit", error.Message);
    }

    [Fact]
    public void Run_MissingDatabase_ThrowsStoreException()
    {
        Assert.Throws<StoreException>(() => new ReadOnlySqlRunner(directory.File("none.db")).Run("SELECT 1", TimeSpan.FromSeconds(1)));
        Assert.False(File.Exists(directory.File("none.db")));
    }
}
