namespace PrecedentGraph.Segmentation;

/// <summary>Which paragraphs of one document read like a line-up (<see cref="LineupFinder.IsLineup"/>), each asked once:
/// the chief finder and the line-up reader look at the same paragraphs of the syllabus.</summary>
internal sealed class LineupParagraphs(IReadOnlyList<string> paragraphs)
{
    private readonly bool?[] known = new bool?[paragraphs.Count];

    public IReadOnlyList<string> Texts => paragraphs;

    public bool IsLineup(int paragraph) => known[paragraph] ??= LineupFinder.IsLineup(paragraphs[paragraph]);
}
