using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Treatment;

/// <summary>Finds the sentence around a citation. Paragraphs are split once (by <see cref="SentenceSplitter"/>, or
/// taken from the document's <see cref="SentenceMap"/>) and reused for every citation inside them; text outside any
/// known paragraph is read line by line.</summary>
public sealed class SentenceContext
{
    private const int MaxLine = 20_000;
    private readonly string text;

    /// <summary>The document's text.</summary>
    internal string Text => text;
    private readonly IReadOnlyList<Paragraph> paragraphs;
    private readonly Dictionary<int, IReadOnlyList<TextSpan>> cache = [];
    private readonly SentenceMap? map;

    public SentenceContext(string text, IReadOnlyList<Paragraph> paragraphs)
        : this(text, paragraphs, null)
    {
    }

    /// <param name="map">The document's sentences, already split by an earlier stage (or to be shared with a later one).</param>
    public SentenceContext(string text, IReadOnlyList<Paragraph> paragraphs, SentenceMap? map)
        : this(text, paragraphs, map, null)
    {
    }

    /// <param name="unbroken">Spans no sentence boundary may cut (the citations): a split inside one ("Simon v.
    /// Eastern Ky. | Welfare Rights Org., 426 U.S. 26") is an abbreviation taken for a sentence end, and the two
    /// pieces are read as one sentence, so that a string citation keeps its signal and its lead-in.</param>
    public SentenceContext(string text, IReadOnlyList<Paragraph> paragraphs, SentenceMap? map, IReadOnlyList<TextSpan>? unbroken)
    {
        this.text = text;
        this.paragraphs = paragraphs.OrderBy(p => p.Span.Start).ToList();
        this.map = map;
        this.unbroken = unbroken?.Where(s => s.Length > 0).OrderBy(s => s.Start).ToArray() ?? [];
    }

    private readonly TextSpan[] unbroken;

    /// <summary>The sentence(s) covering <paramref name="span"/> (joined when a citation straddles a split)
    /// and the sentences before and after them.</summary>
    public SentenceWindow Locate(TextSpan span)
    {
        var block = BlockAt(span.Start);
        var sentences = SentencesOf(block);
        var first = -1;
        var last = -1;
        // sentences come in order: skip by binary search those ending at or before the citation
        for (var i = FirstEndingAfter(sentences, span.Start); i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var overlaps = sentence.Start < Math.Max(span.End, span.Start + 1) && sentence.End > span.Start;
            if (overlaps)
            {
                first = first < 0 ? i : first;
                last = i;
            }
            else if (first < 0 && sentence.Start > span.Start)
            {
                // the citation sits in white space between sentences: take the next one
                first = last = i;
                break;
            }
            else if (first >= 0)
            {
                break;
            }
        }
        if (first < 0)
        {
            return new SentenceWindow(span, null, null);
        }
        var covering = TextSpan.FromBounds(Math.Min(sentences[first].Start, span.Start), Math.Max(sentences[last].End, Math.Min(span.End, block.End)));
        return new SentenceWindow(
            covering,
            first > 0 ? sentences[first - 1] : null,
            last + 1 < sentences.Count ? sentences[last + 1] : null);
    }

    private readonly Dictionary<TextSpan, WordSequence> words = [];
    private readonly WordTable table = new();

    /// <summary>Work done on the document's words so far (see <see cref="WordTable.Steps"/>).</summary>
    internal long Steps => table.Steps;

    /// <summary>The words of a sentence (<see cref="WordSequence.Of(string, TextSpan, WordTable)"/>), read once for the
    /// document and shared by every finder that reads it (with what each found in it), equal words sharing one string.</summary>
    internal WordSequence WordsOf(TextSpan sentence)
    {
        if (!words.TryGetValue(sentence, out var found))
        {
            found = WordSequence.Of(text, sentence, table);
            words[sentence] = found;
        }
        return found;
    }

    /// <summary>The sentences of one paragraph (or line), as <see cref="Locate"/> reads them, in order.</summary>
    public IReadOnlyList<TextSpan> SentencesOf(TextSpan block)
    {
        if (!cache.TryGetValue(block.Start, out var sentences))
        {
            sentences = SentenceJoiner.Join(text, map?.Of(block) ?? SentenceSplitter.Split(text, block), unbroken);
            cache[block.Start] = sentences;
        }
        return sentences;
    }

    /// <summary>Index of the first sentence ending after <paramref name="position"/> (the splitter gives them in order).</summary>
    private static int FirstEndingAfter(IReadOnlyList<TextSpan> sentences, int position)
    {
        var low = 0;
        var high = sentences.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sentences[middle].End <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>The paragraph holding <paramref name="position"/>, or its line where no paragraph is known.</summary>
    public TextSpan BlockAt(int position)
    {
        var low = 0;
        var high = paragraphs.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var paragraph = paragraphs[middle].Span;
            if (paragraph.Contains(position))
            {
                return paragraph;
            }
            if (paragraph.Start > position)
            {
                high = middle - 1;
            }
            else
            {
                low = middle + 1;
            }
        }
        return LineAt(position);
    }

    private TextSpan LineAt(int position)
    {
        position = Math.Clamp(position, 0, text.Length);
        // the line break before the position (at most MaxLine back) and the one after it (at most MaxLine on)
        var low = Math.Max(0, position - MaxLine);
        var before = text.AsSpan(low, position - low).LastIndexOf('\n');
        var start = before < 0 ? low : low + before + 1;
        var high = Math.Min(text.Length, position + MaxLine);
        var after = text.AsSpan(position, high - position).IndexOf('\n');
        var end = after < 0 ? high : position + after;
        return TextSpan.FromBounds(start, end);
    }
}
