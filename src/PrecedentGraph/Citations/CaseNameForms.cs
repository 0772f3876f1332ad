using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>What resolution reads from a case name, worked out once per distinct name for the whole run rather than at
/// every citation of every document (the corpus cites the same few thousand cases again and again): a full citation's
/// label, distinctive words and key, and a name's words without "v". Each is a pure function of the name (and the text
/// form), so the answers are the same.</summary>
internal static class CaseNameForms
{
    // A bound on memory, not on speed: at 200,000 entries in all (a word set each) the caches held about 110 MB by the
    // end of the corpus (peak working set of `bench --no-store` 153 -> 270 MB); the names that recur fit well within this.
    private const int Capacity = 8_192;

    private static readonly BoundedMemo<(string Label, HashSet<string> Words, string Key)> RawFull = new(Capacity, static name => Compute(InputForm.Raw, name));
    private static readonly BoundedMemo<(string Label, HashSet<string> Words, string Key)> NormalizedFull = new(Capacity, static name => Compute(InputForm.Normalized, name));
    private static readonly BoundedMemo<string[]> NameWords = new(Capacity, static name => CaseKeyBuilder.Words(name).Where(w => w != "v").ToArray());
    private static readonly BoundedMemo<string[]> Distinctive = new(Capacity, static name => [.. ReferenceFinder.DistinctiveWords(name)]);

    /// <summary>The name's distinctive words (<see cref="ReferenceFinder.DistinctiveWords"/>), in order. Shared: never
    /// change it.</summary>
    public static string[] DistinctiveWords(string name) => Distinctive[name];

    /// <summary>The label of a full citation's name (<see cref="CaseLabelFormatter.FromRaw"/>, or the normalized
    /// label), its distinctive words (<see cref="ReferenceFinder.DistinctiveWords"/>) and its key
    /// (<see cref="CaseKeyBuilder.FromLabel"/>). The set is shared: read it, never change it.</summary>
    public static (string Label, HashSet<string> Words, string Key) Full(InputForm form, string name) =>
        form == InputForm.Raw ? RawFull[name] : NormalizedFull[name];

    /// <summary>The name's lowercase words without "v" (<see cref="CaseKeyBuilder.Words"/>). Shared: never change it.</summary>
    public static string[] Words(string name) => NameWords[name];

    private static (string Label, HashSet<string> Words, string Key) Compute(InputForm form, string name)
    {
        var label = form == InputForm.Raw ? CaseLabelFormatter.FromRaw(name) : CitationResolver.NormalizedLabel(name);
        return (label, ReferenceFinder.DistinctiveWords(label).ToHashSet(StringComparer.Ordinal), CaseKeyBuilder.FromLabel(label));
    }
}
