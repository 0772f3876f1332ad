using System.Buffers;
using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Finds, in a separate opinion, a paragraph that says the Court has taken a wrong course and then lists its
/// steps ("Today's decision is the latest example of how this Court ... has gradually diminished the application of
/// Title VII. First, the Court held ... X; see also Y. Then, the Court held ... Z."): the cases cited after the cue in
/// the steps it lists (a sentence telling what the Court held, and the citation sentence after it), up to a sentence
/// that turns ("But ..."), are criticized. Only citations labelled by a supporting signal or none are
/// relabelled.</summary>
internal static class CourseParagraphFinder
{
    /// <summary>How many words before the cue "Court" (its subject) may stand.</summary>
    private const int SubjectReach = 10;

    /// <summary>How many of a paragraph's first sentences may hold the cue.</summary>
    private const int HeadSentences = 2;

    public const double Weight = 0.62;

    private static readonly IReadOnlyList<IReadOnlyList<string>> Cues = WordSequence.Phrases(TreatmentCueTable.CourseParagraphCues);
    private static readonly HashSet<string> Turns = new(["but", "however", "yet", "nevertheless", "nonetheless"], StringComparer.Ordinal);

    public static void Apply(string text, SentenceContext context, IReadOnlyList<Opinion> opinions, List<CitationTreatment> treatments)
    {
        if (treatments.Count == 0)
        {
            return;
        }
        var starts = CitationStarts.Of(treatments);
        foreach (var opinion in opinions.Where(o => o.Kind is not (OpinionKind.Syllabus or OpinionKind.Majority or OpinionKind.Plurality or OpinionKind.PerCuriam)))
        {
            foreach (var paragraph in opinion.Paragraphs.Where(p => !p.IsFootnote))
            {
                var sentences = context.SentencesOf(paragraph.Span);
                for (var s = 0; s < Math.Min(HeadSentences, sentences.Count); s++)
                {
                    if (!MayHoldCue(text, sentences[s]) || CueIn(context.WordsOf(sentences[s])) is not { } cue)
                    {
                        continue;
                    }
                    var stepBefore = false;
                    for (var k = s + 1; k < sentences.Count; k++)
                    {
                        var words = context.WordsOf(sentences[k]);
                        if (words.Count > 0 && Turns.Contains(words.Words[0].Text))
                        {
                            break;
                        }
                        // a step tells what the Court held ("First, the Court held that ..."); its citations stand in
                        // it or in the citation sentence after it
                        var step = IsStep(words);
                        if (step || stepBefore)
                        {
                            Relabel(treatments, starts, sentences[k], opinion.Index, cue);
                        }
                        stepBefore = step;
                    }
                    break;
                }
            }
        }
    }

    private const int VerbReach = 3;
    private static readonly HashSet<string> HoldingVerbs = new(
        ["held", "holds", "ruled", "decided", "concluded", "extended", "upheld", "announced", "adopted", "created", "approved"], StringComparer.Ordinal);

    /// <summary>"the Court held", "this Court, by a narrow margin, ruled": the Court and a verb of holding a few words after it.</summary>
    private static bool IsStep(WordSequence words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words.Words[i].Text is not "court")
            {
                continue;
            }
            for (var k = i + 1; k <= Math.Min(words.Count - 1, i + VerbReach); k++)
            {
                if (HoldingVerbs.Contains(words.Words[k].Text))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A cheap look before the words are read: "ourt" and one cue's last word (vectorized searches, as
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> on a span is char by char under invariant globalization).</summary>
    private static bool MayHoldCue(string text, TextSpan sentence)
    {
        var body = text.AsSpan(sentence.Start, Math.Min(sentence.Length, text.Length - sentence.Start));
        return body.ContainsAny(CourtSearch) && body.ContainsAny(CueEndSearch);
    }

    private static readonly SearchValues<string> CourtSearch = SearchValues.Create(["ourt"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> CueEndSearch =
        SearchValues.Create(Cues.Select(c => c[^1]).Distinct(StringComparer.Ordinal).ToArray(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The cue with "court" a few words before it, or null.</summary>
    private static string? CueIn(WordSequence words)
    {
        foreach (var cue in Cues)
        {
            foreach (var at in words.Find(cue, 0, words.Count))
            {
                for (var i = Math.Max(0, at - SubjectReach); i < at; i++)
                {
                    if (words.Words[i].Text == "court")
                    {
                        return string.Join(' ', cue);
                    }
                }
            }
        }
        return null;
    }

    private static void Relabel(List<CitationTreatment> treatments, int[] starts, TextSpan sentence, int opinion, string cue)
    {
        foreach (var i in CitationStarts.Within(starts, sentence))
        {
            var treatment = treatments[i];
            if (treatment.Citation.OpinionIndex == opinion && treatment.Relation == TreatmentRelation.ReliesOn
                && treatment.Confidence < TreatmentAggregator.ExplicitReliance)
            {
                treatments[i] = treatment with
                {
                    Relation = TreatmentRelation.Criticizes,
                    Cue = "course deplored earlier in the paragraph: " + cue,
                    Confidence = Weight,
                };
            }
        }
    }
}
