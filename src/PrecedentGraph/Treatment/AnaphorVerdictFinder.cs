using System.Buffers;
using PrecedentGraph.Model;
using static PrecedentGraph.Model.TreatmentRelation;

namespace PrecedentGraph.Treatment;

/// <summary>A case set apart by a sentence that names it only as "that case" (the singular sibling of
/// <see cref="GroupDenialFinder"/>): the sentence opens, after at most a connective ("But", "Thus", "However"), with "that
/// case", "the decision", "that holding" ..., and its verb is a verdict that the case does not decide the present one, a
/// row of <see cref="TreatmentCueTable"/> read after a case ("is not controlling", "does not control", "is inapposite",
/// "did not involve", "provides no support") or one of <see cref="ExtraVerdicts"/> ("did not present", "does not stand
/// for"): "The court below relied upon Alaska v. Arctic Maid, 366 U.S. 199. That case does not control because ...";
/// "... neither raised nor decided by the Court in Jenness, see id., at 434. Thus, that decision is not controlling on this
/// point". The antecedent is the case cited in the nearest sentence before (within <see cref="BackReach"/> sentences)
/// that cites any; when that sentence cites two different cases the antecedent is left unknown rather than guessed (as
/// eyecite leaves a short citation with two antecedents unresolved). "This case" is the case at bar and is not read.
/// Corpus (2,479 FindLaw decisions, future held-out files skipped): 34 sentences open so with a verdict; of 22 read, 18
/// set apart the case cited just before (wrong: a syllabus's "The case does not involve a political question", a
/// concession "The case did not present a Commerce Clause violation only because ...", a case said to support the Court
/// and then to differ on a detail).</summary>
internal static class AnaphorVerdictFinder
{
    /// <summary>At <see cref="TreatmentAggregator.FirmNegative"/>: the verdict wins the pair over plain citations and
    /// signals, not over reliance stated in words.</summary>
    public const double Weight = 0.62;

    public const string Label = "set apart as \"that case\": ";

    /// <summary>How many sentences before the verdict its antecedent may be cited.</summary>
    private const int BackReach = 2;

    /// <summary>How many words may stand between the anaphor and its verdict ("That case, however, is ...").</summary>
    private const int FillerReach = 2;

    private static readonly HashSet<string> Connectives = new(["but", "thus", "however", "and", "moreover", "hence", "accordingly", "indeed", "yet", "so", "still", "again", "finally", "nevertheless"], StringComparer.Ordinal);
    private static readonly HashSet<string> Determiners = new(["that", "the"], StringComparer.Ordinal);
    private static readonly HashSet<string> Nouns = new(["case", "decision", "holding", "opinion", "precedent", "ruling"], StringComparer.Ordinal);
    private static readonly HashSet<string> Fillers = new(["however", "thus", "therefore", "itself", "alone", "simply", "also", "plainly", "clearly", "obviously", "then", "moreover", "though", "accordingly", "certainly", "surely"], StringComparer.Ordinal);

    /// <summary>Verdicts read after the anaphor besides the table's rows (past forms and the verbs of a question not
    /// reached, frequent in the corpus after "That case").</summary>
    public static IReadOnlyList<string> ExtraVerdicts { get; } =
    [
        "did not present", "does not present", "did not address", "does not address", "did not decide", "does not stand for",
        "did not stand for", "was not controlling", "did not control", "was inapposite", "was distinguishable",
        "does not apply", "did not apply", "has no bearing", "had no bearing", "had no application", "did not support",
        "was not dispositive", "is not on point",
    ];

    private static readonly IReadOnlyList<IReadOnlyList<string>> Verdicts = TreatmentCueTable.Cues
        .Where(c => c.Relation == Distinguishes && c.Scope == CueScope.After)
        .Select(c => c.Phrase)
        .Concat(ExtraVerdicts)
        .Distinct(StringComparer.Ordinal)
        .Select(p => (IReadOnlyList<string>)p.Split(' '))
        .ToList();

    /// <summary>Relabels, in <paramref name="treatments"/> (ordered by position), the citations set apart as "that case".</summary>
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
                if (span.Start < 0 || span.End > text.Length || !MayOpen(text.AsSpan(span.Start, span.Length)))
                {
                    // gate: a few ordinal searches per paragraph
                    continue;
                }
                starts ??= CitationStarts.Of(treatments);
                var from = p > 0 ? opinion.Paragraphs[p - 1].Span.Start : span.Start;
                if (!CitationStarts.AnyWithin(starts, TextSpan.FromBounds(Math.Min(from, span.Start), span.End)))
                {
                    // no case cited here or in the paragraph before: no antecedent (and no sentence split for nothing)
                    continue;
                }
                var sentences = context.SentencesOf(span);
                for (var s = 0; s < sentences.Count; s++)
                {
                    var sentence = sentences[s];
                    var head = text.AsSpan(sentence.Start, Math.Min(sentence.Length, 40));
                    if (!MayOpen(head))
                    {
                        continue;
                    }
                    var verdict = Read(context.WordsOf(sentence));
                    if (verdict is null)
                    {
                        continue;
                    }
                    var back = new List<TextSpan>();
                    for (var k = s - 1; k >= 0 && back.Count < BackReach; k--)
                    {
                        back.Add(sentences[k]);
                    }
                    if (back.Count < BackReach && p > 0 && opinion.Paragraphs[p - 1].IsFootnote == opinion.Paragraphs[p].IsFootnote)
                    {
                        var before = context.SentencesOf(opinion.Paragraphs[p - 1].Span);
                        for (var k = before.Count - 1; k >= 0 && back.Count < BackReach; k--)
                        {
                            back.Add(before[k]);
                        }
                    }
                    foreach (var earlier in back)
                    {
                        var cited = CitationStarts.Within(starts, earlier).Where(i => treatments[i].Citation.OpinionIndex == opinion.Index).ToList();
                        if (cited.Count == 0)
                        {
                            continue;
                        }
                        var keys = cited.Select(i => treatments[i].Citation.CaseKey).Distinct(StringComparer.Ordinal).Count();
                        if (keys == 1)
                        {
                            Relabel(treatments, cited, sentence, verdict);
                        }
                        // the nearest sentence citing a case holds the antecedent, or none does
                        break;
                    }
                }
            }
        }
    }

    /// <summary>The verdict a sentence opening with "that case" gives it, or null.</summary>
    internal static string? Read(WordSequence words)
    {
        var i = 0;
        while (i < Math.Min(2, words.Count) && Connectives.Contains(words.Words[i].Text))
        {
            i++;
        }
        if (i + 3 >= words.Count || !Determiners.Contains(words.Words[i].Text) || !Nouns.Contains(words.Words[i + 1].Text))
        {
            return null;
        }
        for (var j = i + 2; j <= i + 2 + FillerReach && j < words.Count; j++)
        {
            foreach (var verdict in Verdicts)
            {
                if (words.MatchesAt(verdict, j))
                {
                    return string.Join(' ', verdict);
                }
            }
            if (!Fillers.Contains(words.Words[j].Text))
            {
                break;
            }
        }
        return null;
    }

    /// <summary>Whether a stretch of text may hold the anaphor ("that case", "The decision", in either text form): its
    /// keys searched for all at once (one vectorized pass, where a search for each key read a paragraph without one
    /// eight times).</summary>
    private static bool MayOpen(ReadOnlySpan<char> text) => text.ContainsAny(AnaphorKeys);

    private static readonly SearchValues<string> AnaphorKeys = SearchValues.Create(
        ["at case", "at decision", "he case", "he decision", " holding ", " opinion ", " precedent ", " ruling "], StringComparison.Ordinal);

    private static void Relabel(List<CitationTreatment> treatments, List<int> cited, TextSpan sentence, string verdict)
    {
        foreach (var i in cited)
        {
            if (SetApartRelabel.Overturnable(treatments[i]))
            {
                treatments[i] = SetApartRelabel.As(treatments[i], sentence, Label + verdict, Weight);
            }
        }
    }
}
