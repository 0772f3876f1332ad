namespace PrecedentGraph.Model;

/// <summary>The treatment of one citation, with the sentence and cue behind it.</summary>
public sealed record CitationTreatment(
    ResolvedCitation Citation,
    TreatmentRelation Relation,
    bool Quoted,
    string Cue,
    double Confidence,
    TextSpan Sentence);
