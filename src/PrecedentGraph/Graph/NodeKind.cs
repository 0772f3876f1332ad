namespace PrecedentGraph.Graph;

public enum NodeKind
{
    Decision,
    Opinion,
    Justice,
    Case,
    Argument,
    Provision,
}
