using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Turns text into TF-IDF vectors over content words (stop words dropped, plurals folded), with the
/// document frequencies taken from the paragraphs of one decision. Each term is interned once as an id; the
/// decision's vocabulary is numbered in ordinal term order, so vectors are sorted id arrays and cosine is a
/// merge. One instance serves one decision on one thread.</summary>
internal sealed class TermVectorizer
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>Each lowercase word met to its term id, or -1 for a stop word: one lookup per word after the first.</summary>
    private readonly WordIdTable words = new();
    private readonly List<string> terms = [];
    private readonly List<double> inverse = [];

    /// <summary>Ids below this were numbered in ordinal order of their terms; ids past it were met later.</summary>
    private readonly int ranked;

    private readonly List<int> scratchIds = [];
    private double[] dense = [];

    /// <summary>Which ids <see cref="Add"/> has met so far (cleared after each call), and their list.</summary>
    private bool[] present = [];
    private readonly List<int> scratchTouched = [];
    private char[] buffer = new char[64];

    /// <summary>Each paragraph's term ids, kept from counting so that its vector needs no second reading.</summary>
    private readonly Dictionary<TextSpan, int[]> paragraphTerms = [];

    /// <summary>Each paragraph's vector, built on first use.</summary>
    private readonly Dictionary<TextSpan, TermVector> paragraphVectors = [];

    public TermVectorizer(SourceDocument document, IEnumerable<Paragraph> corpus)
    {
        lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        // every stop word is met first: a word the table lacks is none, and needs no look-up in the stop list
        foreach (var stop in StopWords.All)
        {
            words.Add(stop, WordIdTable.Hash(stop), -1);
        }
        // First pass: intern in order of appearance and count paragraphs per term.
        var frequency = new List<int>();
        var seen = new List<int>();
        var documents = 0;
        var occurrences = new List<int>();
        foreach (var paragraph in corpus)
        {
            documents++;
            occurrences.Clear();
            Tokenize(document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length), occurrences);
            paragraphTerms.TryAdd(paragraph.Span, occurrences.ToArray());
            foreach (var id in occurrences)
            {
                if (id == frequency.Count)
                {
                    frequency.Add(0);
                    seen.Add(0);
                }
                if (seen[id] != documents)
                {
                    seen[id] = documents;
                    frequency[id]++;
                }
            }
        }
        // Renumber in ordinal order so that id order is term order.
        var order = Enumerable.Range(0, terms.Count).ToArray();
        var names = terms.ToArray();
        OrdinalSorter.Sort(names, order);
        terms.Clear();
        inverse.Clear();
        for (var rank = 0; rank < names.Length; rank++)
        {
            // every name is a key already: its value is rewritten in place, no entry is added
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(ids, names[rank]) = rank;
            terms.Add(names[rank]);
            inverse.Add(Math.Log((documents + 1.0) / (frequency[order[rank]] + 1.0)) + 1.0);
        }
        ranked = terms.Count;
        var renumbered = new int[order.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            renumbered[order[rank]] = rank;
        }
        foreach (var found in paragraphTerms.Values)
        {
            for (var i = 0; i < found.Length; i++)
            {
                found[i] = renumbered[found[i]];
            }
        }
        words.Renumber(renumbered);
        Documents = documents;
    }

    public int Documents { get; }

    /// <summary>The term of an id.</summary>
    public string Term(int id) => terms[id];

    /// <summary>Orders two ids as their terms are ordered (ordinal).</summary>
    public int Compare(int a, int b) =>
        a < ranked && b < ranked ? a.CompareTo(b) : string.CompareOrdinal(terms[a], terms[b]);

    /// <summary>A unit-length TF-IDF vector (sublinear term frequency), sorted by term.</summary>
    public TermVector Vector(string text, double weight = 1.0)
    {
        scratchIds.Clear();
        Tokenize(text, scratchIds);
        return Build(scratchIds.ToArray(), weight);
    }

    /// <summary>A unit-length TF-IDF vector of characters of the document, not copied first.</summary>
    public TermVector Vector(ReadOnlySpan<char> text)
    {
        scratchIds.Clear();
        Tokenize(text, scratchIds);
        return Build(scratchIds.ToArray(), 1.0);
    }

    /// <summary>The vector of a paragraph of the decision (read once, when counting; built once, then shared).</summary>
    public TermVector Vector(SourceDocument document, TextSpan paragraph)
    {
        if (paragraphVectors.TryGetValue(paragraph, out var built))
        {
            return built;
        }
        if (paragraphTerms.TryGetValue(paragraph, out var found))
        {
            // vectors are never changed once built: each paragraph's is built once and shared
            built = Build((int[])found.Clone(), 1.0);
            paragraphVectors[paragraph] = built;
            return built;
        }
        return Vector(document.Slice(paragraph));
    }

    private TermVector Build(int[] all, double weight)
    {
        if (all.Length == 0)
        {
            return TermVector.Empty;
        }
        Sort(all);
        var distinct = 1;
        for (var i = 1; i < all.Length; i++)
        {
            if (all[i] != all[i - 1])
            {
                distinct++;
            }
        }
        var resultIds = new int[distinct];
        var weights = new double[distinct];
        var at = 0;
        for (var i = 0; i < all.Length;)
        {
            var j = i;
            while (j < all.Length && all[j] == all[i])
            {
                j++;
            }
            resultIds[at] = all[i];
            weights[at] = (1 + Math.Log((double)(j - i))) * inverse[all[i]];
            at++;
            i = j;
        }
        Normalize(weights, weight);
        return new TermVector(resultIds, weights);
    }

    /// <summary>The sum of vectors (each term summed in the order the vectors are given), normalized to unit length.</summary>
    public TermVector Combine(params TermVector[] vectors)
    {
        var sum = Add(vectors);
        Normalize(sum.Weights, 1.0);
        return sum;
    }

    /// <summary>The plain sum of vectors, term by term in the order given.</summary>
    public TermVector Add(params TermVector[] vectors)
    {
        if (dense.Length < terms.Count)
        {
            dense = new double[Math.Max(terms.Count, dense.Length * 2)];
        }
        if (present.Length < terms.Count)
        {
            present = new bool[Math.Max(terms.Count, present.Length * 2)];
        }
        var touched = scratchTouched;
        touched.Clear();
        foreach (var vector in vectors)
        {
            for (var i = 0; i < vector.Count; i++)
            {
                var id = vector.Ids[i];
                if (!present[id])
                {
                    present[id] = true;
                    touched.Add(id);
                    dense[id] = 0.0;
                }
                dense[id] += vector.Weights[i];
            }
        }
        var resultIds = touched.ToArray();
        foreach (var id in resultIds)
        {
            present[id] = false;
        }
        Sort(resultIds);
        var weights = new double[resultIds.Length];
        for (var i = 0; i < resultIds.Length; i++)
        {
            weights[i] = dense[resultIds[i]];
        }
        return new TermVector(resultIds, weights);
    }

    /// <summary>The dot product; for unit vectors, the cosine. Terms are summed in term order.</summary>
    public double Cosine(TermVector a, TermVector b)
    {
        if (ranked != terms.Count)
        {
            return SlowCosine(a, b);
        }
        // every id is ranked: id order is term order
        var aIds = a.Ids;
        var bIds = b.Ids;
        var aWeights = a.Weights;
        var bWeights = b.Weights;
        var dot = 0.0;
        int i = 0, j = 0;
        while (i < aIds.Length && j < bIds.Length)
        {
            var x = aIds[i];
            var y = bIds[j];
            if (x == y)
            {
                dot += aWeights[i] * bWeights[j];
            }
            // the smaller id steps on (both when equal), without a branch the processor must guess
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }
        return dot;
    }

    private double SlowCosine(TermVector a, TermVector b)
    {
        var dot = 0.0;
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var order = Compare(a.Ids[i], b.Ids[j]);
            if (order == 0)
            {
                dot += a.Weights[i] * b.Weights[j];
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return dot;
    }

    private void Sort(int[] values)
    {
        if (ranked == terms.Count)
        {
            Array.Sort(values);
        }
        else
        {
            Array.Sort(values, Compare);
        }
    }

    private static void Normalize(double[] weights, double weight)
    {
        var squares = 0.0;
        foreach (var value in weights)
        {
            squares += value * value;
        }
        var norm = Math.Sqrt(squares);
        if (norm == 0)
        {
            return;
        }
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = weights[i] / norm * weight;
        }
    }

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
