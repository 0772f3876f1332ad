using Microsoft.Data.Sqlite;

namespace PrecedentGraph.Storage;

/// <summary>Prepared statements reused by SQL text, with positional parameters $p0, $p1 ... One per
/// transaction: commands are bound to it.</summary>
internal sealed class StoreCommands(SqliteConnection connection, SqliteTransaction? transaction) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    /// <summary>Statements that return no reader: prepared on the connection's handle, bound by position.</summary>
    private readonly Dictionary<string, PreparedStatement> statements = new(StringComparer.Ordinal);

    public int Execute(string sql, params object?[] values) => Statement(sql).Execute(values);

    public long Insert(string sql, params object?[] values) => Convert.ToInt64(Statement(sql).Scalar(values), System.Globalization.CultureInfo.InvariantCulture);

    public object? Scalar(string sql, params object?[] values) => Statement(sql).Scalar(values);

    private PreparedStatement Statement(string sql)
    {
        if (!statements.TryGetValue(sql, out var statement))
        {
            statement = new PreparedStatement(connection, sql);
            statements[sql] = statement;
        }
        return statement;
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
        foreach (var statement in statements.Values)
        {
            statement.Dispose();
        }
        statements.Clear();
    }
}
