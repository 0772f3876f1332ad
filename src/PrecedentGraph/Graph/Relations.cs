using PrecedentGraph.Model;

namespace PrecedentGraph.Graph;

/// <summary>The exact vocabulary of ../shared/contracts/graph-json.md.</summary>
public static class Relations
{
    public const string ReliesOn = "relies-on";
    public const string Distinguishes = "distinguishes";
    public const string Criticizes = "criticizes";
    public const string Limits = "limits";
    public const string Overrules = "overrules";
    public const string Explains = "explains";
    public const string Cites = "cites";
    public const string Authored = "authored";
    public const string Joins = "joins";
    public const string PartOf = "part-of";
    public const string ConcursWith = "concurs-with";
    public const string DissentsFrom = "dissents-from";
    public const string Makes = "makes";
    public const string Supports = "supports";
    public const string Attacks = "attacks";

    public static string Name(TreatmentRelation relation) => relation switch
    {
        TreatmentRelation.ReliesOn => ReliesOn,
        TreatmentRelation.Distinguishes => Distinguishes,
        TreatmentRelation.Criticizes => Criticizes,
        TreatmentRelation.Limits => Limits,
        TreatmentRelation.Overrules => Overrules,
        TreatmentRelation.Explains => Explains,
        _ => Cites,
    };

    public static string Name(ArgumentRelation relation) =>
        relation == ArgumentRelation.Supports ? Supports : Attacks;

    public static string Name(OpinionKind kind) => kind switch
    {
        OpinionKind.Syllabus => "syllabus",
        OpinionKind.Majority => "majority",
        OpinionKind.Plurality => "plurality",
        OpinionKind.PerCuriam => "per-curiam",
        OpinionKind.Concurrence => "concurrence",
        OpinionKind.ConcurrenceDissent => "concurrence-dissent",
        _ => "dissent",
    };

    public static string Name(NodeKind kind) => kind.ToString().ToLowerInvariant();

    public static bool IsTreatment(string relation) => relation is ReliesOn or Distinguishes or Criticizes
        or Limits or Overrules or Explains or Cites;
}
