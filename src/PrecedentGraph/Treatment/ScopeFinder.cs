namespace PrecedentGraph.Treatment;

/// <summary>Finds where a cue row stands relative to a citation, as its <see cref="CueScope"/> allows.</summary>
internal static class ScopeFinder
{
    private const int BeforeReach = 3;
    private const int AfterReach = 4;
    private const int ClauseReach = 8;
    private const int LeadStart = 1;
    private const int LeadReach = 10;

    /// <summary>The first start of <paramref name="cue"/> where its scope allows it, or -1, from the places it
    /// stands in the sentence (<paramref name="starts"/>, ascending): a few binary searches per citation, so that
    /// a sentence holding hundreds of citations is not rescanned for each.</summary>
    public static int FirstHit(int[] starts, WordSequence words, TreatmentCue cue, int first, int last)
    {
        var count = words.Count;
        var n = cue.Words.Count;
        switch (cue.Scope)
        {
            case CueScope.Before:
            {
                var s = WordSequence.FirstAtOrAfter(starts, Math.Max(0, first - BeforeReach - n));
                return s >= 0 && s <= Math.Min(first, count) - n ? s : -1;
            }
            case CueScope.After:
            {
                var s = WordSequence.FirstAtOrAfter(starts, Math.Max(0, last));
                return s >= 0 && s <= Math.Min(last + AfterReach + n, count) - n ? s : -1;
            }
            case CueScope.Clause:
            {
                // the nearest start before the citation, its words running up to the citation unbroken
                var k = Array.BinarySearch(starts, first - n);
                k = k < 0 ? ~k - 1 : k;
                if (k < 0)
                {
                    return -1;
                }
                var s = starts[k];
                if (s + n > first || first - (s + n) > ClauseReach)
                {
                    return -1;
                }
                for (var w = s + n; w <= Math.Min(first, count - 1); w++)
                {
                    if (words.Words[w].AfterBreak)
                    {
                        return -1;
                    }
                }
                return s;
            }
            case CueScope.Lead:
            {
                var limit = Math.Min(LeadStart + n, count) - n;
                foreach (var s in starts)
                {
                    if (s > limit)
                    {
                        break;
                    }
                    if (s + n <= first && first - (s + n) <= LeadReach)
                    {
                        return s;
                    }
                }
                return -1;
            }
            case CueScope.SentenceBefore:
                return starts[0] + n <= first ? starts[0] : -1;
            case CueScope.Sentence:
                // the first place not overlapping the citation: before it, else the first at or after its end
                return starts[0] + n <= first ? starts[0] : WordSequence.FirstAtOrAfter(starts, last);
            default:
                return -1;
        }
    }
}
