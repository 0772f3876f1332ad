using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PrecedentGraph.Storage;

/// <summary>Brings a database up to a schema version by running the missing migrations of <see cref="StoreSchema"/>
/// in order, each with its version row in one transaction.</summary>
internal static class StoreMigrator
{
    public static void Migrate(SqliteConnection connection, int targetVersion)
    {
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            using var create = connection.CreateCommand();
            create.Transaction = transaction;
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)";
            create.ExecuteNonQuery();
            transaction.Commit();
        }
        while (true)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            // Read inside the write transaction: a second process migrating at the same time waits, then sees it done.
            using var read = connection.CreateCommand();
            read.Transaction = transaction;
            read.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
            var version = Convert.ToInt32(read.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (version >= targetVersion)
            {
                return;
            }
            using var migrate = connection.CreateCommand();
            migrate.Transaction = transaction;
            migrate.CommandText = StoreSchema.Migrations[version];
            migrate.ExecuteNonQuery();
            migrate.CommandText = "INSERT INTO schema_version(version, applied_at) VALUES ($version, $at)";
            migrate.Parameters.AddWithValue("$version", version + 1);
            migrate.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            migrate.ExecuteNonQuery();
            if (version + 1 == 2)
            {
                IndexParagraphs(connection, transaction);
            }
            transaction.Commit();
        }
    }

    /// <summary>Migration 2 indexes the paragraphs already stored, from their documents' text.</summary>
    private static void IndexParagraphs(SqliteConnection connection, SqliteTransaction transaction)
    {
        var documents = new List<(long Id, byte[] Text)>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT id, text FROM documents ORDER BY id";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                documents.Add((reader.GetInt64(0), (byte[])reader.GetValue(1)));
            }
        }
        using var commands = new StoreCommands(connection, transaction);
        foreach (var (id, stored) in documents)
        {
            var text = DocumentTextCodec.Decompress(stored);
            var paragraphs = new List<(long Id, int Start, int Length)>();
            using (var reader = commands.Reader("SELECT id, start, length FROM paragraphs WHERE document_id = $p0 ORDER BY id", id))
            {
                while (reader.Read())
                {
                    paragraphs.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2)));
                }
            }
            foreach (var (paragraph, start, length) in paragraphs)
            {
                if (start >= 0 && length >= 0 && start + length <= text.Length)
                {
                    DocumentWriter.IndexParagraph(commands, paragraph, text.Substring(start, length));
                }
            }
        }
    }
}
