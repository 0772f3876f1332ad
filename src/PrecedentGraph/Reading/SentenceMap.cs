using PrecedentGraph.Model;

namespace PrecedentGraph.Reading;

/// <summary>The sentences of a document's paragraphs (<see cref="SegmentationResult.Paragraphs"/>), each paragraph
/// split by <see cref="SentenceSplitter"/> once, on first use, and then shared by every stage that reads sentence by
/// sentence. Safe to share between threads: a paragraph split twice at once gives equal lists.</summary>
public sealed class SentenceMap
{
    private readonly string text;
    private readonly IReadOnlyList<Paragraph> paragraphs;
    private readonly IReadOnlyList<TextSpan>?[] sentences;

    /// <param name="paragraphs">The document's paragraphs in order, <see cref="Paragraph.Index"/> being the position.</param>
    public SentenceMap(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        this.text = text;
        this.paragraphs = paragraphs;
        sentences = new IReadOnlyList<TextSpan>?[paragraphs.Count];
    }

    /// <summary>The sentences of <paramref name="paragraph"/>, as <see cref="SentenceSplitter.Split"/> gives them.</summary>
    public IReadOnlyList<TextSpan> Of(Paragraph paragraph)
    {
        var index = paragraph.Index;
        return index >= 0 && index < paragraphs.Count && paragraphs[index].Span == paragraph.Span
            ? At(index)
            : SentenceSplitter.Split(text, paragraph.Span);
    }

    /// <summary>The sentences of the stretch <paramref name="block"/>: kept when it is a paragraph's span.</summary>
    public IReadOnlyList<TextSpan> Of(TextSpan block)
    {
        var low = 0;
        var high = paragraphs.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var start = paragraphs[middle].Span.Start;
            if (start == block.Start)
            {
                return paragraphs[middle].Span == block ? At(middle) : SentenceSplitter.Split(text, block);
            }
            if (start < block.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return SentenceSplitter.Split(text, block);
    }

    private IReadOnlyList<TextSpan> At(int index) =>
        Volatile.Read(ref sentences[index]) ?? (sentences[index] = SentenceSplitter.Split(text, paragraphs[index].Span));
}
