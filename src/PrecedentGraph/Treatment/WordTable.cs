namespace PrecedentGraph.Treatment;

/// <summary>One string per distinct word of a document: the words of every sentence are looked up here rather than
/// allocated anew, so a document's sentences share their word strings. Not thread-safe (one per document).</summary>
internal sealed class WordTable
{
    private readonly Dictionary<string, string> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordTable()
    {
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Intern(ReadOnlySpan<char> word)
    {
        if (!lookup.TryGetValue(word, out var text))
        {
            text = word.ToString();
            lookup[word] = text;
        }
        return text;
    }
}
