using System.CommandLine;
using PrecedentGraph.Analysis;
using PrecedentGraph.Citations;
using PrecedentGraph.Corpus;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Cli;

/// <summary>`--names-from DB|FOLDER`: case names learned from raw text, which help find name-only citations in
/// normalized text: those a store learned on ingest, or those the raw opinions in a folder cite with reporters.</summary>
internal static class LearnedNames
{
    public static Option<string?> Option() => new("--names-from")
    {
        Description = "A store, or a folder of opinions, whose case names read with reporter citations help find name-only citations in normalized text.",
    };

    /// <summary>The analysis options reading normalized text with the names <paramref name="source"/> teaches
    /// (none when it is null).</summary>
    public static AnalysisOptions Options(string? source)
    {
        if (source is null)
        {
            return AnalysisOptions.Default;
        }
        if (Directory.Exists(source))
        {
            // Unreadable files in a folder teach nothing; they are not the files asked about.
            var documents = CorpusFiles.Enumerate(source).Select(Readable).OfType<SourceDocument>();
            return new AnalysisOptions(new CitationFinderOptions(new CaseNameLearner().Learn(documents)));
        }
        if (!File.Exists(source))
        {
            throw new InputException(source, "no such database or folder (run map or ingest first)");
        }
        using var store = CorpusStore.Open(source, StoreOptions.Query);
        return new AnalysisOptions(new CitationFinderOptions(new StoreQueries(store).LearnedCaseNames()));
    }

    private static SourceDocument? Readable(string path)
    {
        try
        {
            return DocumentReader.ReadFile(path);
        }
        catch (InputException)
        {
            return null;
        }
    }
}
