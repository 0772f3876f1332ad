namespace PrecedentGraph.Model;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
