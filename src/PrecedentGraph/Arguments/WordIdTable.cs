namespace PrecedentGraph.Arguments;

/// <summary>The lowercase words a <see cref="TermVectorizer"/> has met, each with its term id (or -1 for a stop
/// word): an open-addressing table probed with the hash the tokenizer computes while it lowercases a word, so a
/// word met before costs one hash-slot comparison and no string. One instance serves one decision on one thread.</summary>
internal sealed class WordIdTable
{
    private int[] hashes;
    private string?[] keys;
    private int[] values;
    private int count;

    /// <param name="capacity">About how many slots to start with (rounded up to a power of two): the table is kept
    /// at most half full, so this many slots hold half as many words without growing.</param>
    public WordIdTable(int capacity = 1024)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity));
        hashes = new int[size];
        keys = new string?[size];
        values = new int[size];
    }

    /// <summary>The 64-bit FNV-1a step that folds one (lowercased) character into a word's hash (the word's key in
    /// <see cref="SharedPhrases"/> as well; <see cref="Fold"/> makes it this table's).</summary>
    public static ulong Step(ulong hash, char c) => (hash ^ c) * 1099511628211UL;

    /// <summary>The seed of <see cref="Step"/>.</summary>
    public const ulong Seed = 14695981039346656037UL;

    /// <summary>This table's hash of a word from its 64-bit hash.</summary>
    public static int Fold(ulong hash) => (int)(hash ^ (hash >> 32));

    /// <summary>This table's hash of a whole (lowercase) word, as <see cref="Step"/> and <see cref="Fold"/> build it.</summary>
    public static int Hash(ReadOnlySpan<char> word)
    {
        var hash = Seed;
        foreach (var c in word)
        {
            hash = Step(hash, c);
        }
        return Fold(hash);
    }

    /// <summary>The id of <paramref name="word"/> (whose hash is <paramref name="hash"/>), or false when not met.</summary>
    public bool TryGet(ReadOnlySpan<char> word, int hash, out int id)
    {
        var mask = keys.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var key = keys[slot];
            if (key is null)
            {
                id = 0;
                return false;
            }
            if (hashes[slot] == hash && word.SequenceEqual(key))
            {
                id = values[slot];
                return true;
            }
        }
    }

    /// <summary>Adds a word not met before.</summary>
    public void Add(string word, int hash, int id)
    {
        if ((count + 1) * 2 > keys.Length)
        {
            Grow();
        }
        Insert(word, hash, id);
        count++;
    }

    /// <summary>Rewrites every non-negative id through <paramref name="renumbered"/>.</summary>
    public void Renumber(int[] renumbered)
    {
        for (var slot = 0; slot < keys.Length; slot++)
        {
            if (keys[slot] is not null && values[slot] >= 0)
            {
                values[slot] = renumbered[values[slot]];
            }
        }
    }

    private void Insert(string word, int hash, int id)
    {
        var mask = keys.Length - 1;
        var slot = hash & mask;
        while (keys[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }
        keys[slot] = word;
        hashes[slot] = hash;
        values[slot] = id;
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldHashes = hashes;
        var oldValues = values;
        keys = new string?[oldKeys.Length * 2];
        hashes = new int[oldKeys.Length * 2];
        values = new int[oldKeys.Length * 2];
        for (var slot = 0; slot < oldKeys.Length; slot++)
        {
            if (oldKeys[slot] is { } key)
            {
                Insert(key, oldHashes[slot], oldValues[slot]);
            }
        }
    }
}
