namespace PrecedentGraph.Citations;

/// <summary>A set of lowercase words that answers for spans of text without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(IEnumerable<string> words, bool ignoreCase = false)
    {
        this.words = new HashSet<string>(words, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        lookup = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => words.Count;

    public bool Contains(string word) => words.Contains(word);

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
