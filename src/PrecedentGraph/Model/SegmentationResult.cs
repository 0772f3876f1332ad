namespace PrecedentGraph.Model;

/// <summary>A decision split into its opinions (the syllabus included, as <see cref="OpinionKind.Syllabus"/>).</summary>
public sealed record SegmentationResult(
    DecisionInfo Decision,
    IReadOnlyList<Opinion> Opinions,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The opinion whose span holds <paramref name="position"/>, or null (front matter).</summary>
    public Opinion? OpinionAt(int position)
    {
        foreach (var opinion in Opinions)
        {
            if (opinion.Span.Contains(position))
            {
                return opinion;
            }
        }
        return null;
    }
}
