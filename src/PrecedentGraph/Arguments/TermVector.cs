namespace PrecedentGraph.Arguments;

/// <summary>A sparse TF-IDF vector: the ids of its terms in ascending term order (see
/// <see cref="TermVectorizer.Compare"/>) and their weights, as parallel arrays.</summary>
internal sealed class TermVector(int[] ids, double[] weights)
{
    public static readonly TermVector Empty = new([], []);

    public int[] Ids { get; } = ids;

    public double[] Weights { get; } = weights;

    public int Count => Ids.Length;
}
