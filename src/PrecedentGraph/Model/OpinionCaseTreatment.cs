namespace PrecedentGraph.Model;

/// <summary>The dominant treatment of a case by an opinion, over all its mentions there.</summary>
/// <param name="Evidence">Sentence spans, the deciding one first.</param>
public sealed record OpinionCaseTreatment(
    int OpinionIndex,
    string CaseKey,
    TreatmentRelation Relation,
    int Count,
    bool Quoted,
    string Cue,
    double Confidence,
    IReadOnlyList<TextSpan> Evidence);
