using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Finds the Bluebook signal heading a citation's clause.</summary>
internal static class SignalFinder
{
    private static readonly IReadOnlyList<TreatmentCue> Signals = TreatmentCueTable.Cues.Where(c => c.Scope == CueScope.Signal).ToList();
    private static readonly int[] SignalRows =
        Enumerable.Range(0, TreatmentCueTable.Cues.Count).Where(i => TreatmentCueTable.Cues[i].Scope == CueScope.Signal).ToArray();
    private static readonly TreatmentCue Compare = Signals.Single(s => s.Phrase == "compare");

    /// <summary>The signal of the citation's clause: the finder's, else the last clause-initial signal before
    /// the citation in its sentence (a string citation keeps its signal until the next one).</summary>
    public static (TreatmentCue? Signal, int Start) Find(CaseMention mention, WordSequence words, int first)
    {
        if (mention.Signal is { Length: > 0 } given)
        {
            var known = KnownSignal(given);
            var scanned = ScanSignal(words, first);
            if (known is not null && !(known.Relation == TreatmentRelation.ReliesOn && ReferenceEquals(scanned.Signal, Compare)) && !(scanned.Signal is { } longer && longer.Words.Count > known.Words.Count && longer.Words.Take(known.Words.Count).SequenceEqual(known.Words)))
            {
                // the finder's signal, unless it cut a longer one short ("see" of "see generally")
                var at = Math.Max(0, first - known.Words.Count);
                return (known, words.MatchesAt(known.Words, at) ? at : -1);
            }
            return scanned;
        }
        return ScanSignal(words, first);
    }

    /// <summary>The signal row the finder's signal text names ("See, e. g.," is "see e g"), or null; a document
    /// writes a few signals many times, so each text is read once (a bounded cache, shared by the threads).</summary>
    private static TreatmentCue? KnownSignal(string given)
    {
        if (KnownSignals.TryGetValue(given, out var cached))
        {
            return cached;
        }
        var canonical = string.Join(' ', WordSequence.Of(given, new TextSpan(0, given.Length)).Words.Select(w => w.Text));
        var known = Signals.FirstOrDefault(s => s.Phrase == canonical);
        if (KnownSignals.Count < MaxKnownSignals)
        {
            KnownSignals.TryAdd(given, known);
        }
        return known;
    }

    /// <summary>The first signal standing at word <paramref name="at"/> and ending at word <paramref name="end"/>, or null.</summary>
    private static TreatmentCue? FirstEndingAt(WordSequence words, int at, int end)
    {
        foreach (var signal in Signals)
        {
            if (at + signal.Words.Count == end && words.MatchesAt(signal.Words, at))
            {
                return signal;
            }
        }
        return null;
    }

    private const int MaxKnownSignals = 4096;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TreatmentCue?> KnownSignals = new(StringComparer.Ordinal);

    private static (TreatmentCue? Signal, int Start) ScanSignal(WordSequence words, int first)
    {
        // only the places where some signal stands, from the citation backwards
        var starts = words.Hits(PhraseSet.Cues).StartsOfAny(SignalRows);
        var k = Array.BinarySearch(starts, first);
        for (k = (k < 0 ? ~k : k) - 1; k >= 0; k--)
        {
            var i = starts[k];
            words.Step();
            if (!words.Words[i].AfterBreak)
            {
                continue;
            }
            TreatmentCue? found = null;
            foreach (var signal in Signals)
            {
                // the longest signal starting here (the first of equals) that ends before the citation
                if ((found is null || signal.Words.Count > found.Words.Count) && i + signal.Words.Count <= first && words.MatchesAt(signal.Words, i))
                {
                    found = signal;
                }
            }
            if (found is null)
            {
                continue;
            }
            // "see e g" rather than its tail "e g": a longer signal ending at the same word wins
            var end = i + found.Words.Count;
            var start = i;
            for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
            {
                var longer = FirstEndingAt(words, j, end);
                if (longer is not null && words.Words[j].AfterBreak)
                {
                    found = longer;
                    start = j;
                }
            }
            if (found.Relation == TreatmentRelation.ReliesOn && start > 0 && words.Words[start - 1].Text == "with")
            {
                // "Compare X, with, e.g., Y": the second half of a comparison keeps its signal
                for (var j = k - 1; j >= 0; j--)
                {
                    var c = starts[j];
                    if (words.Words[c].AfterBreak && words.Words[c].Text == Compare.Words[0] && c + 1 < start)
                    {
                        return (Compare, c);
                    }
                }
            }
            return (found, start);
        }
        return (null, -1);
    }
}
