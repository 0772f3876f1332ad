using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Carries a lead-in sentence's negative label past a bare citation sentence to the citation sentence
/// after it ("Other cases relied upon by the Court were decided upon other grounds. X, 1 U.S. 2. See also Y, 3
/// U.S. 4."): both back up the same lead-in. The earlier citation must have been labelled by the lead-in
/// ("sentence before: ..."), stand in the sentence right before, and the later one must open its sentence, at most
/// behind a supporting signal, with no cue of its own beyond that signal and no prose after it.</summary>
internal static class LeadInCarrier
{
    /// <summary>Prefix of the cue of a carried label.</summary>
    public const string Label = "citation sentence after a lead-in: ";

    private const string LeadIn = "sentence before: ";
    private const int SignalReach = 16;

    public static bool Carries(string text, CitationTreatment previous, CitationTreatment current, TextSpan? before)
    {
        if (!previous.Cue.StartsWith(LeadIn, StringComparison.Ordinal) && !previous.Cue.StartsWith(Label, StringComparison.Ordinal)
            || previous.Citation.OpinionIndex != current.Citation.OpinionIndex
            || before is not { } lead || lead != previous.Sentence || current.Relation != TreatmentRelation.ReliesOn
            || current.Confidence >= previous.Confidence)
        {
            return false;
        }
        var start = current.Citation.Mention.Span.Start;
        if (start < current.Sentence.Start || start - current.Sentence.Start > SignalReach || start > text.Length)
        {
            return false;
        }
        // only a signal may stand before the citation in its sentence ("See also", "E. g.,", "Cf.")
        var head = WordSequence.Of(text, new TextSpan(current.Sentence.Start, start - current.Sentence.Start)).Words;
        var signalOnly = head.Count == 0 || current.Cue != TreatmentCueTable.Default.Phrase && head.All(w => w.Text is "see" or "also" or "e" or "g" or "cf" or "accord");
        // a case opening a sentence of prose ("Y, 3 U.S. 4, held that ...") is its subject, not a citation sentence
        return signalOnly && !CitationSentenceReader.ProseFollows(text, current.Citation.Mention.Span, current.Sentence.End);
    }
}
