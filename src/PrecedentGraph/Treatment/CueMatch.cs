using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>A rule that fired for one citation: the relation it gives, its weight and the cue as shown to users.</summary>
/// <param name="Specificity">Breaks ties between rows of equal weight (higher wins).</param>
internal readonly record struct CueMatch(TreatmentRelation Relation, double Weight, string Cue, bool Quoted, int Specificity = 0);
