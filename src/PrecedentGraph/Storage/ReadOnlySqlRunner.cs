using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PrecedentGraph.Storage;

/// <summary>Runs one user SELECT on its own read-only connection (Mode=ReadOnly, query_only) with a time limit:
/// a timer interrupts SQLite when it runs out. More than one statement, anything but SELECT/WITH/VALUES, and any
/// statement SQLite does not call read-only are rejected before they run.</summary>
public sealed class ReadOnlySqlRunner(string databasePath)
{
    private const int SqliteInterrupt = 9;

    private static readonly Regex Leading = new(@"^\s*(?:(?:--[^\n]*\n|/\*.*?\*/)\s*)*(\w+)", RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public SqlResult Run(string sql, TimeSpan timeLimit, int maxRows = 10_000)
    {
        var first = Leading.Match(sql);
        if (!first.Success || first.Groups[1].Value.ToUpperInvariant() is not ("SELECT" or "WITH" or "VALUES"))
        {
            throw new StoreQueryException("sql: only a SELECT statement is allowed");
        }
        if (!File.Exists(databasePath))
        {
            throw new StoreException($"{databasePath}: no such database (run ingest first)");
        }
        using var connection = new SqliteConnection(CorpusStore.ConnectionString(Path.GetFullPath(databasePath), readOnly: true, TimeSpan.FromSeconds(5)));
        try
        {
            connection.Open();
            DocumentTextCodec.Register(connection);
            CorpusStore.Execute(connection, "PRAGMA query_only = 1");
            Check(connection, sql);
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var timer = new Timer(_ => raw.sqlite3_interrupt(connection.Handle), null, timeLimit, Timeout.InfiniteTimeSpan);
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<IReadOnlyList<object?>>();
            while (rows.Count < maxRows && reader.Read())
            {
                var values = new object?[reader.FieldCount];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }
                rows.Add(values);
            }
            return new SqlResult(columns, rows);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteInterrupt)
        {
            throw new StoreQueryException($"sql: stopped at the time limit of {timeLimit.TotalSeconds:0.#} s");
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 1 or 8 or 23)
        {
            throw new StoreQueryException("sql: " + e.Message.ReplaceLineEndings(" "));
        }
        catch (SqliteException e)
        {
            throw CorpusStore.Translate(e, databasePath);
        }
    }

    /// <summary>Prepares the text with SQLite itself: exactly one statement, and a read-only one.</summary>
    private static void Check(SqliteConnection connection, string sql)
    {
        var result = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement, out var tail);
        using (statement)
        {
            if (result != raw.SQLITE_OK)
            {
                throw new StoreQueryException("sql: " + raw.sqlite3_errmsg(connection.Handle).utf8_to_string().ReplaceLineEndings(" "));
            }
            if (!string.IsNullOrWhiteSpace(StripComments(tail)))
            {
                throw new StoreQueryException("sql: only one statement is allowed");
            }
            if (statement.IsInvalid || raw.sqlite3_stmt_readonly(statement) == 0)
            {
                throw new StoreQueryException("sql: only a SELECT statement is allowed");
            }
        }
    }

    private static string StripComments(string? tail)
    {
        if (string.IsNullOrEmpty(tail))
        {
            return "";
        }
        var text = Regex.Replace(tail, @"--[^\n]*", " ", RegexOptions.NonBacktracking);
        text = Regex.Replace(text, @"/\*(?:[^*]|\*[^/])*\*/", " ", RegexOptions.NonBacktracking);
        return text.Replace(";", " ", StringComparison.Ordinal);
    }
}
