using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Finds cases an opinion sets apart in a sentence that names none of them: a statement that the facts at
/// bar are not those of the cases just cited ("This is clearly not the case with locked luggage."), a contrasting
/// turn right after them ("See, e.g., X; Y. But this concern has no appropriate role in ..."; "The Commission relies
/// upon X. But billing envelopes differ from broadcast frequencies in two ways."), or a sentence denying that the
/// reasoning of a line of cases, discussed over the paragraphs before, reaches the present case ("The factors which
/// diminish the privacy aspects of an automobile do not apply to respondents' footlocker."). Only citations the
/// opinion does not otherwise label are relabelled: plain citations and signals of support, and reliance it reports
/// of someone else; a case it relies on in words ("as we held in X") keeps that label.</summary>
internal static class SetApartFinder
{
    /// <summary>How many sentences before a statement or a turn its cases may stand.</summary>
    private const int NearReach = 2;

    /// <summary>How many paragraphs back a line of cases may be discussed before the sentence that sets it apart.</summary>
    private const int TopicParagraphs = 4;

    public const double NearWeight = 0.65;
    public const double TopicWeight = 0.60;

    /// <summary>The prefix of the cue of a citation relabelled here.</summary>
    public const string Label = "set apart later: ";

    /// <summary>Relabels, in <paramref name="treatments"/> (ordered by position), the citations set apart later.</summary>
    public static void Apply(string text, SentenceContext context, IReadOnlyList<Opinion> opinions, List<CitationTreatment> treatments)
    {
        if (treatments.Count == 0)
        {
            return;
        }
        var starts = CitationStarts.Of(treatments);
        foreach (var opinion in opinions.Where(o => o.Kind != OpinionKind.Syllabus))
        {
            var paragraphs = opinion.Paragraphs.Where(p => HasLetters(text, p.Span)).ToList();
            for (var p = 0; p < paragraphs.Count; p++)
            {
                if (!AnyBetween(starts, paragraphs[Math.Max(0, p - TopicParagraphs)].Span.Start, paragraphs[p].Span.End))
                {
                    // no citation in this paragraph or the ones before it: nothing to set apart
                    continue;
                }
                var sentences = context.SentencesOf(paragraphs[p].Span);
                for (var s = 0; s < sentences.Count; s++)
                {
                    var sentence = sentences[s];
                    if (AnyBetween(starts, sentence.Start, sentence.End))
                    {
                        // a sentence citing a case is read by the mention rules
                        continue;
                    }
                    var words = SetApartSentenceReader.MayTrigger(text, sentence) ? context.WordsOf(sentence) : null;
                    var trigger = words is null ? null : SetApartSentenceReader.Find(words);
                    var reversal = words is null || trigger is not null ? null : SetApartSentenceReader.ReversalAt(words);
                    if (reversal is not null)
                    {
                        // "the court below relied on X ... . It is otherwise where ...": the reliance told before is answered
                        RelabelReported(treatments, starts, AnswerRange(context, paragraphs, p, s, text), opinion.Index, sentence, reversal);
                    }
                    if (trigger is null)
                    {
                        continue;
                    }
                    var range = trigger.Topic
                        ? TopicRange(text, context, paragraphs, p, s, trigger.TopicWords)
                        : NearRange(text, context, paragraphs, p, s);
                    Relabel(treatments, starts, range, opinion.Index, sentence, trigger);
                }
            }
        }
    }

    /// <summary>The sentences just before sentence <paramref name="s"/> of paragraph <paramref name="p"/>, reaching back into
    /// the paragraph before when the sentence opens its paragraph.</summary>
    private static List<TextSpan> NearRange(string text, SentenceContext context, List<Paragraph> paragraphs, int p, int s)
    {
        var range = new List<TextSpan>();
        var sentences = context.SentencesOf(paragraphs[p].Span);
        for (var k = s - 1; k >= 0 && range.Count < NearReach; k--)
        {
            range.Add(sentences[k]);
        }
        if (range.Count < NearReach && Continues(text, paragraphs, p))
        {
            var before = context.SentencesOf(paragraphs[p - 1].Span);
            for (var k = before.Count - 1; k >= 0 && range.Count < NearReach; k--)
            {
                range.Add(before[k]);
            }
        }
        return range;
    }

    /// <summary>The sentences before sentence <paramref name="s"/> in its paragraph and the paragraphs before it that
    /// share a topic word with the sentence (a line of cases discussed there).</summary>
    private static List<TextSpan> TopicRange(string text, SentenceContext context, List<Paragraph> paragraphs, int p, int s, HashSet<string> topic)
    {
        var sentences = context.SentencesOf(paragraphs[p].Span);
        var range = sentences.Take(s).ToList();
        for (var q = p; q > 0 && p - q < TopicParagraphs && Continues(text, paragraphs, q); q--)
        {
            var before = paragraphs[q - 1].Span;
            if (!context.WordsOf(before).Words.Any(w => SetApartSentenceReader.IsTopicWord(w.Text) && topic.Contains(SetApartSentenceReader.Stem(w.Text))))
            {
                break;
            }
            range.Add(before);
        }
        return range;
    }

    /// <summary>Whether paragraph <paramref name="p"/> carries on the one before it: text after text, or a footnote's
    /// later paragraph (a footnote's first paragraph, "[ Footnote 8 ] ...", does not).</summary>
    private static bool Continues(string text, List<Paragraph> paragraphs, int p)
    {
        if (p <= 0 || paragraphs[p].IsFootnote != paragraphs[p - 1].IsFootnote)
        {
            return false;
        }
        var head = text.AsSpan(paragraphs[p].Span.Start, Math.Min(paragraphs[p].Span.Length, HeadLength)).TrimStart(" [".AsSpan());
        return !head.StartsWith("footnote", StringComparison.OrdinalIgnoreCase);
    }

    private static void Relabel(List<CitationTreatment> treatments, int[] starts, List<TextSpan> range, int opinion, TextSpan sentence, SetApartSentenceReader.Trigger trigger) =>
        Relabel(treatments, starts, range, opinion, sentence, SetApartRelabel.Overturnable, Label + trigger.Phrase, trigger.Topic ? TopicWeight : NearWeight);

    /// <summary>Makes the citations of <paramref name="opinion"/> in <paramref name="range"/> that <paramref name="eligible"/>
    /// accepts "distinguishes", their evidence stretched to the sentence that set them apart.</summary>
    private static void Relabel(List<CitationTreatment> treatments, int[] starts, List<TextSpan> range, int opinion, TextSpan sentence,
        Func<CitationTreatment, bool> eligible, string cue, double confidence)
    {
        foreach (var span in range)
        {
            foreach (var i in CitationStarts.Within(starts, span))
            {
                var treatment = treatments[i];
                if (treatment.Citation.OpinionIndex != opinion || !eligible(treatment))
                {
                    continue;
                }
                treatments[i] = SetApartRelabel.As(treatment, sentence, cue, confidence);
            }
        }
    }

    /// <summary>The sentences before sentence <paramref name="s"/> of paragraph <paramref name="p"/> and, when the sentence
    /// opens its paragraph, the whole paragraph before it.</summary>
    private static List<TextSpan> AnswerRange(SentenceContext context, List<Paragraph> paragraphs, int p, int s, string text)
    {
        var range = context.SentencesOf(paragraphs[p].Span).Take(s).ToList();
        if (s == 0 && Continues(text, paragraphs, p))
        {
            range.Add(paragraphs[p - 1].Span);
        }
        return range;
    }

    /// <summary>Relabels the reliance another court or party placed on cases cited in <paramref name="range"/>.</summary>
    private static void RelabelReported(List<CitationTreatment> treatments, int[] starts, List<TextSpan> range, int opinion, TextSpan sentence, string phrase) =>
        Relabel(treatments, starts, range, opinion, sentence, IsReported, Label + "reliance answered: " + phrase, TopicWeight);

    private static bool IsReported(CitationTreatment treatment) =>
        treatment.Relation == TreatmentRelation.Explains && treatment.Cue.StartsWith(TreatmentCueTable.ReportedReliance, StringComparison.Ordinal);


    private static bool AnyBetween(int[] starts, int from, int to)
    {
        var at = Array.BinarySearch(starts, from);
        at = at < 0 ? ~at : at;
        return at < starts.Length && starts[at] < to;
    }

    /// <summary>Whether a paragraph holds words (a page marker such as "[433 U.S. 1, 13]" does not).</summary>
    private static bool HasLetters(string text, TextSpan span)
    {
        var letters = 0;
        for (var i = span.Start; i < Math.Min(span.End, text.Length) && letters < MinimumLetters; i++)
        {
            letters += char.IsLower(text[i]) ? 1 : 0;
        }
        return letters >= MinimumLetters;
    }

    private const int MinimumLetters = 8;
    private const int HeadLength = 48;

}