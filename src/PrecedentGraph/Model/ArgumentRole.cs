namespace PrecedentGraph.Model;

public enum ArgumentRole
{
    /// <summary>The opinion's disposition or holding ("we reverse", "I would affirm").</summary>
    Conclusion,
    /// <summary>A reason given for it.</summary>
    Reason,
}
