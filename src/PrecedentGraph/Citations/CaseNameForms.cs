using System.Collections.Concurrent;
using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>What resolution reads from a case name, worked out once per distinct name for the whole run rather than at
/// every citation of every document (the corpus cites the same few thousand cases again and again): a full citation's
/// label, distinctive words and key, and a name's words without "v". Each is a pure function of the name (and the text
/// form), so the answers are the same; the caches are shared by every thread and emptied when they grow large.</summary>
internal static class CaseNameForms
{
    // A bound on memory, not on speed: at 200,000 entries (a word set each) the caches held about 110 MB by the end of
    // the corpus (peak working set of `bench --no-store` 153 -> 270 MB); the corpus's names that recur fit well within this.
    private const int MaxEntries = 16_384;

    private static readonly ConcurrentDictionary<string, (string Label, HashSet<string> Words, string Key)> RawFull = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, (string Label, HashSet<string> Words, string Key)> NormalizedFull = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string[]> NameWords = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string[]> Distinctive = new(StringComparer.Ordinal);

    /// <summary>The name's distinctive words (<see cref="ReferenceFinder.DistinctiveWords"/>), in order. Shared: never
    /// change it.</summary>
    public static string[] DistinctiveWords(string name)
    {
        if (Distinctive.TryGetValue(name, out var words))
        {
            return words;
        }
        words = [.. ReferenceFinder.DistinctiveWords(name)];
        Store(Distinctive, name, words);
        return words;
    }

    /// <summary>The label of a full citation's name (<see cref="CaseLabelFormatter.FromRaw"/>, or the normalized
    /// label), its distinctive words (<see cref="ReferenceFinder.DistinctiveWords"/>) and its key
    /// (<see cref="CaseKeyBuilder.FromLabel"/>). The set is shared: read it, never change it.</summary>
    public static (string Label, HashSet<string> Words, string Key) Full(InputForm form, string name)
    {
        var cache = form == InputForm.Raw ? RawFull : NormalizedFull;
        if (cache.TryGetValue(name, out var forms))
        {
            return forms;
        }
        var label = form == InputForm.Raw ? CaseLabelFormatter.FromRaw(name) : CitationResolver.NormalizedLabel(name);
        forms = (label, ReferenceFinder.DistinctiveWords(label).ToHashSet(StringComparer.Ordinal), CaseKeyBuilder.FromLabel(label));
        Store(cache, name, forms);
        return forms;
    }

    /// <summary>The name's lowercase words without "v" (<see cref="CaseKeyBuilder.Words"/>). Shared: never change it.</summary>
    public static string[] Words(string name)
    {
        if (NameWords.TryGetValue(name, out var words))
        {
            return words;
        }
        words = CaseKeyBuilder.Words(name).Where(w => w != "v").ToArray();
        Store(NameWords, name, words);
        return words;
    }

    // entries added since the caches were last emptied, counted apart: ConcurrentDictionary.Count takes every lock of
    // the table (up to 1,024 once it has grown), which at each new name cost more than the work the cache saves
    private static int stored;

    private static void Store<T>(ConcurrentDictionary<string, T> cache, string name, T value)
    {
        if (Interlocked.Increment(ref stored) >= MaxEntries)
        {
            Interlocked.Exchange(ref stored, 0);
            RawFull.Clear();
            NormalizedFull.Clear();
            NameWords.Clear();
            Distinctive.Clear();
        }
        cache.TryAdd(name, value);
    }
}
