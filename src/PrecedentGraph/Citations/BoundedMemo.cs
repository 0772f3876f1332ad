using System.Collections.Concurrent;

namespace PrecedentGraph.Citations;

/// <summary>The answers of a pure function of a string, kept for the whole run and shared by every thread, emptied
/// when <c>capacity</c> answers have been stored since it was last emptied: the same names and reporters come back in
/// every document, and the bound keeps memory from growing with the corpus.</summary>
internal sealed class BoundedMemo<TValue>(int capacity, Func<string, TValue> compute)
{
    private readonly ConcurrentDictionary<string, TValue> answers = new(StringComparer.Ordinal);

    // answers stored since the memo was last emptied, counted apart: ConcurrentDictionary.Count takes every lock of
    // the table (up to 1,024 once it has grown), which at each new key cost more than the work the memo saves
    private int stored;

    public TValue this[string key]
    {
        get
        {
            if (answers.TryGetValue(key, out var value))
            {
                return value;
            }
            value = compute(key);
            if (Interlocked.Increment(ref stored) >= capacity)
            {
                Interlocked.Exchange(ref stored, 0);
                answers.Clear();
            }
            answers.TryAdd(key, value);
            return value;
        }
    }
}
