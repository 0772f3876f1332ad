using System.Buffers;
using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Finds an opinion's conclusion: the sentence that disposes of the case ("The judgment of the Court
/// of Appeals is reversed", "I would affirm", "I concur in the judgment"), read from the end of the opinion.</summary>
internal sealed class DispositionFinder(SourceDocument document, SentenceCache sentenceMap)
{
    /// <summary>The cue of a conclusion the text does not state, taken from the opinion's kind.</summary>
    public const string KindCue = "opinion kind";

    /// <summary>The conclusion of <paramref name="opinion"/>; never null (falls back on the opinion's kind).</summary>
    public ClaimCandidate Find(Opinion opinion, string? leadDisposition, List<Diagnostic> diagnostics)
    {
        var paragraphs = opinion.Paragraphs.Where(p => !p.IsFootnote).Reverse().ToList();
        var lead = opinion.Kind is OpinionKind.Majority or OpinionKind.Plurality or OpinionKind.PerCuriam;
        var strong = lead ? new[] { ArgumentCues.CourtDisposes, ArgumentCues.WouldDispose } : [ArgumentCues.WouldDispose];
        foreach (var pattern in strong)
        {
            var words = pattern == ArgumentCues.WouldDispose ? ArgumentCues.WouldWords : ArgumentCues.DispositionWords;
            foreach (var (paragraph, sentence, match) in Matches(paragraphs, pattern, words))
            {
                var would = pattern == ArgumentCues.WouldDispose;
                var disposition = Compose(sentenceMap.Text(sentence)[match.Index..], would);
                if (disposition is not null)
                {
                    return Conclusion(opinion, paragraph, sentence, match.Value.ToLowerInvariant(), disposition);
                }
            }
        }
        if (!lead)
        {
            foreach (var (pattern, name) in ArgumentCues.SeparateDispositions)
            {
                foreach (var (paragraph, sentence, match) in Matches(paragraphs, pattern, ArgumentCues.SeparateWords))
                {
                    return Conclusion(opinion, paragraph, sentence, match.Value.ToLowerInvariant(), Adjust(opinion, name, leadDisposition));
                }
            }
        }

        var fallback = Fallback(opinion, leadDisposition);
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "argument.no-disposition",
            $"opinion {opinion.Index} states no disposition; taking \"{fallback}\" from its kind", opinion.Span));
        var last = paragraphs.FirstOrDefault(p => OpinionReferenceFinder.WordCount(document.Text.AsSpan(p.Span.Start, p.Span.Length), 3) >= 3) ?? paragraphs.FirstOrDefault();
        if (last is null)
        {
            return new ClaimCandidate(opinion.Index, new Paragraph(-1, opinion.Span, false), opinion.Span, opinion.Span,
                ArgumentRole.Conclusion, KindCue, fallback);
        }
        var sentences = sentenceMap.Split(last.Span);
        var span = sentences.Count > 0 ? sentences[^1] : last.Span;
        return Conclusion(opinion, last, span, KindCue, fallback);
    }

    private ClaimCandidate Conclusion(Opinion opinion, Paragraph paragraph, TextSpan sentence, string cue, string disposition)
    {
        // A bare "I concur." or "I would affirm." leans on the sentence before it for its content.
        var span = sentence;
        var sentences = sentenceMap.Split(paragraph.Span);
        var at = IndexOf(sentences, sentence);
        if (at > 0 && OpinionReferenceFinder.WordCount(sentenceMap.Chars(sentence), 6) <= 5)
        {
            span = TextSpan.FromBounds(sentences[at - 1].Start, sentence.End);
        }
        return new ClaimCandidate(opinion.Index, paragraph, span, span, ArgumentRole.Conclusion, cue, disposition);
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
        return -1;
    }

    /// <summary>Sentences matching <paramref name="pattern"/>, last first; <paramref name="words"/> holds the words
    /// the pattern needs, so a sentence with none is passed over unread.</summary>
    private IEnumerable<(Paragraph Paragraph, TextSpan Sentence, Match Match)> Matches(IReadOnlyList<Paragraph> paragraphs, Regex pattern, SearchValues<string> words)
    {
        foreach (var paragraph in paragraphs)
        {
            var sentences = sentenceMap.Split(paragraph.Span);
            for (var i = sentences.Count - 1; i >= 0; i--)
            {
                var sentence = sentences[i];
                if (sentenceMap.Chars(sentence).IndexOfAny(words) < 0)
                {
                    continue;
                }
                var match = pattern.Match(sentenceMap.Text(sentence));
                if (match.Success)
                {
                    yield return (paragraph, sentence, match);
                }
            }
        }
    }

    /// <summary>"reverse", "affirm and remand", "would reverse in part, affirm in part and remand".</summary>
    internal static string? Compose(string text, bool would)
    {
        var parts = new List<string>();
        for (var match = ArgumentCues.DispositionVerb.Match(text); match.Success; match = match.NextMatch())
        {
            var verb = match.Groups["verb"].Value.ToLowerInvariant() switch
            {
                "revers" => "reverse",
                "vacat" => "vacate",
                "deni" => "deny",
                var other => other,
            };
            var part = verb + (match.Groups["part"].Success ? " in part" : "");
            if (!parts.Contains(part))
            {
                parts.Add(part);
            }
        }
        if (parts.Count == 0)
        {
            return null;
        }
        var joined = parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
        return would ? "would " + joined : joined;
    }

    private static string Adjust(Opinion opinion, string disposition, string? leadDisposition)
    {
        if (opinion.Kind == OpinionKind.ConcurrenceDissent && disposition is "concur" or "dissent")
        {
            return "concur in part and dissent in part";
        }
        if (opinion.InJudgment && disposition == "concur")
        {
            return "concur in the judgment";
        }
        if (disposition == "dissent" && opinion.Kind == OpinionKind.Dissent && leadDisposition is not null)
        {
            return Opposite(leadDisposition) ?? disposition;
        }
        return disposition;
    }

    private static string Fallback(Opinion opinion, string? leadDisposition) => opinion.Kind switch
    {
        OpinionKind.Concurrence => opinion.InJudgment ? "concur in the judgment" : "concur",
        OpinionKind.ConcurrenceDissent => "concur in part and dissent in part",
        OpinionKind.Dissent => leadDisposition is null ? "dissent" : Opposite(leadDisposition) ?? "dissent",
        _ => "undetermined",
    };

    /// <summary>What the Court did, read from a dissent's "would" disposition ("would affirm": the Court reversed);
    /// null when the dissent's disposition says nothing of it.</summary>
    /// <summary>The disposition the reporter's preamble gives the decision (the syllabus's closing "123 F.3d 456,
    /// reversed and remanded."), read from the last paragraph before the lead opinion back: some texts drop the
    /// Court's closing line and keep only "It is so ordered."</summary>
    public string? FromPreamble(IReadOnlyList<Paragraph> paragraphs, int leadStart)
    {
        var before = paragraphs.Where(p => p.Span.End <= leadStart && !p.IsFootnote).Reverse().ToList();
        foreach (var (_, _, match) in Matches(before, ArgumentCues.ReportedDisposition, ArgumentCues.DispositionWords))
        {
            return Compose(match.Value, false);
        }
        return null;
    }

    /// <summary>The judgment a separate opinion says the Court gives ("The Court then remands the case"), the
    /// last such sentence of the opinion.</summary>
    public string? ToldBy(Opinion opinion)
    {
        var paragraphs = opinion.Paragraphs.Where(p => !p.IsFootnote).Reverse().ToList();
        foreach (var (_, _, match) in Matches(paragraphs, ArgumentCues.CourtJudgment, ArgumentCues.DispositionWords))
        {
            // "remands" told in the present is the "remanded" of a judgment
            return Compose(ArgumentCues.PresentDisposition.Replace(match.Value, "${stem}ed"), false);
        }
        return null;
    }

    internal static string? Dissented(string dissent) =>
        dissent.Contains("in part", StringComparison.Ordinal) ? null
        : dissent.StartsWith("would affirm", StringComparison.Ordinal) ? "reverse"
        : dissent.StartsWith("would reverse", StringComparison.Ordinal) || dissent.StartsWith("would vacate", StringComparison.Ordinal) ? "affirm"
        : null;

    /// <summary>What a dissent from <paramref name="leadDisposition"/> would do.</summary>
    private static string? Opposite(string leadDisposition) =>
        leadDisposition.Contains("reverse", StringComparison.Ordinal) || leadDisposition.Contains("vacate", StringComparison.Ordinal) ? "would affirm"
        : leadDisposition.Contains("affirm", StringComparison.Ordinal) ? "would reverse"
        : null;
}
