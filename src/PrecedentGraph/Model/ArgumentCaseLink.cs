namespace PrecedentGraph.Model;

/// <summary>An argument's use of a case, with the treatment of the citation inside it.</summary>
public sealed record ArgumentCaseLink(int Argument, string CaseKey, TreatmentRelation Relation, bool Quoted, TextSpan Evidence);
