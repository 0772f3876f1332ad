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
        // 2. The strongest claim cue: each cue, strongest first, is looked for once across the paragraph's
        // sentences; the first sentence whose first match of it is the writer's own claim gives it.
        for (var rank = 0; rank < ArgumentCues.Claims.Count; rank++)
        {
            var found = Strongest(ArgumentCues.Claims[rank], ArgumentCues.ClaimGates[rank], candidates);
            if (found is { } claim)
            {
                return Build(opinion, paragraph, sentences, claim.Sentence, claim.Cue);
            }
        }
        // 3. Any reference to another opinion.
        var first = references.FirstOrDefault(r => candidates.Contains(r.Sentence));
        return first is null ? null : Build(opinion, paragraph, sentences, first.Sentence, first.Cue);
    }

    /// <summary>The first candidate sentence (in order) whose first match of <paramref name="pattern"/> is not a claim
    /// it reports, with the match as cue. One scan of the stretch the sentences cover; a match that strays across
    /// a sentence's bounds sends the search back to one scan per sentence, which gives the same answer.</summary>
    private (TextSpan Sentence, string Cue)? Strongest(System.Text.RegularExpressions.Regex pattern, CueGate? gate, List<TextSpan> candidates)
    {
        var from = candidates[0].Start;
        var stretch = document.Text.AsSpan(from, candidates[^1].End - from);
        if (gate is not null && !gate.MayMatch(stretch))
        {
            return null;
        }
        var next = 0;
        var tried = -1;
        foreach (var match in pattern.EnumerateMatches(stretch))
        {
            var start = from + match.Index;
            var end = start + match.Length;
            while (next < candidates.Count && candidates[next].End <= start)
            {
                next++;
            }
            if (next == candidates.Count)
            {
                break;
            }
            var sentence = candidates[next];
            if (end <= sentence.Start)
            {
                // between the candidates (a sentence left out): not one of theirs
                continue;
            }
            if (start < sentence.Start || end > sentence.End)
            {
                return BySentence(pattern, candidates);
            }
            if (next == tried)
            {
                continue;
            }
            tried = next;
            if (!IsReported(sentenceMap.Text(sentence), start - sentence.Start))
            {
                return (sentence, stretch.Slice(match.Index, match.Length).ToString().ToLowerInvariant());
            }
        }
        return null;
    }

    private (TextSpan Sentence, string Cue)? BySentence(System.Text.RegularExpressions.Regex pattern, List<TextSpan> candidates)
    {
        foreach (var sentence in candidates)
        {
            var sentenceText = sentenceMap.Text(sentence);
            var match = pattern.Match(sentenceText);
            if (match.Success && !IsReported(sentenceText, match.Index))
            {
                return (sentence, match.Value.ToLowerInvariant());
            }
        }
        return null;
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
        if (!ArgumentCues.ReportedGate.MayMatch(sentence))
        {
            return false;
        }
        var reported = ArgumentCues.Reported.Match(sentence);
        return reported.Success && reported.Index < cueAt;
    }

    /// <summary>Deposition or hearing transcript lines ("Q. Did you ...", "A. No.").</summary>
    private static bool IsTranscript(ReadOnlySpan<char> text) =>
        text.Length > 2 && (text[1] == '.' || text[1] == ' ')
        && (text[0] is 'q' or 'Q' || text[0] is 'a' or 'A' && (text[1] == '.' || OpinionReferenceFinder.WordCount(text, 15) < 15));
}
