using System.Buffers;

namespace PrecedentGraph.Arguments;

/// <summary>Several cue gates asked of one text at once: one vectorized search for the words of all of them, in
/// place of one search per gate, tells which gates pass. Each place where some word occurs is read once, for the
/// words starting with its letter; a gate passes exactly when its own <see cref="CueGate.MayMatch"/> would. A gate
/// that is absent (null) always passes. Immutable: shared by the documents extracted in parallel.</summary>
internal sealed class CueGateSet
{
    private const int MaximumGates = 64;

    private readonly SearchValues<string> all;

    /// <summary>For each lowercase ASCII letter, the words opening on it, with the gates holding each.</summary>
    private readonly (string Word, ulong Gates)[][] byLetter = new (string Word, ulong Gates)[26][];

    /// <summary>Every word with the gates holding it, for a place opening on any other character.</summary>
    private readonly (string Word, ulong Gates)[] everyWord;

    private readonly ulong ungated;
    private readonly ulong withK;
    private readonly ulong full;

    public CueGateSet(IReadOnlyList<CueGate?> gates)
    {
        if (gates.Count > MaximumGates)
        {
            throw new ArgumentException($"at most {MaximumGates} gates", nameof(gates));
        }
        Count = gates.Count;
        full = gates.Count == MaximumGates ? ulong.MaxValue : (1UL << gates.Count) - 1;
        var owners = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < gates.Count; i++)
        {
            var bit = 1UL << i;
            if (gates[i] is not { } gate)
            {
                ungated |= bit;
                continue;
            }
            if (gate.HasK)
            {
                withK |= bit;
            }
            foreach (var word in gate.Words)
            {
                owners[word] = owners.GetValueOrDefault(word) | bit;
            }
        }
        everyWord = owners.Select(o => (o.Key, o.Value)).ToArray();
        all = SearchValues.Create(owners.Keys.ToArray(), StringComparison.OrdinalIgnoreCase);
        for (var letter = 0; letter < 26; letter++)
        {
            var c = (char)('a' + letter);
            byLetter[letter] = everyWord.Where(w => (w.Word[0] | 0x20) == c).ToArray();
        }
    }

    /// <summary>How many gates the set holds.</summary>
    public int Count { get; }

    /// <summary>The gates that pass <paramref name="text"/>, bit i for gate i.</summary>
    public ulong Open(ReadOnlySpan<char> text)
    {
        var open = ungated;
        if (withK != 0 && text.Contains(CueGate.Kelvin))
        {
            open |= withK;
        }
        var from = 0;
        while (open != full)
        {
            var at = text[from..].IndexOfAny(all);
            if (at < 0)
            {
                break;
            }
            at += from;
            var rest = text[at..];
            var first = rest[0];
            var letter = (first | 0x20) - 'a';
            var candidates = first < 128 && (uint)letter < 26 ? byLetter[letter] : everyWord;
            var found = false;
            foreach (var (word, gates) in candidates)
            {
                if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    open |= gates;
                    found = true;
                }
            }
            if (!found)
            {
                // the search matched a place no word here starts at (a case folding of its own): every gate passes,
                // as passing is always safe
                return full;
            }
            from = at + 1;
        }
        return open;
    }

    /// <summary>Whether gate <paramref name="index"/> is among <paramref name="open"/>.</summary>
    public static bool Passes(ulong open, int index) => (open & (1UL << index)) != 0;
}
