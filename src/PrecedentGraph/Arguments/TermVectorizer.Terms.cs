namespace PrecedentGraph.Arguments;

/// <summary>Reading words into term ids: lowercasing, stop words, folding and interning.</summary>
internal sealed partial class TermVectorizer
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>Each lowercase word met to its term id, or -1 for a stop word: one lookup per word after the first.</summary>
    private readonly WordIdTable words = new();
    private readonly List<string> terms = [];
    private char[] buffer = new char[64];

    /// <summary>The term of an id.</summary>
    public string Term(int id) => terms[id];

    /// <summary>Appends the id of each content term of <paramref name="text"/>, in order (lowercased, stop words
    /// dropped, folded), interning terms not met before. Each word is lowercased into the buffer and hashed in the
    /// same pass, so a word met before costs one probe of <see cref="words"/>.</summary>
    private void Tokenize(ReadOnlySpan<char> text, List<int> output)
    {
        var length = 0;
        var hash = WordIdTable.Seed;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length)
            {
                var c = text[i];
                char lower;
                if (c < 128)
                {
                    if ((uint)((c | 0x20) - 'a') > 'z' - 'a')
                    {
                        goto End;
                    }
                    lower = (char)(c | 0x20);
                }
                else if (char.IsLetter(c))
                {
                    lower = char.ToLowerInvariant(c);
                }
                else
                {
                    goto End;
                }
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
                buffer[length++] = lower;
                hash = WordIdTable.Step(hash, lower);
                continue;
            }
        End:
            if (length >= 3)
            {
                var word = buffer.AsSpan(0, length);
                if (!words.TryGet(word, hash, out var id))
                {
                    // not met, so no stop word (the table holds them all); its folded form may be one ("others")
                    var key = word.ToString();
                    var folded = FoldInPlace(word);
                    if (folded.Length == key.Length)
                    {
                        id = Intern(folded, key);
                    }
                    else if (!words.TryGet(folded, WordIdTable.Hash(folded), out id))
                    {
                        // folding twice changes nothing: a folded form met as a word has the id of its term, a stop
                        // word -1; one not met is a term of its own
                        id = Intern(folded, null);
                    }
                    words.Add(key, hash, id);
                }
                if (id >= 0)
                {
                    output.Add(id);
                }
            }
            length = 0;
            hash = WordIdTable.Seed;
        }
    }

    /// <summary>Folds plural and possessive endings so "warrants" and "warrant" count as one term, in the
    /// lowercase buffer (which has room for one more character).</summary>
    private static Span<char> FoldInPlace(Span<char> word)
    {
        if (word.Length > 4 && word.EndsWith("ies"))
        {
            word[^3] = 'y';
            return word[..^2];
        }
        if (word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is"))
        {
            return word[..^1];
        }
        return word;
    }

    /// <param name="text">The term as a string when the caller has one already.</param>
    private int Intern(ReadOnlySpan<char> term, string? text)
    {
        if (lookup.TryGetValue(term, out var id))
        {
            return id;
        }
        text ??= term.ToString();
        id = terms.Count;
        ids[text] = id;
        terms.Add(text);
        // a term no paragraph of the decision holds: document frequency 0
        inverse.Add(Math.Log((Documents + 1.0) / 1.0) + 1.0);
        return id;
    }
}
