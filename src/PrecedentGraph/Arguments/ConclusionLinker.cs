using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Links each separate opinion's conclusion to the lead opinion's: "I concur" supports the judgment, "I
/// dissent" or a "would" disposition other than the Court's attacks it. A disposition in part on both sides
/// ("concur in part and dissent in part", "would reverse in part, affirm in part") takes no side as a whole. A
/// bare "Reversed." is answered only by a paragraph that says no more than its own conclusion ("I would affirm the
/// judgment below.") and whose reasons do not already answer the Court: the reasons of a longer one answer the
/// Court's reasoning, not its closing line. A disposition closing a paragraph that argues ("We hold that ... The
/// judgment is reversed.") is answered as a claim.</summary>
internal static class ConclusionLinker
{
    public const double Confidence = 0.6;

    /// <summary>The most characters of a paragraph stating only a conclusion (about fifty words).</summary>
    private const int BareLength = 300;

    /// <summary>The fewest characters of the lead opinion's paragraph holding its disposition for it to argue too
    /// ("We hold that ... The judgment is reversed."), not only dispose.</summary>
    private const int ArguedLength = 200;

    private static int Length(Opinion opinion, Argument argument) =>
        opinion.Paragraphs.FirstOrDefault(p => p.Index == argument.Paragraph)?.Span.Length ?? argument.Span.Length;

    private static bool Bare(Opinion opinion, Argument conclusion) => Length(opinion, conclusion) <= BareLength;

    private static bool Argued(Opinion lead, Argument conclusion) => Length(lead, conclusion) >= ArguedLength;

    public static IEnumerable<ArgumentLink> Link(SourceDocument document, IReadOnlyList<Argument> arguments, IReadOnlyList<Opinion> opinions,
        Opinion? lead, IReadOnlyCollection<ArgumentLink> existing)
    {
        var leadConclusion = lead is null ? null : arguments.FirstOrDefault(a => a.OpinionIndex == lead.Index && a.Role == ArgumentRole.Conclusion);
        if (leadConclusion?.Disposition is not { } leadDisposition)
        {
            yield break;
        }
        foreach (var opinion in opinions.Where(o => o.Index != lead!.Index))
        {
            var conclusion = arguments.FirstOrDefault(a => a.OpinionIndex == opinion.Index && a.Role == ArgumentRole.Conclusion);
            if (conclusion?.Disposition is not { } disposition || Relation(disposition, leadDisposition) is not { } relation
                || conclusion.Cue == DispositionFinder.KindCue && !Speaks(ParagraphText(document, opinion, conclusion))
                || existing.Any(l => l.From == conclusion.Index && arguments[l.To].OpinionIndex == lead!.Index)
                || !Argued(lead!, leadConclusion) && (!Bare(opinion, conclusion)
                    || existing.Any(l => arguments[l.From].Paragraph == conclusion.Paragraph && arguments[l.From].OpinionIndex == opinion.Index
                        && arguments[l.To].OpinionIndex == lead!.Index)))
            {
                continue;
            }
            yield return new ArgumentLink(conclusion.Index, leadConclusion.Index, relation, "disposition: " + disposition, Confidence, conclusion.Span);
        }
    }

    /// <summary>Words a sentence of a judge's own speaks with (a pronoun, an auxiliary, a negation, a stance verb).</summary>
    private static readonly HashSet<string> SentenceWords = new(StringComparer.Ordinal)
    {
        "i", "we", "is", "are", "was", "were", "be", "been", "would", "will", "not", "no", "that", "this", "these", "it", "its",
        "has", "have", "had", "does", "do", "did", "should", "must", "may", "might", "can", "could", "shall",
        "join", "joins", "concur", "agree", "dissent", "believe", "think",
    };

    private static string ParagraphText(SourceDocument document, Opinion opinion, Argument argument) =>
        document.Slice(opinion.Paragraphs.FirstOrDefault(p => p.Index == argument.Paragraph)?.Span ?? argument.Span);

    /// <summary>Whether a conclusion taken from the opinion's kind stands on a sentence: the fallback takes the last
    /// paragraph, which in crawled texts is often a date line ("[June 10, 1999]"), a page header ("[487 U.S. 977,
    /// 1012]"), the opinion's own heading ("JUSTICE X, dissenting.") or a bare citation ("European Commission ...,
    /// Vol. 2, pp. 415-416 (1969)."): such a line answers nothing (68 of 196 such links over a third of the corpus,
    /// every one read a line of that kind).</summary>
    internal static bool Speaks(string paragraph) =>
        Outside(paragraph).Split([' ', ',', '.', ';', ':', '(', ')', '"', '\'', '-', '`'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => SentenceWords.Contains(w.ToLowerInvariant()));

    /// <summary>The text outside square brackets (page and date lines).</summary>
    private static string Outside(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static ArgumentRelation? Relation(string disposition, string leadDisposition)
    {
        if (disposition.Contains("in part", StringComparison.Ordinal) || disposition == "undetermined")
        {
            return null;
        }
        if (disposition.StartsWith("concur", StringComparison.Ordinal))
        {
            return ArgumentRelation.Supports;
        }
        if (disposition.StartsWith("dissent", StringComparison.Ordinal))
        {
            return ArgumentRelation.Attacks;
        }
        if (disposition.StartsWith("would ", StringComparison.Ordinal))
        {
            var verb = disposition["would ".Length..].Split(' ', ',')[0];
            return leadDisposition.StartsWith(verb, StringComparison.Ordinal) ? ArgumentRelation.Supports : ArgumentRelation.Attacks;
        }
        return null;
    }
}
