using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>One row of the rule table: a phrase (in the canonical word form of <see cref="WordSequence"/>:
/// lowercase letters, words separated by one space) that, standing where <see cref="Scope"/> says,
/// gives the citation <see cref="Relation"/> with confidence <see cref="Weight"/>.</summary>
/// <param name="Quoted">The cue itself says the opinion quotes the case ("quoting").</param>
public sealed record TreatmentCue(string Phrase, TreatmentRelation Relation, double Weight, CueScope Scope, bool Quoted = false)
{
    /// <summary>The phrase split into words.</summary>
    public IReadOnlyList<string> Words { get; } = Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
