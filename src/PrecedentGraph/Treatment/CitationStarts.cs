using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Where the citations of a document start, in the order of its treatments (by position): the passes that
/// relabel the citations of a sentence or a footnote find them here by binary search.</summary>
internal static class CitationStarts
{
    /// <summary>The start of each treatment's citation, ascending.</summary>
    public static int[] Of(IReadOnlyList<CitationTreatment> treatments)
    {
        var starts = new int[treatments.Count];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = treatments[i].Citation.Mention.Span.Start;
        }
        return starts;
    }

    /// <summary>Whether a citation starts inside <paramref name="span"/> (<see cref="Within"/> not empty), found by
    /// binary search without an enumerator.</summary>
    public static bool AnyWithin(int[] starts, TextSpan span)
    {
        var from = Array.BinarySearch(starts, span.Start);
        from = from < 0 ? ~from : from;
        while (from > 0 && starts[from - 1] == span.Start)
        {
            from--;
        }
        return from < starts.Length && starts[from] < span.End;
    }

    /// <summary>The indexes of the citations starting inside <paramref name="span"/>.</summary>
    public static IEnumerable<int> Within(int[] starts, TextSpan span)
    {
        var from = Array.BinarySearch(starts, span.Start);
        from = from < 0 ? ~from : from;
        while (from > 0 && starts[from - 1] == span.Start)
        {
            from--;
        }
        for (var i = from; i < starts.Length && starts[i] < span.End; i++)
        {
            yield return i;
        }
    }
}
