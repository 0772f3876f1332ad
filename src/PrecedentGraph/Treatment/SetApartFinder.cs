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

    /// <summary>How many words from the head of the sentence the subject naming the line's reasoning may stand.</summary>
    private const int SubjectReach = 3;

    private const int OpenerReach = 3;

    /// <summary>How many words after the opener the reference to the cases' reasoning may stand ("But this inherently
    /// self-interested concern ...").</summary>
    private const int ReferenceReach = 4;
    private const int TopicPrefix = 6;
    private const int TopicLength = 5;

    public const double NearWeight = 0.65;
    public const double TopicWeight = 0.60;

    /// <summary>The prefix of the cue of a citation relabelled here.</summary>
    public const string Label = "set apart later: ";

    private static readonly IReadOnlyList<IReadOnlyList<string>> Statements = WordSequence.Phrases(SetApartCueTable.Statements);
    private static readonly IReadOnlyList<IReadOnlyList<string>> Turns = WordSequence.Phrases(SetApartCueTable.Turns);
    private static readonly IReadOnlyList<IReadOnlyList<string>> Contrasts = WordSequence.Phrases(SetApartCueTable.Contrasts);
    private static readonly PhraseSet StatementSet = new(Statements);
    private static readonly PhraseSet TurnSet = new(Turns);
    private static readonly PhraseSet ContrastSet = new(Contrasts);
    private static readonly HashSet<string> Openers = new(SetApartCueTable.Openers, StringComparer.Ordinal);
    private static readonly HashSet<string> References = new(SetApartCueTable.ReferenceWords, StringComparer.Ordinal);
    private static readonly HashSet<string> Conditions = new(SetApartCueTable.ConditionWords, StringComparer.Ordinal);
    private static readonly HashSet<string> Subjects = new(SetApartCueTable.TopicSubjects, StringComparer.Ordinal);
    private static readonly HashSet<string> StopWords = new(SetApartCueTable.TopicStopWords, StringComparer.Ordinal);

    private sealed record Trigger(string Phrase, bool Topic, HashSet<string> TopicWords);

    /// <summary>Relabels, in <paramref name="treatments"/> (ordered by position), the citations set apart later.</summary>
    public static void Apply(string text, SentenceContext context, IReadOnlyList<Opinion> opinions, List<CitationTreatment> treatments)
    {
        if (treatments.Count == 0)
        {
            return;
        }
        var starts = treatments.Select(t => t.Citation.Mention.Span.Start).ToArray();
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
                    var trigger = MayTrigger(text, sentence) ? Find(WordSequence.Of(text, sentence)) : null;
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

    /// <summary>The set-apart cue of a sentence, if any.</summary>
    private static Trigger? Find(WordSequence words)
    {
        var statement = words.Hits(StatementSet);
        if (statement.Count > 0 && !Denied(words, statement.StartsAt(0)[0]))
        {
            return new Trigger(string.Join(' ', Statements[statement.PhraseAt(0)]), false, []);
        }
        var turns = Undenied(words, words.Hits(TurnSet));
        var opener = OpenerAt(words);
        if (opener >= 0 && !(opener + 1 < words.Count && Conditions.Contains(words.Words[opener + 1].Text)))
        {
            foreach (var (k, at) in turns)
            {
                if (Enumerable.Range(opener + 1, Math.Max(0, Math.Min(at, opener + 1 + ReferenceReach) - opener - 1)).Any(i => References.Contains(words.Words[i].Text)))
                {
                    return new Trigger($"{words.Words[opener].Text} ... {string.Join(' ', Turns[k])}", false, []);
                }
            }
            var contrast = Undenied(words, words.Hits(ContrastSet));
            if (contrast.Count > 0)
            {
                return new Trigger($"{words.Words[opener].Text} ... {string.Join(' ', Contrasts[contrast[0].Phrase])}", false, []);
            }
        }
        foreach (var (k, at) in turns)
        {
            var subject = Enumerable.Range(0, Math.Min(SubjectReach + 1, at)).FirstOrDefault(i => Subjects.Contains(words.Words[i].Text), -1);
            if (subject >= 0)
            {
                var topic = Enumerable.Range(subject + 1, Math.Max(0, at - subject - 1))
                    .Select(i => words.Words[i].Text)
                    .Where(IsTopicWord)
                    .Select(Stem)
                    .ToHashSet(StringComparer.Ordinal);
                if (topic.Count > 0)
                {
                    return new Trigger($"{words.Words[subject].Text} ... {string.Join(' ', Turns[k])}", true, topic);
                }
            }
        }
        return null;
    }

    private const int DenialReach = 4;
    private static readonly HashSet<string> DenialWords = new(["not", "cannot", "cant", "never", "no", "why", "how", "whether", "if", "nor"], StringComparer.Ordinal);

    /// <summary>"I cannot see why this case is different": a word of denial or doubt just before the cue undoes it.</summary>
    private static bool Denied(WordSequence words, int at)
    {
        for (var i = Math.Max(0, at - DenialReach); i < at; i++)
        {
            if (DenialWords.Contains(words.Words[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The phrases found (index in their set, first start), those denied left out.</summary>
    private static List<(int Phrase, int At)> Undenied(WordSequence words, PhraseHits hits)
    {
        var found = new List<(int Phrase, int At)>();
        for (var k = 0; k < hits.Count; k++)
        {
            var at = hits.StartsAt(k)[0];
            if (!Denied(words, at))
            {
                found.Add((hits.PhraseAt(k), at));
            }
        }
        return found;
    }

    /// <summary>Index of a contrasting word among the first words of the sentence ("But", "This, however, ..."), or -1.</summary>
    private static int OpenerAt(WordSequence words)
    {
        for (var i = 0; i < Math.Min(words.Count, OpenerReach); i++)
        {
            if (Openers.Contains(words.Words[i].Text) && (i == 0 || words.Words[i].Text == "however"))
            {
                return i;
            }
        }
        return -1;
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
            if (!WordSequence.Of(text, before).Words.Any(w => IsTopicWord(w.Text) && topic.Contains(Stem(w.Text))))
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

    private static void Relabel(List<CitationTreatment> treatments, int[] starts, List<TextSpan> range, int opinion, TextSpan sentence, Trigger trigger)
    {
        foreach (var span in range)
        {
            var from = Array.BinarySearch(starts, span.Start);
            from = from < 0 ? ~from : from;
            while (from > 0 && starts[from - 1] == span.Start)
            {
                from--;
            }
            for (var i = from; i < starts.Length && starts[i] < span.End; i++)
            {
                var treatment = treatments[i];
                if (treatment.Citation.OpinionIndex != opinion || !IsRelabelled(treatment))
                {
                    continue;
                }
                treatments[i] = treatment with
                {
                    Relation = TreatmentRelation.Distinguishes,
                    Cue = Label + trigger.Phrase,
                    Confidence = trigger.Topic ? TopicWeight : NearWeight,
                    Sentence = TextSpan.FromBounds(Math.Min(treatment.Sentence.Start, sentence.Start), Math.Max(treatment.Sentence.End, sentence.End)),
                };
            }
        }
    }

    /// <summary>Plain citations and signals of support, and reported reliance: labels a later sentence may overturn.</summary>
    private static bool IsRelabelled(CitationTreatment treatment) =>
        treatment.Relation == TreatmentRelation.ReliesOn && treatment.Confidence < TreatmentAggregator.ExplicitReliance
        || treatment.Relation == TreatmentRelation.Explains && treatment.Cue.StartsWith(TreatmentCueTable.ReportedReliance, StringComparison.Ordinal);

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

    /// <summary>A cheap look at the characters before the words are read: a statement's key word anywhere, or a
    /// contrasting opener or a subject among the first characters.</summary>
    private static bool MayTrigger(string text, TextSpan sentence)
    {
        var body = text.AsSpan(sentence.Start, Math.Min(sentence.Length, text.Length - sentence.Start));
        foreach (var key in StatementKeys)
        {
            if (body.Contains(key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        var head = body[..Math.Min(body.Length, HeadLength)];
        foreach (var key in HeadKeys)
        {
            if (head.Contains(key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] StatementKeys =
    [
        "not the case", "not so here", "not true", "not such a case", "not that case", "present here", "absent here",
        "no such concern", "no application", "not this case", "different",
    ];
    private static readonly string[] HeadKeys = [.. SetApartCueTable.Openers, .. SetApartCueTable.TopicSubjects];

    private static bool IsTopicWord(string word) => word.Length >= TopicLength && !StopWords.Contains(word);

    private static string Stem(string word) => word.Length > TopicPrefix ? word[..TopicPrefix] : word;
}
