using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PrecedentGraph.Storage;

/// <summary>One SQL statement prepared once on the connection's handle and run many times, value i bound to parameter $pi
/// (its position in the statement looked up once).
/// The writer runs a few statements hundreds of thousands of times per corpus: through <see cref="SqliteCommand"/> every
/// run looked each parameter up by name (a native call with a UTF-8 copy of the name: 21% of the writer's thread in a
/// full-corpus ingest profile) and built a data reader. SQLite transactions belong to the connection, so these
/// statements run inside the caller's. Errors surface as <see cref="SqliteException"/>, as from a command.</summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;
    private readonly int parameters;

    /// <summary>For value i, the statement's index of $pi (0 when the statement does not use it); made at the first run.</summary>
    private int[]? positions;

    public PreparedStatement(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var code = raw.sqlite3_prepare_v2(database, sql, out statement, out var tail);
        Check(code);
        if (!string.IsNullOrWhiteSpace(tail))
        {
            statement.Dispose();
            throw new ArgumentException("One SQL statement only: a command with several goes through SqliteCommand.", nameof(sql));
        }
        parameters = raw.sqlite3_bind_parameter_count(statement);
    }

    /// <summary>Runs the statement to its end; returns the rows it changed.</summary>
    public int Execute(object?[] values)
    {
        Bind(values);
        try
        {
            int code;
            while ((code = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
            }
            Check(code, raw.SQLITE_DONE);
            return raw.sqlite3_changes(database);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>The first column of the first row (long, double, string, byte[]), or null when there is no row or it is NULL.
    /// A statement that writes (INSERT ... RETURNING) has made all its changes by its first row.</summary>
    public object? Scalar(object?[] values)
    {
        Bind(values);
        try
        {
            var code = raw.sqlite3_step(statement);
            if (code == raw.SQLITE_DONE)
            {
                return null;
            }
            Check(code, raw.SQLITE_ROW);
            return raw.sqlite3_column_type(statement, 0) switch
            {
                raw.SQLITE_INTEGER => raw.sqlite3_column_int64(statement, 0),
                raw.SQLITE_FLOAT => raw.sqlite3_column_double(statement, 0),
                raw.SQLITE_TEXT => raw.sqlite3_column_text(statement, 0).utf8_to_string(),
                raw.SQLITE_BLOB => raw.sqlite3_column_blob(statement, 0).ToArray(),
                _ => null,
            };
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    private void Bind(object?[] values)
    {
        var indexes = Positions(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            var index = indexes[i];
            if (index == 0)
            {
                continue;
            }
            var code = values[i] switch
            {
                null or DBNull => raw.sqlite3_bind_null(statement, index),
                bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
                int number => raw.sqlite3_bind_int64(statement, index, number),
                long number => raw.sqlite3_bind_int64(statement, index, number),
                double number => raw.sqlite3_bind_double(statement, index, number),
                string text => raw.sqlite3_bind_text(statement, index, text),
                byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
                var other => throw new ArgumentException($"No SQLite binding for a {other.GetType().Name}.", nameof(values)),
            };
            Check(code);
        }
    }

    private int[] Positions(int count)
    {
        if (positions is not null && positions.Length == count)
        {
            return positions;
        }
        var found = new int[count];
        var used = 0;
        for (var i = 0; i < count; i++)
        {
            found[i] = raw.sqlite3_bind_parameter_index(statement, "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            used += found[i] == 0 ? 0 : 1;
        }
        if (used != parameters)
        {
            throw new ArgumentException($"The statement takes {parameters} parameters, {used} of them given ($p0 ... $p{count - 1}).");
        }
        positions = found;
        return found;
    }

    private void Check(int code, int expected = raw.SQLITE_OK)
    {
        if (code != expected)
        {
            SqliteException.ThrowExceptionForRC(code, database);
            throw new SqliteException($"SQLite returned {code} where {expected} was expected.", code);
        }
    }

    public void Dispose() => statement.Dispose();
}
