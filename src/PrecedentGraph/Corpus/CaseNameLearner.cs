using PrecedentGraph.Citations;
using PrecedentGraph.Model;
using PrecedentGraph.Segmentation;

namespace PrecedentGraph.Corpus;

/// <summary>Learns case names from opinions that cite with reporters ("Terry v. Ohio, 392 U.S. 1"), to help find
/// name-only citations in normalized text (<see cref="CitationFinderOptions.KnownCaseNames"/>). These are the names
/// a store learns on ingest (<c>StoreQueries.LearnedCaseNames</c>: cases with a reporter citation whose label has
/// "v."), learned here straight from files, without a store. Runs segmentation, citation finding and resolution
/// only; stateless and safe to share between threads.</summary>
public sealed class CaseNameLearner
{
    private readonly OpinionSegmenter segmenter = new();
    private readonly CitationFinder finder = new(CitationFinderOptions.Default);
    private readonly CitationResolver resolver = new();

    /// <summary>The names one document teaches: each case it cites with a reporter citation, as labelled ("X v. Y").
    /// Normalized text teaches nothing: it has no reporters.</summary>
    public IReadOnlyList<string> Names(SourceDocument document)
    {
        var citations = finder.Find(document);
        if (citations.Cases.Count == 0)
        {
            return [];
        }
        var resolution = resolver.Resolve(document, segmenter.Segment(document), citations);
        return resolution.Cases
            .Where(c => c.PrimaryCitation is not null && c.Label.Contains(" v. ", StringComparison.Ordinal))
            .Select(c => c.Label)
            .ToList();
    }

    /// <summary>The names all <paramref name="documents"/> teach, distinct and in ordinal order whatever the order
    /// in which the documents were read (documents are read on all cores).</summary>
    public IReadOnlyList<string> Learn(IEnumerable<SourceDocument> documents) =>
        documents.AsParallel()
            .SelectMany(Names)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
