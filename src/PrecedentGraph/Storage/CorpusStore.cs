using System.Globalization;
using Microsoft.Data.Sqlite;
using PrecedentGraph.Analysis;

namespace PrecedentGraph.Storage;

/// <summary>The SQLite corpus store: opens (creating and migrating as needed) and ingests analysed documents,
/// one transaction per document (or per batch, each document still all or nothing). Idempotent: content already
/// stored is skipped, a path whose content changed has its old rows replaced. Not thread-safe: one per thread.</summary>
public sealed class CorpusStore : IDisposable
{
    private const int SqliteBusy = 5;
    private const int SqliteReadOnly = 8;
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    private CorpusStore(string path, SqliteConnection connection, StoreOptions options)
    {
        Path = path;
        Connection = connection;
        Options = options;
    }

    /// <summary>Case unifications of committed transactions (see <see cref="CaseUnifier"/>); bounded, cleared when full.</summary>
    private readonly Dictionary<string, CaseUnifier.StoredCase> knownCases = new(StringComparer.Ordinal);

    public string Path { get; }

    public StoreOptions Options { get; }

    internal SqliteConnection Connection { get; }

    /// <summary>Opens the store at <paramref name="path"/>. Throws <see cref="StoreException"/> (one line) for a file
    /// that is not SQLite, a schema newer than this build, a read-only file opened for writing, a missing file opened
    /// for queries, or a lock held past the busy timeout.</summary>
    public static CorpusStore Open(string path, StoreOptions? options = null)
    {
        options ??= StoreOptions.Default;
        var full = System.IO.Path.GetFullPath(path);
        if (options.ReadOnly && !File.Exists(full))
        {
            throw new StoreException($"{path}: no such database (run ingest first)");
        }
        if (Directory.Exists(full))
        {
            throw new StoreException($"{path}: is a directory, not a database");
        }
        if (!options.ReadOnly)
        {
            var directory = System.IO.Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }
        var connection = new SqliteConnection(ConnectionString(full, options.ReadOnly, options.EffectiveBusyTimeout));
        try
        {
            connection.Open();
            DocumentTextCodec.Register(connection);
            var store = new CorpusStore(path, connection, options);
            store.Prepare();
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Translate(e, path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    internal static string ConnectionString(string path, bool readOnly, TimeSpan busyTimeout) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
        ForeignKeys = true,
        DefaultTimeout = Math.Max(1, (int)busyTimeout.TotalSeconds),
    }.ToString();

    /// <summary>The schema version recorded in the database (0 for a new file).</summary>
    public int SchemaVersion => ReadVersion(Connection);

    private void Prepare()
    {
        var busy = ((int)Options.EffectiveBusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        Execute(Connection, $"PRAGMA busy_timeout = {busy}");
        // Reading the schema is the first access to the file: a non-SQLite file fails here.
        var version = ReadVersion(Connection);
        if (version > StoreSchema.CurrentVersion)
        {
            throw new StoreException($"{Path}: database schema version {version} is newer than this precedent-graph supports ({StoreSchema.CurrentVersion}); upgrade precedent-graph");
        }
        // Queries touch rows scattered over the whole file (a case's citing opinions, their decisions and documents):
        // reading pages through a memory map saves a system call per page, the larger cache keeps them between queries.
        // The writer maps nothing: every page it touched while ingesting a corpus would count in its working set.
        if (Options.ReadOnly)
        {
            Execute(Connection, "PRAGMA mmap_size = 268435456");
        }
        Execute(Connection, "PRAGMA cache_size = -65536");
        if (Options.ReadOnly)
        {
            if (version < StoreSchema.CurrentVersion)
            {
                throw new StoreException(version == 0
                    ? $"{Path}: not a precedent-graph database (no schema)"
                    : $"{Path}: database schema version {version} is older than {StoreSchema.CurrentVersion}; run ingest to upgrade it");
            }
            return;
        }
        if (SQLitePCL.raw.sqlite3_db_readonly(Connection.Handle, "main") == 1)
        {
            throw new StoreException($"{Path}: database is read-only");
        }
        Execute(Connection, "PRAGMA journal_mode = WAL");
        Execute(Connection, "PRAGMA synchronous = NORMAL");
        Execute(Connection, "PRAGMA temp_store = MEMORY");
        StoreMigrator.Migrate(Connection, StoreSchema.CurrentVersion);
    }

    /// <summary>The path that already holds content with this hash, or null.</summary>
    public string? FindContent(string contentHash)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT path FROM documents WHERE content_hash = $hash ORDER BY id LIMIT 1";
        command.Parameters.AddWithValue("$hash", contentHash);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Every content hash stored by this build of the extractor, with the first path holding it: a snapshot for
    /// skipping unchanged files before analysing them (content an older build analysed is not in it).</summary>
    public IReadOnlyDictionary<string, string> StoredContent()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT content_hash, path FROM documents WHERE analyzer = $analyzer ORDER BY id";
        command.Parameters.AddWithValue("$analyzer", Options.EffectiveAnalyzer);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.TryAdd(reader.GetString(0), reader.GetString(1));
        }
        return result;
    }

    /// <summary>A document's text as the store keeps it (compressed): callers on other threads prepare it so that the
    /// single writer does not.</summary>
    public static byte[] CompressText(string text) => DocumentTextCodec.Compress(text);

    /// <summary>Ingests one document in one transaction.</summary>
    public IngestResult Ingest(DocumentAnalysis analysis) => IngestMany([analysis])[0];

    /// <summary>Ingests documents in one transaction (a batch): all of them are stored, or none.</summary>
    public IReadOnlyList<IngestResult> IngestMany(IReadOnlyList<DocumentAnalysis> analyses) =>
        IngestMany(analyses.Select(a => (a, (byte[]?)null)).ToList());

    /// <summary>Ingests documents in one transaction, each with its text already compressed by <see cref="CompressText"/>
    /// (or null to compress it here). With <paramref name="reanalyze"/>, a path already stored with the same content is
    /// written again from this analysis (<see cref="IngestStatus.Reanalyzed"/>) instead of being skipped.</summary>
    public IReadOnlyList<IngestResult> IngestMany(IReadOnlyList<(DocumentAnalysis Analysis, byte[]? Text)> documents, bool reanalyze = false)
    {
        if (Options.ReadOnly)
        {
            throw new StoreException($"{Path}: opened read-only");
        }
        try
        {
            using var transaction = Connection.BeginTransaction(deferred: false);
            using var commands = new StoreCommands(Connection, transaction);
            var analyzer = Options.EffectiveAnalyzer;
            var writer = new DocumentWriter(commands, knownCases, analyzer);
            var results = new List<IngestResult>(documents.Count);
            foreach (var (analysis, text) in documents)
            {
                results.Add(IngestOne(commands, writer, analysis, text, analyzer, reanalyze));
            }
            writer.FlushSearch();
            if (results.Any(r => r.Status != IngestStatus.Unchanged))
            {
                CitationSummary.MarkChanged(commands);
            }
            transaction.Commit();
            if (knownCases.Count > 500_000)
            {
                knownCases.Clear();
            }
            foreach (var (question, answer) in writer.LearnedCases)
            {
                knownCases[question] = answer;
            }
            return results;
        }
        catch (SqliteException e)
        {
            throw Translate(e, Path);
        }
    }

    /// <summary>Recomputes the citation summary (per case: citing opinions, citing decisions, PageRank) that `most-cited`
    /// reads, in one transaction. Ingest runs it at the end; until then (or after a killed ingest) queries compute it live.</summary>
    public void SummarizeCitations()
    {
        if (Options.ReadOnly)
        {
            throw new StoreException($"{Path}: opened read-only");
        }
        try
        {
            CitationSummary.Refresh(this);
        }
        catch (SqliteException e)
        {
            throw Translate(e, Path);
        }
    }

    private static IngestResult IngestOne(StoreCommands commands, DocumentWriter writer, DocumentAnalysis analysis, byte[]? text,
        string analyzer, bool reanalyze)
    {
        var document = analysis.Document;
        var slug = analysis.Segmentation.Decision.Slug;
        long? existing = null;
        var sameContent = false;
        using (var reader = commands.Reader("SELECT id, content_hash, analyzer FROM documents WHERE path = $p0", document.Path))
        {
            if (reader.Read())
            {
                sameContent = reader.GetString(1) == document.ContentHash;
                if (sameContent && !reanalyze && reader.GetString(2) == analyzer)
                {
                    return new IngestResult(document.Path, IngestStatus.Unchanged, slug, 0, 0, document.Path);
                }
                existing = reader.GetInt64(0);
            }
        }
        if (existing is long old)
        {
            writer.Delete(old);
        }
        // The same content under another path: skipped if this build analysed it; an older build's rows give way to
        // this analysis (the content is stored once, under the path ingested last).
        long? stale = null;
        using (var reader = commands.Reader("SELECT id, path, analyzer FROM documents WHERE content_hash = $p0 ORDER BY id LIMIT 1", document.ContentHash))
        {
            if (reader.Read())
            {
                if (reader.GetString(2) == analyzer)
                {
                    return new IngestResult(document.Path, IngestStatus.Unchanged, slug, 0, 0, reader.GetString(1));
                }
                stale = reader.GetInt64(0);
            }
        }
        if (stale is long other)
        {
            writer.Delete(other);
        }
        var (opinions, edges) = writer.Write(analysis, text);
        var status = existing is null ? IngestStatus.Added : sameContent ? IngestStatus.Reanalyzed : IngestStatus.Replaced;
        return new IngestResult(document.Path, status, slug, opinions, edges);
    }

    internal static StoreException Translate(SqliteException e, string path) => e.SqliteErrorCode switch
    {
        SqliteNotADatabase => new StoreException($"{path}: not a SQLite database", e),
        SqliteCorrupt => new StoreException($"{path}: database is corrupt", e),
        SqliteReadOnly => new StoreException($"{path}: database is read-only", e),
        SqliteBusy or 6 => new StoreException($"{path}: database is locked by another process (try again when it finishes)", e),
        _ => new StoreException($"{path}: {e.Message.ReplaceLineEndings(" ")}", e),
    };

    internal static int ReadVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => Connection.Dispose();
}
