using System.Buffers;
using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Finds a case the opinion discusses (what it held, its facts) over the sentences just before a sentence that
/// names no case and opens by setting the present case against it: "In X, the Court held that ... . There, the
/// officers ... . Here, by contrast, ...", "But in this case ...", "In the present case, however, ...", "In contrast,
/// respondents ...". The discussion is the run of up to <see cref="RunReach"/> sentences before the contrast (the
/// paragraph before, when the contrast opens its paragraph); it must tell something of the case, not only cite it
/// for a proposition stated before (a citation sentence holding little but citations, right after the proposition,
/// is not a discussion). Cases cited in the run are set apart, unless the contrast likens ("Here, too, ...", "as in", "however, even ...")
/// or speaks of the Court's own task ("In this case, however, we need not decide ..."). Corpus check (FindLaw, future
/// held-out files skipped): of 30 random sentences opening with such a contrast after a citation, 20 set the cases
/// just discussed apart, 5 did not (a rule applied, the Court's task), 2 were doubtful, 3 cited nothing.</summary>
internal static class DiscussionContrastFinder
{
    public const double Weight = 0.65;
    public const string Label = "discussed, then set against the present case: ";

    /// <summary>How many sentences before the contrast the discussion may run.</summary>
    private const int RunReach = 3;

    /// <summary>How many words of the contrast's head are read for a likening word.</summary>
    private const int LikenessReach = 10;

    private const int HeadLength = 60;

    private static readonly string[] Leads = ["but", "and", "yet"];

    /// <summary>Markers of contrast that, right after the present case, turn it against what was told.</summary>
    private static readonly IReadOnlyList<IReadOnlyList<string>> Markers = WordSequence.Phrases(
    [
        "however", "by contrast", "in contrast", "by way of contrast", "on the other hand", "unlike",
    ]);

    /// <summary>The present case as an adverbial ("here", "in this case").</summary>
    private static readonly IReadOnlyList<IReadOnlyList<string>> Present = WordSequence.Phrases(
    [
        "here", "in this case", "in the present case", "in the instant case", "in the case at bar",
        "in the case before us", "in these cases", "in this litigation",
    ]);

    /// <summary>What may follow "By contrast," or "In contrast," as the present case: the adverbials and the subjects.</summary>
    private static readonly IReadOnlyList<IReadOnlyList<string>> PresentSubjects = WordSequence.Phrases(
    [
        "here", "in this case", "in the present case", "in the instant case", "in the case at bar", "in the case before us",
        "in these cases", "this case", "the present case", "the instant case", "the case before us", "the statute before us",
        "respondent", "respondents", "petitioner", "petitioners", "appellant", "appellants", "appellee", "appellees",
    ]);

    /// <summary>Words that liken the present case to the one told ("Here, too, ...", "as in that case").</summary>
    private static readonly HashSet<string> Likeness = new(
        ["too", "likewise", "similarly", "same", "equally", "similar", "analogous", "indistinguishable"], StringComparer.Ordinal);

    /// <summary>Verbs of the Court's own task after "we" or "I" ("we need not decide", "we are concerned only with").</summary>
    private static readonly HashSet<string> TaskVerbs = new(
        ["need", "concerned", "conclude", "hold", "decide", "think", "believe", "agree", "express", "reach", "consider", "address", "find"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Subjects = new(["we", "i"], StringComparer.Ordinal);

    /// <summary>Words that, soon after a plain "Here" or "In this case", deny or limit what the present case holds.</summary>
    private static readonly HashSet<string> Denials = new(["not", "no", "nothing", "only", "never", "neither", "none", "nor"], StringComparer.Ordinal);

    /// <summary>How many words after a plain present-case opener a denial may stand.</summary>
    private const int DenialReach = 12;

    /// <summary>Phrases that tell of a case already named: what it held or its facts ("In that case ...", "The Court held").</summary>
    private static readonly IReadOnlyList<IReadOnlyList<string>> Anaphora = WordSequence.Phrases(
    [
        "in that case", "in those cases", "in each case", "in both cases", "in each of those cases", "in that decision",
        "in those decisions", "the court held", "the court found", "the court concluded", "the court reasoned",
        "the court noted", "the court upheld", "the court struck", "the court there", "the court rejected",
        "this court held", "we held", "we found", "we concluded", "we upheld", "we struck", "we there", "we rejected",
    ]);

    /// <summary>Verbs after a head "There" that make it existential ("There is no ..."), not the case told.</summary>
    private static readonly HashSet<string> Existential = new(
        ["is", "are", "was", "were", "may", "might", "can", "could", "must", "will", "would", "has", "have", "had", "seems", "appears", "remains", "be"],
        StringComparer.Ordinal);

    /// <summary>Relabels, in <paramref name="treatments"/> (ordered by position), the citations of a discussion the
    /// sentence after it sets against the present case.</summary>
    public static void Apply(string text, SentenceContext context, IReadOnlyList<Opinion> opinions, List<CitationTreatment> treatments)
    {
        if (treatments.Count == 0)
        {
            return;
        }
        var starts = CitationStarts.Of(treatments);
        foreach (var opinion in opinions.Where(o => o.Kind != OpinionKind.Syllabus))
        {
            var paragraphs = opinion.Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var sentences = context.SentencesOf(paragraphs[p].Span);
                for (var s = 0; s < sentences.Count; s++)
                {
                    var sentence = sentences[s];
                    if (CitationStarts.AnyWithin(starts, sentence) || !MayOpen(text, sentence) || EndsQuotation(text, sentence))
                    {
                        continue;
                    }
                    var opener = OpenerOf(context.WordsOf(sentence));
                    if (opener is null)
                    {
                        continue;
                    }
                    var run = Run(text, context, paragraphs, p, s);
                    var cited = Discussed(context, run, starts, treatments);
                    foreach (var i in cited)
                    {
                        if (treatments[i].Citation.OpinionIndex == opinion.Index && SetApartRelabel.Overturnable(treatments[i]))
                        {
                            treatments[i] = SetApartRelabel.As(treatments[i], sentence, Label + opener, Weight);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The contrast opening the sentence ("here ... however", "in contrast ... respondents", "but in this
    /// case"), or null when there is none, when it likens, or when it speaks of the Court's own task.</summary>
    internal static string? OpenerOf(WordSequence words)
    {
        var at = words.Count > 0 && Leads.Contains(words.Words[0].Text) ? 1 : 0;
        var lead = at == 1 ? words.Words[0].Text : null;
        string? found = null;
        int after = -1;
        var marker = MatchAny(words, Markers, at);
        if (marker >= 0 && (words.Words[at].Text == "by" || words.Words[at].Text == "in"))
        {
            // "By contrast, here ...", "In contrast, respondents ..."
            var subject = MatchAny(words, PresentSubjects, marker);
            if (subject >= 0)
            {
                found = Phrase(words, at, subject);
                after = subject;
            }
        }
        else
        {
            var present = MatchAny(words, Present, at);
            if (present >= 0)
            {
                var next = MatchAny(words, Markers, present);
                if (next >= 0)
                {
                    // "Here, however, ...", "In this case, by contrast, ..."
                    found = Phrase(words, at, next);
                    after = next;
                }
                else if (lead == "but")
                {
                    // "But here ...", "But in this case ..."
                    found = Phrase(words, 0, present);
                    after = present;
                }
                else if (DeniedAt(words, present) is var denial and >= 0)
                {
                    // "Here there is only one statement", "In the present case, there was no ..."
                    found = Phrase(words, at, present) + " ... " + words.Words[denial].Text;
                    after = present;
                }
            }
        }
        if (found is null || Likens(words, after) || IsTask(words, after))
        {
            return null;
        }
        return found;
    }

    /// <summary>The end (exclusive) of the first phrase of <paramref name="phrases"/> standing at <paramref name="at"/>, or -1.</summary>
    private static int MatchAny(WordSequence words, IReadOnlyList<IReadOnlyList<string>> phrases, int at)
    {
        var best = -1;
        foreach (var phrase in phrases)
        {
            if (at + phrase.Count <= words.Count && words.MatchesAt(phrase, at))
            {
                best = Math.Max(best, at + phrase.Count);
            }
        }
        return best;
    }

    private static string Phrase(WordSequence words, int from, int to) =>
        string.Join(' ', Enumerable.Range(from, to - from).Select(i => words.Words[i].Text));

    private static bool Likens(WordSequence words, int after)
    {
        if (after < words.Count && words.Words[after].Text == "even")
        {
            // "In the case before us, however, even ...": the present case is a stronger one (a fortiori), not another
            return true;
        }
        for (var i = after; i < Math.Min(words.Count, after + LikenessReach); i++)
        {
            var word = words.Words[i].Text;
            if (Likeness.Contains(word) || word == "as" && i + 1 < words.Count && words.Words[i + 1].Text is "in" or "with" or "there" or "was")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first denial within <see cref="DenialReach"/> words after <paramref name="after"/>, or -1; a denial
    /// in a clause after "that", "which" or "who" ("relies on the fact that not all ...") denies nothing of the present case.</summary>
    private static int DeniedAt(WordSequence words, int after)
    {
        for (var i = after; i < Math.Min(words.Count, after + DenialReach); i++)
        {
            if (Clauses.Contains(words.Words[i].Text))
            {
                return -1;
            }
            if (Denials.Contains(words.Words[i].Text))
            {
                return i;
            }
        }
        return -1;
    }

    private static readonly HashSet<string> Clauses = new(["that", "which", "who", "whether"], StringComparer.Ordinal);

    /// <summary>Whether the sentence closes a quotation (the contrast is the quoted opinion's, not this one's).</summary>
    private static bool EndsQuotation(string text, TextSpan sentence)
    {
        var end = Math.Min(sentence.End, text.Length) - 1;
        while (end > sentence.Start && char.IsWhiteSpace(text[end]))
        {
            end--;
        }
        return end > sentence.Start && text[end] is '"' or '\u201d' or '\'' or '\u2019';
    }

    private static bool IsTask(WordSequence words, int after)
    {
        if (after >= words.Count || !Subjects.Contains(words.Words[after].Text))
        {
            return false;
        }
        for (var i = after + 1; i < Math.Min(words.Count, after + 4); i++)
        {
            if (TaskVerbs.Contains(words.Words[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The sentences before sentence <paramref name="s"/>, nearest first: up to <see cref="RunReach"/> of its
    /// paragraph, or, when it opens its paragraph, of the paragraph before (text after text, a footnote after its own).</summary>
    private static List<TextSpan> Run(string text, SentenceContext context, IReadOnlyList<Paragraph> paragraphs, int p, int s)
    {
        var run = new List<TextSpan>();
        var sentences = context.SentencesOf(paragraphs[p].Span);
        if (s == 0)
        {
            if (p == 0 || paragraphs[p].IsFootnote != paragraphs[p - 1].IsFootnote || OpensFootnote(text, paragraphs[p].Span))
            {
                return run;
            }
            sentences = context.SentencesOf(paragraphs[p - 1].Span);
            s = sentences.Count;
        }
        for (var k = s - 1; k >= 0 && run.Count < RunReach; k--)
        {
            run.Add(sentences[k]);
        }
        return run;
    }

    private static bool OpensFootnote(string text, TextSpan span)
    {
        var head = text.AsSpan(span.Start, Math.Min(span.Length, 24)).TrimStart(" [".AsSpan());
        return head.StartsWith("footnote", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The citations of the run (nearest sentence first) when it discusses them: from its earliest citing
    /// sentence to the contrast, some sentence tells of a case named before ("In that case ...", "There, the officers
    /// ...", "The Court held ...") or opens with the case ("In X, police detained ..."). Otherwise none.</summary>
    private static List<int> Discussed(SentenceContext context, List<TextSpan> run, int[] starts, List<CitationTreatment> treatments)
    {
        var earliest = -1;
        for (var k = 0; k < run.Count; k++)
        {
            if (CitationStarts.AnyWithin(starts, run[k]))
            {
                earliest = k;
            }
        }
        if (earliest < 0)
        {
            return [];
        }
        var told = false;
        var cited = new List<int>();
        for (var k = 0; k <= earliest; k++)
        {
            var inside = CitationStarts.Within(starts, run[k]).ToList();
            cited.AddRange(inside);
            told = told || Tells(context.WordsOf(run[k]), inside.Select(i => treatments[i].Citation.Mention.Span.Start).ToList());
        }
        return told ? cited : [];
    }

    /// <summary>Whether a sentence tells of a case: an anaphoric phrase, a head "There" that is not existential, or a
    /// head "In" right before a citation.</summary>
    internal static bool Tells(WordSequence words, IReadOnlyList<int> citationStarts)
    {
        if (words.Count >= 2 && words.Words[0].Text == "there" && !Existential.Contains(words.Words[1].Text))
        {
            return true;
        }
        if (words.Count >= 2 && words.Words[0].Text == "in" && citationStarts.Contains(words.Words[1].Start))
        {
            return true;
        }
        for (var i = 0; i < words.Count; i++)
        {
            if (MatchAny(words, Anaphora, i) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A cheap look before the words are read: a present-case or contrast word among the first characters.</summary>
    private static bool MayOpen(string text, TextSpan sentence)
    {
        var head = text.AsSpan(sentence.Start, Math.Min(sentence.Length, Math.Min(HeadLength, text.Length - sentence.Start)));
        return head.ContainsAny(OpenerKeys);
    }

    /// <summary>The words <see cref="MayOpen"/> looks for, searched for together (one vectorized pass).</summary>
    private static readonly SearchValues<string> OpenerKeys = SearchValues.Create(["here", "case", "contrast"], StringComparison.OrdinalIgnoreCase);
}
