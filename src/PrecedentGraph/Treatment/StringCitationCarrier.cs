using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Carries the label of a citation to the next one of the same string citation ("See X; Y; Z." after a
/// lead-in; "X; Y." after a sentence deploring a trend): a citation with no cue of its own that follows another with
/// nothing but separators between them ("; ", ", ", "; and ") takes its label. Signals are already carried within a
/// sentence by <see cref="SignalFinder"/>; this also covers cues that decided only the head of the string (a
/// lead-in sentence, an actor, a phrase before the first citation) and strings a false sentence split cut.</summary>
internal static class StringCitationCarrier
{
    /// <summary>Prefix of the cue of a carried label.</summary>
    public const string Label = "string citation: ";

    private const int MaxGap = 12;

    public static bool Carries(string text, CitationTreatment previous, CitationTreatment current)
    {
        if (current.Cue != TreatmentCueTable.Default.Phrase || previous.Confidence <= current.Confidence
            || previous.Cue == TreatmentCueTable.OwnDissent || previous.Cue == TreatmentCueTable.Default.Phrase
            || previous.Cue == TreatmentCueTable.InsideQuotation.Phrase || previous.Citation.OpinionIndex != current.Citation.OpinionIndex)
        {
            return false;
        }
        var from = previous.Citation.Mention.Span.End;
        var to = current.Citation.Mention.Span.Start;
        if (from > to || to - from > MaxGap || to > text.Length)
        {
            return false;
        }
        var separator = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is ';' or ',')
            {
                separator = true;
            }
            else if (!char.IsWhiteSpace(c) && !IsAnd(text, i, to, ref i))
            {
                return false;
            }
        }
        return separator;
    }

    /// <summary>"and" standing as a word at <paramref name="at"/>; moves <paramref name="at"/> to its last letter.</summary>
    private static bool IsAnd(string text, int at, int to, ref int i)
    {
        if (at + 3 <= to && string.CompareOrdinal(text, at, "and", 0, 3) == 0 && (at + 3 == to || !char.IsLetter(text[at + 3])))
        {
            i = at + 2;
            return true;
        }
        return false;
    }
}
