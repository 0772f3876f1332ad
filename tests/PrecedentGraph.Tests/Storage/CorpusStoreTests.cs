using Microsoft.Data.Sqlite;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Tests.Storage;

public sealed partial class CorpusStoreTests : IDisposable
{
    private readonly StoreTestDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Open_NewFile_CreatesCurrentSchemaInWalMode()
    {
        using var store = CorpusStore.Open(directory.File("new.db"));
        Assert.Equal(StoreSchema.CurrentVersion, store.SchemaVersion);
        Assert.Equal("wal", Scalar(store, "PRAGMA journal_mode"));
        Assert.Equal(1L, Scalar(store, "PRAGMA foreign_keys"));
        foreach (var table in new[] { "documents", "decisions", "opinions", "justices", "cases", "provisions", "arguments", "edges", "edge_evidence", "mentions", "paragraphs", "paragraph_search", "issues", "positions" })
        {
            Assert.Equal(1L, Scalar(store, $"SELECT count(*) FROM sqlite_schema WHERE name = '{table}'"));
        }
    }

    [Fact]
    public void Open_VersionOneDatabase_MigratesAndIndexesOldParagraphs()
    {
        var path = directory.File("old.db");
        using (var connection = new SqliteConnection(CorpusStore.ConnectionString(path, false, TimeSpan.FromSeconds(1))))
        {
            connection.Open();
            StoreMigrator.Migrate(connection, 1);
            using (var insert = connection.CreateCommand())
            {
                insert.CommandText = "INSERT INTO documents(id, path, content_hash, title, input_form, format, characters, ingested_at, text) VALUES (1, 'p', 'h', 't', 'raw', 'text', 27, 'now', $text)";
                insert.Parameters.AddWithValue("$text", DocumentTextCodec.Compress("an old searchable paragraph\nand another"));
                insert.ExecuteNonQuery();
            }
            CorpusStore.Execute(connection, "INSERT INTO paragraphs(document_id, ordinal, start, length, is_footnote) VALUES (1, 0, 0, 27, 0)");
            CorpusStore.Execute(connection, "INSERT INTO paragraphs(document_id, ordinal, start, length, is_footnote) VALUES (1, 1, 28, 11, 0)");
            Assert.Equal(1, CorpusStore.ReadVersion(connection));
        }
        using var store = CorpusStore.Open(path);
        Assert.Equal(StoreSchema.CurrentVersion, store.SchemaVersion);
        Assert.Equal(1L, Scalar(store, "SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH 'searchable'"));
        Assert.Equal(1L, Scalar(store, "SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH 'another'"));
        Assert.Equal(0L, Scalar(store, "SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH 'nothing'"));
    }

    [Fact]
    public void Open_NotSqlite_ThrowsStoreException()
    {
        var path = directory.File("text.db");
        File.WriteAllText(path, "This is an opinion, not a database.\n" + new string('x', 4000));
        var error = Assert.Throws<StoreException>(() => CorpusStore.Open(path));
        Assert.Contains("not a SQLite database", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Open_NewerSchema_ThrowsStoreException()
    {
        var path = directory.File("newer.db");
        CorpusStore.Open(path).Dispose();
        using (var connection = new SqliteConnection(CorpusStore.ConnectionString(path, false, TimeSpan.FromSeconds(1))))
        {
            connection.Open();
            CorpusStore.Execute(connection, $"INSERT INTO schema_version(version, applied_at) VALUES ({StoreSchema.CurrentVersion + 1}, 'later')");
        }
        var error = Assert.Throws<StoreException>(() => CorpusStore.Open(path));
        Assert.Contains("newer", error.Message);
        Assert.Throws<StoreException>(() => CorpusStore.Open(path, StoreOptions.Query));
    }

    [Fact]
    public void Open_MissingFileForQueries_ThrowsStoreException()
    {
        var error = Assert.Throws<StoreException>(() => CorpusStore.Open(directory.File("missing.db"), StoreOptions.Query));
        Assert.Contains("no such database", error.Message);
        Assert.False(File.Exists(directory.File("missing.db")));
    }

    [Fact]
    public void Ingest_OpenedReadOnly_ThrowsStoreException()
    {
        var path = directory.File("ro.db");
        CorpusStore.Open(path).Dispose();
        using var store = CorpusStore.Open(path, StoreOptions.Query);
        var error = Assert.Throws<StoreException>(() => store.Ingest(FixtureCorpus.Alder()));
        Assert.Contains("read-only", error.Message);
    }

    [Fact]
    public void Open_ReadOnlyFile_ThrowsStoreException()
    {
        var path = directory.File("locked.db");
        CorpusStore.Open(path).Dispose();
        File.SetAttributes(path, FileAttributes.ReadOnly);
        try
        {
            if (Environment.UserName == "root")
            {
                // root writes through file modes; the read-only connection still must refuse to ingest.
                using var store = CorpusStore.Open(path, StoreOptions.Query);
                Assert.Throws<StoreException>(() => store.Ingest(FixtureCorpus.Alder()));
            }
            else
            {
                var error = Assert.Throws<StoreException>(() => CorpusStore.Open(path));
                Assert.Contains("read-only", error.Message);
            }
        }
        finally
        {
            File.SetAttributes(path, FileAttributes.Normal);
        }
    }

    [Fact]
    public void Ingest_SameDocumentTwice_StoresItOnce()
    {
        using var store = CorpusStore.Open(directory.File("twice.db"));
        var first = store.Ingest(FixtureCorpus.Alder());
        var counts = Counts(store);
        var second = store.Ingest(FixtureCorpus.Alder());
        Assert.Equal(IngestStatus.Added, first.Status);
        Assert.Equal(IngestStatus.Unchanged, second.Status);
        Assert.Equal(counts, Counts(store));
        Assert.Equal(1L, Scalar(store, "SELECT count(*) FROM documents"));
    }

    [Fact]
    public void Ingest_ChangedContent_ReplacesOldRows()
    {
        using var store = CorpusStore.Open(directory.File("changed.db"));
        store.Ingest(FixtureCorpus.Alder());
        var changed = new AnalysisFixture("Alder v. Birch", "100 U.S. 1", 1990)
            .Opinion(Model.OpinionKind.Majority, "Hale", [],
                new AnalysisFixture.Cite("oak-v-pine", "Oak v. Pine", "40 U.S. 2", Model.TreatmentRelation.ReliesOn, "Oak v. Pine, 40 U.S. 2, settles it."))
            .Build("/fixture/alder.txt");
        var result = store.Ingest(changed);
        Assert.Equal(IngestStatus.Replaced, result.Status);
        Assert.Equal(1L, Scalar(store, "SELECT count(*) FROM documents"));
        Assert.Equal(1L, Scalar(store, "SELECT count(*) FROM decisions"));
        Assert.Equal(1L, Scalar(store, "SELECT count(*) FROM opinions"));
        Assert.Equal(0L, Scalar(store, "SELECT count(*) FROM edges e JOIN cases c ON c.id = e.case_id WHERE c.key = 'elm-v-fir'"));
        Assert.Equal(0L, Scalar(store, "SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH 'wrongly'"));
        Assert.Equal(1L, Scalar(store, "SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH 'settles'"));
        Assert.Equal("ok", Scalar(store, "PRAGMA integrity_check"));
    }

    [Fact]
    public void Ingest_RawAndNormalizedNames_UnifyIntoOneCase()
    {
        using var store = FixtureCorpus.Create(directory.File("unify.db"));
        Assert.Equal(1L, Scalar(store, "SELECT count(*) FROM cases WHERE match_key = 'alder birch'"));
        Assert.Equal(2L, Scalar(store, "SELECT count(DISTINCT e.document_id) FROM edges e JOIN cases c ON c.id = e.case_id WHERE c.key = 'alder-v-birch' AND e.opinion_id IS NOT NULL"));
        Assert.Equal(0L, Scalar(store, "SELECT count(*) FROM cases WHERE key = 'alder-birch'"));
    }

    [Fact]
    public void Ingest_SameKeyDifferentCitations_StaysTwoCases()
    {
        using var store = CorpusStore.Open(directory.File("clash.db"));
        var first = new AnalysisFixture("Rowan v. Ash", "300 U.S. 1", 2001)
            .Opinion(Model.OpinionKind.Majority, "Hale", [],
                new AnalysisFixture.Cite("united-states-v", "United States v. Oak-Pine Co.", "10 U.S. 1", Model.TreatmentRelation.ReliesOn, "United States v. Oak-Pine Co., 10 U.S. 1."),
                new AnalysisFixture.Cite("united-states-w", "United States v. Elm-Fir", "20 U.S. 2", Model.TreatmentRelation.Cites, "See United States v. Elm-Fir, 20 U.S. 2."))
            .Build("/fixture/rowan.txt");
        var second = new AnalysisFixture("Yew v. Box", "301 U.S. 1", 2002)
            .Opinion(Model.OpinionKind.Majority, "Hale", [],
                new AnalysisFixture.Cite("united-states-v", "United States v. Elm-Fir", "20 U.S. 2", Model.TreatmentRelation.ReliesOn, "United States v. Elm-Fir, 20 U.S. 2."))
            .Build("/fixture/yew.txt");
        store.Ingest(first);
        store.Ingest(second);
        var queries = new StoreQueries(store);
        Assert.Equal(["Rowan v. Ash"], queries.CitedBy("10 U.S. 1").Select(r => r.Decision));
        Assert.Equal(["Rowan v. Ash", "Yew v. Box"], queries.CitedBy("20 U.S. 2").Select(r => r.Decision));
    }

    [Fact]
    public void Ingest_DecisionAfterItsCitations_BecomesTheCitedNode()
    {
        using var store = CorpusStore.Open(directory.File("order.db"));
        store.Ingest(FixtureCorpus.Grove());
        store.Ingest(FixtureCorpus.Alder());
        var alder = new StoreQueries(store).FindCase("Alder v. Birch");
        Assert.Equal(["alder-v-birch"], alder.Decisions);
        Assert.Equal("decision:alder-v-birch", alder.NodeId);
    }

    [Fact]
    public void IngestMany_Batch_StoresEveryDocument()
    {
        using var store = CorpusStore.Open(directory.File("batch.db"), new StoreOptions(BatchSize: 3));
        var results = store.IngestMany([FixtureCorpus.Alder(), FixtureCorpus.Grove(), FixtureCorpus.Ivy(), FixtureCorpus.Alder()]);
        Assert.Equal([IngestStatus.Added, IngestStatus.Added, IngestStatus.Added, IngestStatus.Unchanged], results.Select(r => r.Status));
        Assert.Equal(3L, Scalar(store, "SELECT count(*) FROM decisions"));
    }

    [Fact]
    public void Ingest_WhileAnotherWriterHoldsTheLock_FailsWithClearMessageThenSucceeds()
    {
        var path = directory.File("busy.db");
        using var holder = CorpusStore.Open(path);
        using var waiter = CorpusStore.Open(path, new StoreOptions(BusyTimeout: TimeSpan.FromMilliseconds(200)));
        using (var transaction = holder.Connection.BeginTransaction(deferred: false))
        {
            var error = Assert.Throws<StoreException>(() => waiter.Ingest(FixtureCorpus.Alder()));
            Assert.Contains("locked", error.Message);
        }
        Assert.Equal(IngestStatus.Added, waiter.Ingest(FixtureCorpus.Alder()).Status);
        Assert.Equal("ok", Scalar(waiter, "PRAGMA integrity_check"));
    }

    internal static object? Scalar(CorpusStore store, string sql)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static string Counts(CorpusStore store) => string.Join(",",
        new[] { "documents", "decisions", "opinions", "cases", "edges", "edge_evidence", "evidence_sentences", "mentions", "paragraphs", "arguments", "positions", "case_citations", "case_tokens" }
            .Select(t => Scalar(store, $"SELECT count(*) FROM {t}")));
}
