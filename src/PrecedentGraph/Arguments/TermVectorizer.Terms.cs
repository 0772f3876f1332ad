namespace PrecedentGraph.Arguments;

/// <summary>Reading words into term ids: lowercasing, stop words, folding and interning.</summary>
internal sealed partial class TermVectorizer
{
    /// <summary>Each lowercase word met to its term id, or -1 for a stop word: one lookup per word after the first.
    /// Every term is in it as a word too (a folded form is added when its term is made: "warrant" for "warrants"),
    /// so it alone tells whether a term exists.</summary>
    private readonly WordIdTable words;
    private readonly List<string> terms = [];
    private char[] buffer = new char[64];

    /// <summary>The term of an id.</summary>
    public string Term(int id) => terms[id];

    /// <summary>Appends the id of each content term of <paramref name="text"/>, in order (lowercased, stop words
    /// dropped, folded), interning terms not met before. Each word is lowercased into the buffer and hashed in the
    /// same pass, so a word met before costs one probe of <see cref="words"/>. Each word of two letters or more is
    /// fed to <paramref name="phrases"/> as well, where given.</summary>
    private void Tokenize(ReadOnlySpan<char> text, List<int> output, SharedPhrases? phrases = null)
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
            if (length >= 2)
            {
                phrases?.Word(hash);
            }
            if (length >= 3)
            {
                var word = buffer.AsSpan(0, length);
                var wordHash = WordIdTable.Fold(hash);
                if (!words.TryGet(word, wordHash, out var id))
                {
                    // not met, so no stop word (the table holds them all); its folded form may be one ("others")
                    var key = word.ToString();
                    var folded = FoldInPlace(word);
                    if (folded.Length == key.Length)
                    {
                        // a word that folds to itself, not in the table: no term has its letters yet
                        id = NewTerm(key);
                    }
                    else
                    {
                        // folding twice changes nothing: a folded form in the table has the id of its term, a stop
                        // word -1; one not there is a new term, added as a word of its own
                        var foldedHash = WordIdTable.Hash(folded);
                        if (!words.TryGet(folded, foldedHash, out id))
                        {
                            var term = folded.ToString();
                            id = NewTerm(term);
                            words.Add(term, foldedHash, id);
                        }
                    }
                    words.Add(key, wordHash, id);
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

    /// <summary>Numbers a term not met before.</summary>
    private int NewTerm(string term)
    {
        var id = terms.Count;
        terms.Add(term);
        if (ranked >= 0)
        {
            // met after counting: a term no paragraph of the decision holds, document frequency 0
            inverse.Add(Math.Log((Documents + 1.0) / 1.0) + 1.0);
        }
        return id;
    }
}
