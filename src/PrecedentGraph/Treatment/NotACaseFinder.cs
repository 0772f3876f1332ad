using System.Buffers;
using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Cases shown to be of a kind the present case is not: a statement "This is not a case where (in which) ..."
/// followed, within a few sentences of its paragraph, by a citation sentence ("See X; Y.", "Cf. X.", "That was X.").
/// The cited cases are the kind described, which the opinion sets apart ("... this is not a case where the police
/// were questioning a suspect in the course of investigating an unsolved crime. See X; Y."). Sentences between the
/// statement and the citations must go on denying ("The advertisements are not broadcast over loudspeakers."): a
/// sentence that turns to say what the case is ("Rather, ...", "Where the police enter ..., it has long been approved")
/// ends the reach. Citations in the statement's own sentence after it are read by the mention rules
/// (<see cref="TreatmentCueTable"/>). Only plain citations and signals of support are relabelled.</summary>
internal static class NotACaseFinder
{
    public const double Weight = 0.65;
    public const string Label = "set apart by the statement before: ";

    /// <summary>How many sentences after the statement the citation sentence may stand.</summary>
    private const int Reach = 3;

    /// <summary>How many opener words may stand before the first citation of a citation sentence.</summary>
    private const int OpenerReach = 3;

    private static readonly IReadOnlyList<IReadOnlyList<string>> Statements = WordSequence.Phrases(SetApartCueTable.NotACase);
    private static readonly HashSet<string> Openers = new(SetApartCueTable.CitationSentenceOpeners, StringComparer.Ordinal);
    private static readonly HashSet<string> Denials = new(SetApartCueTable.DenialWords, StringComparer.Ordinal);

    /// <summary>Relabels, in <paramref name="treatments"/> (ordered by position), the citations set apart by a statement before them.</summary>
    public static void Apply(string text, SentenceContext context, IReadOnlyList<Opinion> opinions, List<CitationTreatment> treatments)
    {
        if (treatments.Count == 0)
        {
            return;
        }
        int[]? starts = null;
        foreach (var opinion in opinions.Where(o => o.Kind != OpinionKind.Syllabus))
        {
            foreach (var paragraph in opinion.Paragraphs)
            {
                var span = paragraph.Span;
                if (span.Start < 0 || span.End > text.Length || !MayState(text.AsSpan(span.Start, span.Length)) && !UnlikeStatementReader.MayState(text.AsSpan(span.Start, span.Length)))
                {
                    // gate: two vectorized searches per paragraph
                    continue;
                }
                starts ??= CitationStarts.Of(treatments);
                if (!CitationStarts.AnyWithin(starts, span))
                {
                    // the citation sentence must follow in the paragraph
                    continue;
                }
                var sentences = context.SentencesOf(span);
                for (var s = 0; s < sentences.Count; s++)
                {
                    var sentenceText = text.AsSpan(sentences[s].Start, sentences[s].Length);
                    var unlike = UnlikeStatementReader.MayState(sentenceText);
                    if (!MayState(sentenceText) && !unlike)
                    {
                        continue;
                    }
                    var words = context.WordsOf(sentences[s]);
                    // "This is not a case where ...", or "This case is quite unlike others in which ..." (UnlikeStatementReader)
                    var statement = Statements.FirstOrDefault(p => words.NextMatch(p, 0, words.Count) >= 0)
                        ?? (unlike && UnlikeStatementReader.Find(words) is { } comparison ? comparison.Split(' ') : null);
                    if (statement is null)
                    {
                        continue;
                    }
                    for (var k = s + 1; k < Math.Min(sentences.Count, s + 1 + Reach); k++)
                    {
                        var cited = CitationStarts.Within(starts, sentences[k]).ToList();
                        if (cited.Count == 0)
                        {
                            if (context.WordsOf(sentences[k]).Words.Any(w => Denials.Contains(w.Text)))
                            {
                                continue;
                            }
                            break;
                        }
                        if (OpensWithCitation(text, sentences[k], starts[cited[0]]))
                        {
                            Relabel(treatments, cited, opinion.Index, sentences[s], string.Join(' ', statement));
                        }
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Whether a stretch of text may hold a statement (every phrase of <see cref="SetApartCueTable.NotACase"/>
    /// holds one of these, lowercase in both text forms).</summary>
    private static bool MayState(ReadOnlySpan<char> text) => text.ContainsAny(StatementKeys);

    /// <summary>The words <see cref="MayState"/> looks for, searched for together (one vectorized pass).</summary>
    private static readonly SearchValues<string> StatementKeys = SearchValues.Create(["not a case", "not a situation"], StringComparison.Ordinal);

    /// <summary>Whether only a few opener words ("See, e.g.,", "Cf.", "That was") stand before the sentence's first citation.</summary>
    private static bool OpensWithCitation(string text, TextSpan sentence, int firstCitation)
    {
        if (firstCitation <= sentence.Start)
        {
            return true;
        }
        var head = WordSequence.Of(text, TextSpan.FromBounds(sentence.Start, Math.Min(firstCitation, sentence.End)));
        return head.Count <= OpenerReach && head.Words.All(w => Openers.Contains(w.Text));
    }

    private static void Relabel(List<CitationTreatment> treatments, List<int> cited, int opinion, TextSpan statement, string phrase)
    {
        foreach (var i in cited)
        {
            var treatment = treatments[i];
            if (treatment.Citation.OpinionIndex != opinion || treatment.Relation != TreatmentRelation.ReliesOn || treatment.Confidence >= TreatmentAggregator.ExplicitReliance)
            {
                continue;
            }
            treatments[i] = SetApartRelabel.As(treatment, statement, Label + phrase, Weight);
        }
    }
}
