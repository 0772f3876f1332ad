using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Picks the claim of one paragraph: the sentence that answers another opinion, or failing that the
/// sentence with the strongest claim cue ("we hold", "it would not have been unreasonable", "is misleading").
/// One reason per paragraph: a paragraph is the unit in which opinions argue.</summary>
internal sealed class ClaimFinder(SourceDocument document, SentenceCache sentenceMap)
{
    private const int MinimumWords = 8;

    public ClaimCandidate? Find(Opinion opinion, Paragraph paragraph, IReadOnlyList<TextSpan> sentences,
        IReadOnlyList<OpinionReference> references, TextSpan? conclusion)
    {
        var text = document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).TrimStart();
        if (OpinionReferenceFinder.WordCount(text, MinimumWords) < MinimumWords || ArgumentCues.Header.IsMatch(text) || IsTranscript(text))
        {
            return null;
        }
        var candidates = sentences.Where(s => conclusion is not { } c || !c.Contains(s.Start)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // 1. A sentence answering another opinion, with agreement or disagreement in it.
        foreach (var reference in references)
        {
            if (sentenceMap.PolarityOf(reference.Window).Cue is not null && candidates.Contains(reference.Sentence))
            {
                return Build(opinion, paragraph, sentences, reference.Sentence, reference.Cue);
            }
        }
        // 2. The strongest claim cue (tried only on sentences holding a word some cue needs).
        var cued = candidates.Where(s => sentenceMap.Chars(s).IndexOfAny(ArgumentCues.ClaimWords) >= 0).ToList();
        for (var rank = 0; rank < ArgumentCues.Claims.Count && cued.Count > 0; rank++)
        {
            foreach (var sentence in cued)
            {
                var sentenceText = sentenceMap.Text(sentence);
                var match = ArgumentCues.Claims[rank].Match(sentenceText);
                if (match.Success && !IsReported(sentenceText, match.Index))
                {
                    return Build(opinion, paragraph, sentences, sentence, match.Value.ToLowerInvariant());
                }
            }
        }
        // 3. Any reference to another opinion.
        var first = references.FirstOrDefault(r => candidates.Contains(r.Sentence));
        return first is null ? null : Build(opinion, paragraph, sentences, first.Sentence, first.Cue);
    }

    /// <summary>The claim span: the sentence, the claim it answers when it is a bare citation or a short verdict
    /// ("I cannot agree."), and the authority that follows it.</summary>
    private ClaimCandidate Build(Opinion opinion, Paragraph paragraph, IReadOnlyList<TextSpan> sentences, TextSpan sentence, string cue)
    {
        var index = IndexOf(sentences, sentence);
        var start = index;
        var sentenceText = sentenceMap.Text(sentence);
        if (index > 0 && (OpinionReferenceFinder.IsCitationOnly(sentenceText) || OpinionReferenceFinder.WordCount(sentenceText, 7) <= 6))
        {
            start = index - 1;
        }
        var end = index;
        while (end + 1 < sentences.Count && OpinionReferenceFinder.IsCitationOnly(sentenceMap.Text(sentences[end + 1])))
        {
            end++;
        }
        var labelSpan = sentences[start];
        if (OpinionReferenceFinder.IsCitationOnly(sentenceMap.Text(labelSpan)) && start < index)
        {
            labelSpan = sentences[index];
        }
        var span = TextSpan.FromBounds(sentences[start].Start, sentences[end].End);
        return new ClaimCandidate(opinion.Index, paragraph, span, labelSpan, ArgumentRole.Reason, cue, null);
    }

    private static int IndexOf(IReadOnlyList<TextSpan> sentences, TextSpan sentence)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i] == sentence)
            {
                return i;
            }
        }
        return 0;
    }

    /// <summary>The cue sits in a claim the opinion only reports ("the respondents contend that no reasonable
    /// officer could have believed").</summary>
    private static bool IsReported(string sentence, int cueAt)
    {
        var reported = ArgumentCues.Reported.Match(sentence);
        return reported.Success && reported.Index < cueAt;
    }

    /// <summary>Deposition or hearing transcript lines ("Q. Did you ...", "A. No.").</summary>
    private static bool IsTranscript(ReadOnlySpan<char> text) =>
        text.Length > 2 && (text[1] == '.' || text[1] == ' ')
        && (text[0] is 'q' or 'Q' || text[0] is 'a' or 'A' && (text[1] == '.' || OpinionReferenceFinder.WordCount(text, 15) < 15));
}
