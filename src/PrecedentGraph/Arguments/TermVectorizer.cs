namespace PrecedentGraph.Arguments;

/// <summary>Turns text into TF-IDF vectors over content words (stop words dropped, plurals folded), with the
/// document frequencies taken from the paragraphs of one decision.</summary>
internal sealed class TermVectorizer
{
    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);
    private readonly int documents;

    public TermVectorizer(IEnumerable<string> corpus)
    {
        foreach (var text in corpus)
        {
            documents++;
            foreach (var term in Terms(text).Distinct(StringComparer.Ordinal))
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }
    }

    /// <summary>Content terms of <paramref name="text"/>, in order, lowercased and folded.</summary>
    public static IEnumerable<string> Terms(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                start = -1;
                if (word.Length < 3 || StopWords.All.Contains(word))
                {
                    continue;
                }
                var folded = Fold(word);
                if (!StopWords.All.Contains(folded))
                {
                    yield return folded;
                }
            }
        }
    }

    /// <summary>Folds plural and possessive endings so "warrants" and "warrant" count as one term.</summary>
    public static string Fold(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }
        return word;
    }

    public double InverseFrequency(string term) =>
        Math.Log((documents + 1.0) / (documentFrequency.GetValueOrDefault(term) + 1.0)) + 1.0;

    /// <summary>A unit-length TF-IDF vector (sublinear term frequency), sorted by term.</summary>
    public SortedDictionary<string, double> Vector(string text, double weight = 1.0)
    {
        var counts = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in Terms(text))
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }
        var vector = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, count) in counts)
        {
            vector[term] = (1 + Math.Log(count)) * InverseFrequency(term);
        }
        Normalize(vector, weight);
        return vector;
    }

    /// <summary>The weighted sum of vectors, normalized to unit length.</summary>
    public static SortedDictionary<string, double> Combine(params SortedDictionary<string, double>[] vectors)
    {
        var sum = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in vectors)
        {
            foreach (var (term, value) in vector)
            {
                sum[term] = sum.GetValueOrDefault(term) + value;
            }
        }
        Normalize(sum, 1.0);
        return sum;
    }

    public static double Cosine(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }
        var dot = 0.0;
        foreach (var (term, value) in a)
        {
            if (b.TryGetValue(term, out var other))
            {
                dot += value * other;
            }
        }
        return dot;
    }

    private static void Normalize(SortedDictionary<string, double> vector, double weight)
    {
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        if (norm == 0)
        {
            return;
        }
        foreach (var term in vector.Keys.ToList())
        {
            vector[term] = vector[term] / norm * weight;
        }
    }
}
