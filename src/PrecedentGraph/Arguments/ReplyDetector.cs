using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Tells whether a paragraph of one opinion itself answers another opinion of the decision ("the dissent's
/// theory", "post, at 24", "JUSTICE X's concurrence"): such a paragraph shares the words of the opinion it answers,
/// yet that opinion, answering back, answers the reasoning the paragraph defends, not the reply. One detector serves a
/// decision: both the answered-claim finder and the link finder ask it of each target paragraph once per answering
/// paragraph, so each answer is kept.</summary>
internal sealed class ReplyDetector(SourceDocument document)
{
    private readonly Dictionary<(int Paragraph, int Source, int Target), bool> answers = [];

    /// <summary>Whether <paramref name="paragraph"/> (of <paramref name="target"/>) speaks of <paramref name="source"/>.</summary>
    public bool Answers(Paragraph paragraph, Opinion source, Opinion target)
    {
        var key = (paragraph.Index, source.Index, target.Index);
        if (!answers.TryGetValue(key, out var found))
        {
            found = Detect(paragraph, source, target);
            answers[key] = found;
        }
        return found;
    }

    private bool Detect(Paragraph paragraph, Opinion source, Opinion target)
    {
        // the paragraph's characters, not copied
        var text = document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length);
        if (source.Index > target.Index)
        {
            // the first pinpoint points forward: its direction opens the match ("post, at 24")
            foreach (var m in ArgumentCues.AntePost.EnumerateMatches(text))
            {
                if (text.Slice(m.Index, 4).Equals("post", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
                break;
            }
        }
        if (source.Kind is OpinionKind.Dissent or OpinionKind.ConcurrenceDissent && ArgumentCues.Dissent.IsMatch(text)
            || source.Kind == OpinionKind.Concurrence && ArgumentCues.Concurrence.IsMatch(text))
        {
            return true;
        }
        return source.Author is { } author && text.Contains("justice " + author, StringComparison.OrdinalIgnoreCase);
    }
}
