using System.Buffers;
using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Cases answered as a group by a sentence that names none of them: a denial that they reach the present
/// question ("None of these cases was concerned with the procedure at a view.", "Neither case involved ...", "None of
/// the decisions cited as authority support ...") or a turn against them ("Those cases, however, concerned land the
/// Indians had continuously occupied.", "But these cases merely stand for ...", "The review provided for in those cases,
/// however, leaves room for deference ..."). The cases are the ones cited in the few sentences before it (a list, or a
/// party's or another opinion's reliance told there) and, after a denial, the ones the sentences after it go on to
/// discuss, each opening its sentence, up to the first sentence citing none ("None of the decisions cited ... support ... . Staples v. United States, ...,
/// applied ...", "In Henry v. United States, ..., the Court declared ..."). On a corpus sample of 25 such sentences
/// the writer set the cases apart 21 times (the others: "But these cases provided ample grounds for objection", cases
/// turned against a party). A concessive head ("While none of these cases directly addresses ..., all of them show
/// ...") is not an answer. Only labels a later sentence may overturn are relabelled (plain citations, signals of
/// support, reported reliance).</summary>
internal static class GroupDenialFinder
{
    /// <summary>Under <see cref="TreatmentAggregator.FirmNegative"/>: the answer outweighs a few citations of support
    /// (at <see cref="TreatmentAggregator.NegativeFactor"/> times), not an opinion's steady reliance on the case elsewhere.</summary>
    public const double Weight = 0.58;
    public const string Label = "set apart as a group: ";

    /// <summary>How many words from the head of the sentence the group reference may stand.</summary>
    private const int HeadReach = 8;

    /// <summary>How many sentences before the answer its cases may stand.</summary>
    private const int BackReach = 3;

    /// <summary>How many sentences after a denial its cases may stand.</summary>
    private const int ForwardReach = 4;

    /// <summary>How many words may stand before a case that opens its sentence ("In", "Even the", "See also").</summary>
    private const int OpenerReach = 3;

    /// <summary>Words that carry a citation on after its name ("supra, at 5", "cert. denied").</summary>
    private static readonly HashSet<string> CitationTails = new(["supra", "at", "ante", "post", "id", "ibid", "n", "cert", "and", "or", "see", "cf", "quoting", "citing"], StringComparer.Ordinal);

    /// <summary>Words that join a clause to the citation's own sentence ("X relied on Y, but as we have described, those
    /// cases involved much more"): the clause answers the sentence's subject, not a run-in sentence.</summary>
    private static readonly HashSet<string> Conjunctions = new(["but", "yet", "as", "although", "though", "while", "which", "where", "because", "since", "for"], StringComparer.Ordinal);

    private static readonly HashSet<string> Conditions = new(SetApartCueTable.ConditionWords, StringComparer.Ordinal);

    private static readonly HashSet<string> GroupNouns = new(["cases", "decisions", "precedents", "authorities", "case", "decision"], StringComparer.Ordinal);
    private static readonly HashSet<string> Demonstratives = new(["these", "those"], StringComparer.Ordinal);
    private static readonly HashSet<string> Concessives = new(["while", "although", "though", "if", "whether", "because", "since", "even", "that"], StringComparer.Ordinal);
    private static readonly HashSet<string> CaseOpeners = new(["in", "even", "the", "see", "also", "cf", "e", "g", "and", "but", "for", "example", "instance", "thus", "similarly"], StringComparer.Ordinal);

    /// <summary>The kind of answer a sentence gives its cases.</summary>
    internal enum Answer
    {
        None,

        /// <summary>A turn against the cases just cited ("Those cases, however, ...").</summary>
        Turn,

        /// <summary>A denial that the cases reach the present question ("None of these cases ..."): the cases discussed
        /// after it are answered too.</summary>
        Denial,
    }

    /// <summary>Relabels, in <paramref name="treatments"/> (ordered by position), the citations answered as a group.</summary>
    public static void Apply(string text, SentenceContext context, IReadOnlyList<Opinion> opinions, List<CitationTreatment> treatments)
    {
        if (treatments.Count == 0)
        {
            return;
        }
        int[]? starts = null;
        foreach (var opinion in opinions.Where(o => o.Kind != OpinionKind.Syllabus))
        {
            for (var p = 0; p < opinion.Paragraphs.Count; p++)
            {
                var span = opinion.Paragraphs[p].Span;
                if (span.Start < 0 || span.End > text.Length || !MayAnswer(text.AsSpan(span.Start, span.Length)))
                {
                    // gate: a few ordinal searches per paragraph
                    continue;
                }
                starts ??= CitationStarts.Of(treatments);
                var sentences = context.SentencesOf(span);
                for (var s = 0; s < sentences.Count; s++)
                {
                    var sentence = sentences[s];
                    if (!MayAnswer(text.AsSpan(sentence.Start, sentence.Length)))
                    {
                        continue;
                    }
                    var inSentence = CitationStarts.Within(starts, sentence).ToList();
                    var answer = inSentence.Count == 0 ? Read(context.WordsOf(sentence)) : ReadTail(text, sentence, treatments, inSentence);
                    if (answer == Answer.None)
                    {
                        continue;
                    }
                    var back = new List<TextSpan>();
                    if (inSentence.Count > 0)
                    {
                        // the answer ran into the citations before it where normalized text lost the period
                        // ("see,X,Y,the review provided for in those cases,however,leaves room ...")
                        Relabel(treatments, inSentence, opinion.Index, sentence, answer);
                    }
                    for (var k = s - 1; k >= 0 && back.Count < BackReach; k--)
                    {
                        back.Add(sentences[k]);
                    }
                    if (s == 0 && p > 0 && opinion.Paragraphs[p - 1].IsFootnote == opinion.Paragraphs[p].IsFootnote && !OpensFootnote(text, span))
                    {
                        var before = context.SentencesOf(opinion.Paragraphs[p - 1].Span);
                        for (var k = before.Count - 1; k >= 0 && back.Count < BackReach; k--)
                        {
                            back.Add(before[k]);
                        }
                    }
                    foreach (var earlier in back)
                    {
                        Relabel(treatments, CitationStarts.Within(starts, earlier), opinion.Index, sentence, answer);
                    }
                    if (answer == Answer.Denial)
                    {
                        for (var k = s + 1; k < Math.Min(sentences.Count, s + 1 + ForwardReach); k++)
                        {
                            var cited = CitationStarts.Within(starts, sentences[k]).ToList();
                            if (cited.Count == 0)
                            {
                                // "None of the cases ... . Many cases upheld ... . E. g., X": a sentence citing none turns
                                // to another point, which the cases after it back up
                                break;
                            }
                            if (OpensWithCase(text, sentences[k], starts[cited[0]]))
                            {
                                Relabel(treatments, cited, opinion.Index, sentence, answer);
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>The answer a sentence citing no case gives the cases around it, if any.</summary>
    internal static Answer Read(WordSequence words)
    {
        if (words.Count < 4 || Concessives.Contains(words.Words[0].Text))
        {
            return Answer.None;
        }
        var reach = Math.Min(words.Count - 1, HeadReach);
        // "But if there is any distinction between these cases and ...": a condition, not a turn
        var contrast = words.Words[0].Text is "but" or "yet" && !Conditions.Contains(words.Words[1].Text);
        for (var i = 0; i < reach; i++)
        {
            var word = words.Words[i].Text;
            if (word == "however" && (i == 0 ? words.Words[1].AfterBreak : words.Words[i].AfterBreak))
            {
                // set off by punctuation ("Those cases, however, ..."); "However imprecise these cases may be" concedes
                contrast = true;
            }
            if (word == "none" && words.Words[i + 1].Text == "of" && GroupWithin(words, i + 2, 4))
            {
                return Answer.Denial;
            }
            if (word == "neither" && (GroupNouns.Contains(words.Words[i + 1].Text) || words.Words[i + 1].Text == "of" && GroupWithin(words, i + 2, 4)))
            {
                return Answer.Denial;
            }
        }
        for (var i = 0; i < reach; i++)
        {
            if (Demonstratives.Contains(words.Words[i].Text) && words.Words[i + 1].Text is "cases" or "decisions" or "precedents")
            {
                if (i > 0 && words.Words[i - 1].Text == "in" && words.Words[i].Text == "these")
                {
                    // "In these cases, however, ..." speaks as often of the cases at bar
                    return Answer.None;
                }
                // "But those cases ...", "Those decisions, however, ...": the turn must come by the end of the head
                for (var k = i + 2; k < Math.Min(words.Count, i + 4) && !contrast; k++)
                {
                    contrast = words.Words[k].Text == "however" && words.Words[k].AfterBreak;
                }
                return contrast ? Answer.Turn : Answer.None;
            }
        }
        return Answer.None;
    }

    /// <summary>The answer read in the words after a sentence's last citation, when punctuation parts them from it (a
    /// sentence run into the citations before it), or <see cref="Answer.None"/>.</summary>
    private static Answer ReadTail(string text, TextSpan sentence, List<CitationTreatment> treatments, List<int> cited)
    {
        var end = cited.Max(i => treatments[i].Citation.Mention.Span.End);
        if (end >= sentence.End || !MayAnswer(text.AsSpan(end, sentence.End - end)))
        {
            return Answer.None;
        }
        var tail = WordSequence.Of(text, TextSpan.FromBounds(end, sentence.End));
        if (tail.Count == 0 || CitationTails.Contains(tail.Words[0].Text) || Conjunctions.Contains(tail.Words[0].Text))
        {
            return Answer.None;
        }
        // only punctuation parts a run-in sentence from the citation ("smith jones,none of these cases ...")
        for (var i = end; i < tail.Words[0].Start; i++)
        {
            if (text[i] is not (',' or '.' or ';' or ' '))
            {
                return Answer.None;
            }
        }
        return Read(tail);
    }

    /// <summary>Whether a plural noun of cases stands within <paramref name="reach"/> words from <paramref name="from"/>
    /// ("of the decisions", "of our prior cases", "of the cases relied upon").</summary>
    private static bool GroupWithin(WordSequence words, int from, int reach)
    {
        for (var k = from; k < Math.Min(words.Count, from + reach); k++)
        {
            if (words.Words[k].Text is "cases" or "decisions" or "precedents" or "authorities")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a stretch of text may hold an answer (every form holds one of these words, lowercase in both
    /// text forms but for the head of a sentence).</summary>
    private static bool MayAnswer(ReadOnlySpan<char> text) =>
        text.ContainsAny(AnswerKeys) && (text.IndexOf("one of ", StringComparison.Ordinal) > 0 && (text.IndexOf("none of ", StringComparison.Ordinal) >= 0 || text.IndexOf("None of ", StringComparison.Ordinal) >= 0)
        || text.IndexOf("either ", StringComparison.Ordinal) > 0 && (text.IndexOf("either case", StringComparison.Ordinal) >= 0
            || text.IndexOf("either decision", StringComparison.Ordinal) >= 0 || text.IndexOf("either of", StringComparison.Ordinal) >= 0)
        || text.IndexOf("se cases", StringComparison.Ordinal) >= 0
        || text.IndexOf("se decisions", StringComparison.Ordinal) >= 0
        || text.IndexOf("se precedents", StringComparison.Ordinal) >= 0);

    /// <summary>Every form of <see cref="MayAnswer"/> holds one of these: searched for all at once (one vectorized pass)
    /// before the forms are told apart.</summary>
    private static readonly SearchValues<string> AnswerKeys =
        SearchValues.Create(["one of ", "either ", "se cases", "se decisions", "se precedents"], StringComparison.Ordinal);

    /// <summary>Whether only a few opener words ("In", "Even the", "See also") stand before the sentence's first citation.</summary>
    private static bool OpensWithCase(string text, TextSpan sentence, int firstCitation)
    {
        if (firstCitation <= sentence.Start)
        {
            return true;
        }
        var head = WordSequence.Of(text, TextSpan.FromBounds(sentence.Start, Math.Min(firstCitation, sentence.End)));
        return head.Count <= OpenerReach && head.Words.All(w => CaseOpeners.Contains(w.Text));
    }

    private static bool OpensFootnote(string text, TextSpan paragraph) =>
        text.AsSpan(paragraph.Start, Math.Min(paragraph.Length, 16)).TrimStart(" [".AsSpan()).StartsWith("footnote", StringComparison.OrdinalIgnoreCase);

    private static void Relabel(List<CitationTreatment> treatments, IEnumerable<int> cited, int opinion, TextSpan sentence, Answer answer)
    {
        var cue = Label + (answer == Answer.Denial ? "a denial naming the cases" : "a turn against the cases");
        foreach (var i in cited)
        {
            if (treatments[i].Citation.OpinionIndex == opinion && SetApartRelabel.Overturnable(treatments[i]))
            {
                treatments[i] = SetApartRelabel.As(treatments[i], sentence, cue, Weight);
            }
        }
    }
}
