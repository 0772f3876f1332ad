namespace PrecedentGraph.Model;

public enum ArgumentRelation
{
    Supports,
    Attacks,
}
