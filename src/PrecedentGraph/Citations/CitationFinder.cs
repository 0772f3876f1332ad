using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>Finds case citations (full, short, supra, id., references), provisions and internal references in
/// raw or normalized opinion text. Finding never resolves: see <see cref="CitationResolver"/>.</summary>
public sealed class CitationFinder(CitationFinderOptions options)
{
    private readonly KnownCaseNames known = new(options.KnownCaseNames);

    public CitationFinderOptions Options { get; } = options;

    public CitationResult Find(SourceDocument document)
    {
        var text = document.Text;
        var header = DecisionHeaderReader.Read(text, document.Form, document.TitleHint);
        var mentions = new List<CaseMention>();
        var records = new List<TextSpan>();
        var diagnostics = new List<Diagnostic>();
        if (document.Form == InputForm.Raw)
        {
            RawCitationFinder.Find(RawCitationFinder.BlankPageMarkers(text, header.BodyStart), mentions, records);
        }
        else
        {
            new NormalizedCitationFinder(known).Find(text, header.BodyStart, mentions, records);
        }
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        ReferenceFinder.Find(text, document.Form, header.BodyStart, mentions, header.Words);
        if (document.Form == InputForm.Normalized)
        {
            PartyReferenceFinder.Find(text, header.BodyStart, mentions, header.Words);
        }
        else
        {
            RawPhraseReferenceFinder.Find(text, header.BodyStart, mentions, header.Words);
        }
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var ordered = new List<CaseMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            ordered.Add(mention with { Index = ordered.Count });
        }

        var provisions = new List<ProvisionMention>();
        ProvisionFinder.Find(text, header.BodyStart, provisions);
        var references = new List<InternalReference>();
        InternalReferenceFinder.Find(text, document.Form, header.BodyStart, references);
        if (ordered.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "citations-none", "no case citation found"));
        }
        return new CitationResult(ordered, provisions, references, diagnostics) { RecordCitations = records, DecidedCaseWords = header.Words };
    }
}
