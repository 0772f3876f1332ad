using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>The syllabus names the cases the Court sets apart ("Greer v. Spock, 424 U.S. 828, and Lehman v. Shaker
/// Heights, 418 U.S. 298, distinguished."): the opinion of the Court distinguishes them. The first citation of each
/// such case in the Court's opinion that no cue of its own labels is relabelled, with the syllabus sentence as its
/// evidence.</summary>
internal static class SyllabusNoteFinder
{
    public const double Weight = 0.70;

    /// <summary>The cue of a citation relabelled here.</summary>
    public const string Label = "syllabus: distinguished";

    /// <summary>Last words of a syllabus sentence that sets the cases cited in it apart.</summary>
    private static readonly IReadOnlyList<IReadOnlyList<string>> Endings = WordSequence.Phrases(["distinguished", "is distinguishable", "are distinguishable"]);

    public static void Apply(string text, IReadOnlyList<Opinion> opinions, List<CitationTreatment> treatments)
    {
        var syllabus = opinions.Where(o => o.Kind == OpinionKind.Syllabus).Select(o => o.Index).ToHashSet();
        var court = opinions.Where(o => o.Kind is OpinionKind.Majority or OpinionKind.Plurality or OpinionKind.PerCuriam).Select(o => o.Index).ToHashSet();
        if (syllabus.Count == 0 || court.Count == 0)
        {
            return;
        }
        var notes = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var read = new Dictionary<TextSpan, (WordSequence Words, int End)>();
        foreach (var treatment in treatments.Where(t => syllabus.Contains(t.Citation.OpinionIndex) && t.Citation.CaseKey is not null))
        {
            if (!read.TryGetValue(treatment.Sentence, out var sentence))
            {
                var words = WordSequence.Of(text, treatment.Sentence);
                sentence = (words, NoteAt(words));
                read[treatment.Sentence] = sentence;
            }
            if (sentence.End >= 0 && !OtherNoteBetween(sentence.Words, sentence.Words.IndexAt(treatment.Citation.Mention.Span.End), sentence.End))
            {
                notes.TryAdd(treatment.Citation.CaseKey!, treatment.Sentence);
            }
        }
        for (var i = 0; i < treatments.Count && notes.Count > 0; i++)
        {
            var treatment = treatments[i];
            if (court.Contains(treatment.Citation.OpinionIndex) && treatment.Citation.CaseKey is { } key
                && notes.TryGetValue(key, out var sentence) && IsRelabelled(treatment))
            {
                treatments[i] = treatment with { Relation = TreatmentRelation.Distinguishes, Cue = Label, Confidence = Weight, Sentence = sentence };
                notes.Remove(key);
            }
        }
    }

    /// <summary>Where the note ending the sentence starts (or the page reference after it, where the period was lost:
    /// "... , distinguished.pp."), or -1.</summary>
    private static int NoteAt(WordSequence words)
    {
        var end = words.Count;
        while (end > 0 && words.Words[end - 1].Text is "p" or "pp")
        {
            end--;
        }
        var ending = Endings.FirstOrDefault(e => end >= e.Count && words.MatchesAt(e, end - e.Count));
        return ending is null ? -1 : end - ending.Count;
    }

    /// <summary>Another note between the citation and the final one ("X, supra, followed; Y, distinguished."): the
    /// final note is not the citation's.</summary>
    private static bool OtherNoteBetween(WordSequence words, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, words.Count); i++)
        {
            if (OtherNotes.Contains(words.Words[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> OtherNotes = new(["followed", "applied", "approved", "reaffirmed", "overruled", "limited", "explained", "affirmed", "reversed", "vacated", "disapproved", "questioned"], StringComparer.Ordinal);

    private static bool IsRelabelled(CitationTreatment treatment) =>
        treatment.Relation is TreatmentRelation.ReliesOn or TreatmentRelation.Explains or TreatmentRelation.Cites
        && treatment.Confidence < TreatmentAggregator.ExplicitReliance;
}
