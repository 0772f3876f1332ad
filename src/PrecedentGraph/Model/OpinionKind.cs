namespace PrecedentGraph.Model;

public enum OpinionKind
{
    Syllabus,
    Majority,
    Plurality,
    PerCuriam,
    Concurrence,
    ConcurrenceDissent,
    Dissent,
}
