using Microsoft.Data.Sqlite;

namespace PrecedentGraph.Storage;

/// <summary>Prepared commands reused by SQL text, with positional parameters $p0, $p1 ... One per
/// transaction: commands are bound to it.</summary>
internal sealed class StoreCommands(SqliteConnection connection, SqliteTransaction? transaction) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public int Execute(string sql, params object?[] values) => Prepare(sql, values).ExecuteNonQuery();

    public long Insert(string sql, params object?[] values) => Convert.ToInt64(Prepare(sql, values).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

    public object? Scalar(string sql, params object?[] values)
    {
        var result = Prepare(sql, values).ExecuteScalar();
        return result is DBNull ? null : result;
    }

    public SqliteDataReader Reader(string sql, params object?[] values) => Prepare(sql, values).ExecuteReader();

    private SqliteCommand Prepare(string sql, object?[] values)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
            }
            commands[sql] = command;
        }
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                bool flag => flag ? 1 : 0,
                var value => value,
            };
        }
        return command;
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }
        commands.Clear();
    }
}
