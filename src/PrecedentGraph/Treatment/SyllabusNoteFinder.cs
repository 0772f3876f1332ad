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
        var read = new Dictionary<TextSpan, bool>();
        foreach (var treatment in treatments.Where(t => syllabus.Contains(t.Citation.OpinionIndex) && t.Citation.CaseKey is not null))
        {
            if (!read.TryGetValue(treatment.Sentence, out var setsApart))
            {
                setsApart = EndsWithNote(WordSequence.Of(text, treatment.Sentence));
                read[treatment.Sentence] = setsApart;
            }
            if (setsApart)
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

    /// <summary>The note ends the sentence, or the page reference after it where the period was lost ("... ,
    /// distinguished.pp.").</summary>
    private static bool EndsWithNote(WordSequence words)
    {
        var end = words.Count;
        while (end > 0 && words.Words[end - 1].Text is "p" or "pp")
        {
            end--;
        }
        return Endings.Any(e => end >= e.Count && words.MatchesAt(e, end - e.Count));
    }

    private static bool IsRelabelled(CitationTreatment treatment) =>
        treatment.Relation is TreatmentRelation.ReliesOn or TreatmentRelation.Explains or TreatmentRelation.Cites
        && treatment.Confidence < TreatmentAggregator.ExplicitReliance;
}
