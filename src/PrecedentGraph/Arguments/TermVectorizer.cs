using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Turns text into TF-IDF vectors over content words (stop words dropped, plurals folded), with the
/// document frequencies taken from the paragraphs of one decision. Each term is interned once as an id; the
/// decision's vocabulary is numbered in ordinal term order, so vectors are sorted id arrays and cosine is a
/// merge. One instance serves one decision on one thread.</summary>
internal sealed partial class TermVectorizer
{
    private readonly List<double> inverse = [];

    /// <summary>Ids below this were numbered in ordinal order of their terms; ids past it were met later (-1 while
    /// the decision's paragraphs are being counted).</summary>
    private readonly int ranked = -1;

    private readonly List<int> scratchIds = [];
    private double[] dense = [];

    /// <summary>Which ids <see cref="Add"/> has met so far (cleared after each call), and their list.</summary>
    private bool[] present = [];
    private readonly List<int> scratchTouched = [];

    /// <summary>Each paragraph's term ids, kept from counting so that its vector needs no second reading: where they
    /// start in <see cref="allTerms"/> (the ids of every paragraph, one after another) and how many.</summary>
    private readonly Dictionary<TextSpan, (int Start, int Count)> paragraphTerms;
    private readonly List<int> allTerms;

    /// <summary>Each paragraph's vector, built on first use.</summary>
    private readonly Dictionary<TextSpan, TermVector> paragraphVectors = [];

    /// <param name="phrases">Fed the words of each paragraph of <paramref name="corpus"/> as they are read, where given.</param>
    public TermVectorizer(SourceDocument document, IEnumerable<Paragraph> corpus, SharedPhrases? phrases = null)
    {
        if (phrases is { Tracking: false })
        {
            phrases = null;
        }
        var paragraphs = corpus as IReadOnlyCollection<Paragraph> ?? corpus.ToList();
        var characters = 0L;
        foreach (var paragraph in paragraphs)
        {
            characters += paragraph.Span.Length;
        }
        // room for the words of a decision of this length without growing (about one new word per 30 characters
        // in a short opinion, fewer in a long one; the table is kept at most half full)
        words = new WordIdTable((int)Math.Min(1 << 20, Math.Max(1024, characters / 16)));
        // the terms: about one per 40 characters (a few thousand in a long decision), each paragraph's ids once
        terms.Capacity = (int)Math.Min(1 << 18, Math.Max(256, characters / 40));
        paragraphTerms = new Dictionary<TextSpan, (int Start, int Count)>(paragraphs.Count);
        // every stop word is met first: a word the table lacks is none, and needs no look-up in the stop list
        foreach (var stop in StopWords.All)
        {
            words.Add(stop, WordIdTable.Hash(stop), -1);
        }
        // First pass: intern in order of appearance and count paragraphs per term.
        var frequency = new List<int>(terms.Capacity);
        var seen = new List<int>(terms.Capacity);
        var documents = 0;
        // about one content word per eight characters (a paragraph of citations has more)
        allTerms = new List<int>((int)Math.Min(1 << 24, characters / 8 + 16));
        foreach (var paragraph in paragraphs)
        {
            documents++;
            var start = allTerms.Count;
            phrases?.Begin();
            Tokenize(document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length), allTerms, phrases);
            phrases?.End(paragraph.Index);
            paragraphTerms.TryAdd(paragraph.Span, (start, allTerms.Count - start));
            for (var at = start; at < allTerms.Count; at++)
            {
                var id = allTerms[at];
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
        inverse.Capacity = names.Length;
        for (var rank = 0; rank < names.Length; rank++)
        {
            terms.Add(names[rank]);
            inverse.Add(Math.Log((documents + 1.0) / (frequency[order[rank]] + 1.0)) + 1.0);
        }
        ranked = terms.Count;
        var renumbered = new int[order.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            renumbered[order[rank]] = rank;
        }
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(allTerms);
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = renumbered[all[i]];
        }
        words.Renumber(renumbered);
        Documents = documents;
    }

    public int Documents { get; }

    /// <summary>Orders two ids as their terms are ordered (ordinal).</summary>
    public int Compare(int a, int b) =>
        a < ranked && b < ranked ? a.CompareTo(b) : string.CompareOrdinal(terms[a], terms[b]);

    /// <summary>A unit-length TF-IDF vector (sublinear term frequency), sorted by term.</summary>
    public TermVector Vector(string text, double weight = 1.0)
    {
        if (weight == 1.0 && textVectors.TryGetValue(text, out var built))
        {
            return built;
        }
        scratchIds.Clear();
        Tokenize(text, scratchIds);
        built = Build(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratchIds), weight);
        if (weight == 1.0)
        {
            // the same words always give the same vector (every term read once keeps its id): built once
            textVectors[text] = built;
        }
        return built;
    }

    /// <summary>The vectors of texts built so far (the windows of references, asked of by several finders).</summary>
    private readonly Dictionary<string, TermVector> textVectors = new(StringComparer.Ordinal);

    /// <summary>A unit-length TF-IDF vector of characters of the document, not copied first.</summary>
    public TermVector Vector(ReadOnlySpan<char> text)
    {
        scratchIds.Clear();
        Tokenize(text, scratchIds);
        return Build(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratchIds), 1.0);
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
            // vectors are never changed once built: each paragraph's is built once and shared (from a copy of its
            // ids, which building sorts)
            scratchIds.Clear();
            scratchIds.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(allTerms).Slice(found.Start, found.Count));
            built = Build(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratchIds), 1.0);
            paragraphVectors[paragraph] = built;
            return built;
        }
        return Vector(document.Slice(paragraph));
    }

    /// <summary>The vector of the ids of a text's terms (sorted here, in place).</summary>
    private TermVector Build(Span<int> all, double weight)
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

    private void Sort(Span<int> values)
    {
        if (ranked == terms.Count)
        {
            values.Sort();
        }
        else
        {
            values.Sort(Compare);
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
}
