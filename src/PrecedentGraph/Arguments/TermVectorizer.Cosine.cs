namespace PrecedentGraph.Arguments;

/// <summary>Comparing vectors: the cosine of two (a merge of their sorted ids), and of two with many, the two
/// spread over dense arrays by id once, so each cosine with another vector reads that vector alone.</summary>
internal sealed partial class TermVectorizer
{
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

    private double[] spreadFirst = [];
    private double[] spreadSecond = [];
    private TermVector spreadA = TermVector.Empty;
    private TermVector spreadB = TermVector.Empty;

    /// <summary>Spreads <paramref name="a"/> and <paramref name="b"/> for <see cref="Cosines"/>, in place of the pair
    /// spread before (one pair at a time).</summary>
    public void Spread(TermVector a, TermVector b)
    {
        Unspread(spreadFirst, spreadA);
        Unspread(spreadSecond, spreadB);
        if (spreadFirst.Length < terms.Count)
        {
            spreadFirst = new double[Math.Max(terms.Count, spreadFirst.Length * 2)];
            spreadSecond = new double[spreadFirst.Length];
        }
        spreadA = a;
        spreadB = b;
        for (var i = 0; i < a.Count; i++)
        {
            spreadFirst[a.Ids[i]] = a.Weights[i];
        }
        for (var i = 0; i < b.Count; i++)
        {
            spreadSecond[b.Ids[i]] = b.Weights[i];
        }
    }

    /// <summary>The dot products of the pair spread last with <paramref name="vector"/>: for unit vectors, the
    /// cosines, equal to <see cref="Cosine"/> to the last bit (the same products, summed in the same term order:
    /// a term one of the pair lacks adds an exact zero).</summary>
    public (double A, double B) Cosines(TermVector vector)
    {
        var first = spreadFirst;
        var second = spreadSecond;
        var ids = vector.Ids;
        var weights = vector.Weights;
        double a = 0.0, b = 0.0;
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            if ((uint)id < (uint)first.Length)
            {
                a += first[id] * weights[i];
                b += second[id] * weights[i];
            }
        }
        return (a, b);
    }

    private static void Unspread(double[] dense, TermVector vector)
    {
        foreach (var id in vector.Ids)
        {
            dense[id] = 0.0;
        }
    }
}
