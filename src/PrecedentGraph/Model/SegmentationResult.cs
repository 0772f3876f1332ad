namespace PrecedentGraph.Model;

/// <summary>A decision split into its opinions (the syllabus included, as <see cref="OpinionKind.Syllabus"/>).</summary>
public sealed record SegmentationResult(
    DecisionInfo Decision,
    IReadOnlyList<Opinion> Opinions,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The opinion one of whose paragraphs holds <paramref name="position"/> (footnotes that FindLaw sets
    /// after the last opinion belong to their own opinion, outside its span), else the opinion whose span holds it,
    /// or null (front matter).</summary>
    public Opinion? OpinionAt(int position)
    {
        foreach (var opinion in Opinions)
        {
            if (Holds(opinion.Paragraphs, position))
            {
                return opinion;
            }
        }
        foreach (var opinion in Opinions)
        {
            if (opinion.Span.Contains(position))
            {
                return opinion;
            }
        }
        return null;
    }

    private static bool Holds(IReadOnlyList<Paragraph> paragraphs, int position)
    {
        int low = 0, high = paragraphs.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var span = paragraphs[middle].Span;
            if (span.Contains(position))
            {
                return true;
            }
            if (position < span.Start)
            {
                high = middle - 1;
            }
            else
            {
                low = middle + 1;
            }
        }
        return false;
    }
}
