using Microsoft.Data.Sqlite;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Tests.Storage;

public sealed class PreparedStatementTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public PreparedStatementTests()
    {
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE t(id INTEGER PRIMARY KEY, a, b, c)";
        create.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();

    [Theory]
    [InlineData("INSERT INTO t(a, b, c) VALUES ($p0, $p1, $p2) RETURNING id")]
    [InlineData("INSERT INTO t(c, a, b) VALUES ($p2, $p0, $p1) RETURNING id")]
    [InlineData("INSERT INTO t(a, b, c) VALUES ($p0, $p1, $p2 + $p2 - $p2) RETURNING id")]
    public void Scalar_ParametersInAnyOrderOrRepeated_EachValueLandsOnItsName(string sql)
    {
        using var insert = new PreparedStatement(connection, sql);
        var id = insert.Scalar(["first", 2L, 3.5]);
        using var read = new PreparedStatement(connection, "SELECT a || '|' || b || '|' || c FROM t WHERE id = $p0");
        Assert.Equal("first|2|3.5", read.Scalar([id]));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(true, 1L)]
    [InlineData(7, 7L)]
    [InlineData(7L, 7L)]
    [InlineData(0.25, 0.25)]
    [InlineData("text é", "text é")]
    public void Scalar_ValueOfEachType_ReadBackAsSqliteStoresIt(object? value, object? expected)
    {
        using var statement = new PreparedStatement(connection, "SELECT $p0");
        Assert.Equal(expected, statement.Scalar([value]));
        // The statement runs again with another value: bindings and state were reset.
        Assert.Equal(42L, statement.Scalar([42]));
    }

    [Fact]
    public void Scalar_Blob_ReadBackAsBytes()
    {
        using var statement = new PreparedStatement(connection, "SELECT $p0");
        Assert.Equal(new byte[] { 1, 0, 255 }, statement.Scalar([new byte[] { 1, 0, 255 }]));
    }

    [Fact]
    public void Execute_Update_ReturnsRowsChanged()
    {
        using var insert = new PreparedStatement(connection, "INSERT INTO t(a) VALUES ($p0)");
        insert.Execute([1]);
        insert.Execute([2]);
        using var update = new PreparedStatement(connection, "UPDATE t SET b = $p1 WHERE a >= $p0");
        Assert.Equal(2, update.Execute([1, "x"]));
        Assert.Equal(0, update.Execute([5, "y"]));
    }

    [Fact]
    public void Scalar_NoRow_ReturnsNull()
    {
        using var statement = new PreparedStatement(connection, "SELECT id FROM t WHERE a = $p0");
        Assert.Null(statement.Scalar(["absent"]));
    }

    [Fact]
    public void Constructor_TwoStatements_Refused()
    {
        Assert.Throws<ArgumentException>(() => new PreparedStatement(connection, "SELECT 1; SELECT 2"));
    }

    [Fact]
    public void Scalar_ValueMissingForAParameter_Refused()
    {
        using var statement = new PreparedStatement(connection, "SELECT $p0 + $p1");
        Assert.Throws<ArgumentException>(() => statement.Scalar([1]));
    }

    [Fact]
    public void Execute_ConstraintBroken_SqliteException()
    {
        using var create = new PreparedStatement(connection, "CREATE TABLE u(k TEXT PRIMARY KEY)");
        create.Execute([]);
        using var insert = new PreparedStatement(connection, "INSERT INTO u(k) VALUES ($p0)");
        insert.Execute(["a"]);
        var error = Assert.Throws<SqliteException>(() => insert.Execute(["a"]));
        Assert.Equal(19, error.SqliteErrorCode);
        // The statement was reset after the error: it runs again.
        Assert.Equal(1, insert.Execute(["b"]));
    }

    [Fact]
    public void Scalar_UnsupportedType_Refused()
    {
        using var statement = new PreparedStatement(connection, "SELECT $p0");
        Assert.Throws<ArgumentException>(() => statement.Scalar([DateTime.UnixEpoch]));
    }
}
