namespace PrecedentGraph.Treatment;

/// <summary>Shares word strings between the sentences of a document: a small direct-mapped cache (a word's slot
/// comes from its length and letters) that keeps the last word seen in each slot, so that frequent words ("the",
/// "court", "see") are allocated once rather than in every sentence. Not thread-safe (one per document).</summary>
internal sealed class WordTable
{
    private const int Slots = 1024;

    private readonly string?[] words = new string?[Slots];

    /// <summary>Scratch space for the words of the sentence being read (see <see cref="WordSequence.Of(string, Model.TextSpan, WordTable)"/>).</summary>
    public List<Word> Words { get; } = [];

    /// <summary>Work done reading and searching the document's words (characters read, words looked at, phrases
    /// tried): a measure of effort that tests can hold to be linear in the text, where a clock could not.</summary>
    public long Steps { get; private set; }

    public void Step(int count) => Steps += count;

    public string Intern(ReadOnlySpan<char> word)
    {
        var slot = Slot(word);
        var known = words[slot];
        if (known is not null && word.SequenceEqual(known))
        {
            return known;
        }
        var text = word.ToString();
        words[slot] = text;
        return text;
    }

    private static int Slot(ReadOnlySpan<char> word)
    {
        var hash = (uint)word.Length * 0x9E3779B1u;
        hash ^= word.Length > 0 ? word[0] * 0x85EBCA6Bu : 0;
        hash ^= word.Length > 1 ? word[^1] * 0xC2B2AE35u : 0;
        hash ^= word.Length > 2 ? word[word.Length / 2] * 0x27D4EB2Fu : 0;
        return (int)((hash ^ (hash >> 15)) % Slots);
    }
}
