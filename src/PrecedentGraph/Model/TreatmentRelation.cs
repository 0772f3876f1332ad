namespace PrecedentGraph.Model;

/// <summary>How an opinion or argument treats a case, from strongest signal to neutral.</summary>
public enum TreatmentRelation
{
    Overrules,
    Criticizes,
    Distinguishes,
    Limits,
    ReliesOn,
    Explains,
    Cites,
}
