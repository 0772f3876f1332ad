using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Arguments;

/// <summary>The sentences of each paragraph of one decision, split once (by Reading.SentenceMap where the pipeline
/// gives one, so the Treatment stage's splits are reused) and shared by the finders of the Arguments stage, with each
/// sentence's text sliced once and each window's stance read once.</summary>
internal sealed class SentenceCache(SourceDocument document, SentenceMap? map = null)
{
    private readonly Dictionary<TextSpan, IReadOnlyList<TextSpan>> sentences = new(Math.Max(16, document.Text.Length / 600));

    /// <summary>Sized for about a sentence per 200 characters (most are read), so the table seldom grows.</summary>
    private readonly Dictionary<TextSpan, string> texts = new(Math.Max(16, document.Text.Length / 200));
    private readonly Dictionary<TextSpan, Polarity> polarities = new(Math.Max(16, document.Text.Length / 400));

    /// <summary>The sentence spans inside <paramref name="span"/> (a paragraph's).</summary>
    public IReadOnlyList<TextSpan> Split(TextSpan span)
    {
        if (!sentences.TryGetValue(span, out var found))
        {
            found = map?.Of(span) ?? SentenceSplitter.Split(document.Text, span);
            sentences[span] = found;
        }
        return found;
    }

    /// <summary>The characters of a span, not copied: for gates that decide whether the text is worth slicing.</summary>
    public ReadOnlySpan<char> Chars(TextSpan span) => document.Text.AsSpan(span.Start, span.Length);

    /// <summary>The text of a span (a sentence's), sliced once.</summary>
    public string Text(TextSpan span)
    {
        if (!texts.TryGetValue(span, out var text))
        {
            text = document.Slice(span);
            texts[span] = text;
        }
        return text;
    }

    /// <summary>The stance of a text (windows joined), read once: the answered-claim finder and the link finder
    /// both ask it of each reference's windows.</summary>
    public Polarity PolarityOf(string text)
    {
        if (!textPolarities.TryGetValue(text, out var polarity))
        {
            polarity = Polarity.Of(text);
            textPolarities[text] = polarity;
        }
        return polarity;
    }

    private readonly Dictionary<string, Polarity> textPolarities = new(StringComparer.Ordinal);

    /// <summary>The stance of a span (a reference's window), read once.</summary>
    public Polarity PolarityOf(TextSpan span)
    {
        if (!polarities.TryGetValue(span, out var polarity))
        {
            polarity = Polarity.Of(Text(span));
            polarities[span] = polarity;
        }
        return polarity;
    }
}
