namespace PrecedentGraph.Model;

public enum Position
{
    WithMajority,
    Against,
    Silent,
}
