using Microsoft.Data.Sqlite;
using PrecedentGraph.Analysis;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Tests.Storage;

/// <summary>The extractor build recorded per document: a store written by another build is analysed again, never kept
/// as it was; --reanalyze does the same on request.</summary>
public sealed partial class CorpusStoreTests
{
    private static StoreOptions Build(string analyzer) => new(Analyzer: analyzer);

    private static DocumentAnalysis AlderAt(string path) => new AnalysisFixture("Alder v. Birch", "100 U.S. 1", 1990)
        .Opinion(Model.OpinionKind.Majority, "Hale", [],
            new AnalysisFixture.Cite("cedar-v-dogwood", "Cedar v. Dogwood", "10 U.S. 5", Model.TreatmentRelation.ReliesOn, "As we held in Cedar v. Dogwood, 10 U.S. 5, the warrant stands."))
        .Build(path);

    [Fact]
    public void Ingest_StoredByAnotherBuild_ReanalyzesOnceThenUnchanged()
    {
        var path = directory.File("upgrade.db");
        using (var old = CorpusStore.Open(path, Build("build-1")))
        {
            Assert.Equal(IngestStatus.Added, old.Ingest(FixtureCorpus.Alder()).Status);
        }
        using var store = CorpusStore.Open(path, Build("build-2"));
        var counts = Counts(store);
        Assert.Equal(IngestStatus.Reanalyzed, store.Ingest(FixtureCorpus.Alder()).Status);
        Assert.Equal(IngestStatus.Unchanged, store.Ingest(FixtureCorpus.Alder()).Status);
        Assert.Equal(counts, Counts(store));
        Assert.Equal(1L, Scalar(store, "SELECT count(*) FROM documents"));
        Assert.Equal("build-2", Scalar(store, "SELECT analyzer FROM documents"));
        Assert.Equal("ok", Scalar(store, "PRAGMA integrity_check"));
    }

    [Fact]
    public void StoredContent_OtherBuildsDocuments_AreNotSkipped()
    {
        var path = directory.File("snapshot.db");
        string hash;
        using (var old = CorpusStore.Open(path, Build("build-1")))
        {
            var alder = FixtureCorpus.Alder();
            hash = alder.Document.ContentHash;
            old.Ingest(alder);
            Assert.Equal(alder.Document.Path, old.StoredContent()[hash]);
        }
        using var store = CorpusStore.Open(path, Build("build-2"));
        Assert.Empty(store.StoredContent());
        store.Ingest(FixtureCorpus.Alder());
        Assert.True(store.StoredContent().ContainsKey(hash));
    }

    [Fact]
    public void IngestMany_Reanalyze_RewritesUnchangedContent()
    {
        using var store = CorpusStore.Open(directory.File("again.db"), Build("build-1"));
        store.IngestMany([FixtureCorpus.Alder(), FixtureCorpus.Grove()]);
        var counts = Counts(store);
        var results = store.IngestMany([(FixtureCorpus.Alder(), (byte[]?)null), (FixtureCorpus.Grove(), null)], reanalyze: true);
        Assert.Equal([IngestStatus.Reanalyzed, IngestStatus.Reanalyzed], results.Select(r => r.Status));
        Assert.Equal(counts, Counts(store));
        Assert.Equal(2L, Scalar(store, "SELECT count(*) FROM documents"));
    }

    [Fact]
    public void Ingest_SameContentUnderAnotherPathFromOlderBuild_TakesItsPlace()
    {
        var path = directory.File("moved.db");
        using (var old = CorpusStore.Open(path, Build("build-1")))
        {
            old.Ingest(AlderAt("/fixture/first.txt"));
        }
        using var store = CorpusStore.Open(path, Build("build-2"));
        Assert.Equal(IngestStatus.Added, store.Ingest(AlderAt("/fixture/second.txt")).Status);
        Assert.Equal(1L, Scalar(store, "SELECT count(*) FROM documents"));
        Assert.Equal("/fixture/second.txt", Scalar(store, "SELECT path FROM documents"));
        var again = store.Ingest(AlderAt("/fixture/first.txt"));
        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal("/fixture/second.txt", again.StoredAs);
    }

    [Fact]
    public void Open_VersionThreeDatabase_MarksItsDocumentsStale()
    {
        var path = directory.File("v3.db");
        var alder = FixtureCorpus.Alder();
        using (var connection = new SqliteConnection(CorpusStore.ConnectionString(path, false, TimeSpan.FromSeconds(1))))
        {
            connection.Open();
            StoreMigrator.Migrate(connection, 3);
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO documents(id, path, content_hash, title, input_form, format, characters, ingested_at, text) VALUES (1, $path, $hash, 't', 'raw', 'text', 1, 'then', $text)";
            insert.Parameters.AddWithValue("$path", alder.Document.Path);
            insert.Parameters.AddWithValue("$hash", alder.Document.ContentHash);
            insert.Parameters.AddWithValue("$text", DocumentTextCodec.Compress("x"));
            insert.ExecuteNonQuery();
        }
        using var store = CorpusStore.Open(path);
        Assert.Equal(StoreSchema.CurrentVersion, store.SchemaVersion);
        Assert.Equal("", Scalar(store, "SELECT analyzer FROM documents"));
        Assert.Empty(store.StoredContent());
        Assert.Equal(IngestStatus.Reanalyzed, store.Ingest(alder).Status);
        Assert.Equal(AnalyzerVersion.Current, Scalar(store, "SELECT analyzer FROM documents"));
        Assert.Equal(2L, Scalar(store, "SELECT count(*) FROM opinions"));
    }

    [Fact]
    public void Cli_IngestReanalyze_AnalysesUnchangedFilesAgain()
    {
        var corpus = SampleCopies("reanalyze-corpus", 2);
        var database = directory.File("reanalyze.db");
        Assert.Contains("2 added", CliProcess.Run("ingest", corpus, "--db", database).Error);
        Assert.Contains("2 unchanged", CliProcess.Run("ingest", corpus, "--db", database).Error);
        var again = CliProcess.Run("ingest", corpus, "--db", database, "--reanalyze");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("2 reanalyzed", again.Error);
        using var connection = ReadOnly(database);
        Assert.Equal(2L, Query(connection, "SELECT count(*) FROM documents"));
        Assert.Equal("ok", Query(connection, "PRAGMA integrity_check"));
    }
}
