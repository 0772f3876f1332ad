namespace PrecedentGraph.Model;

/// <summary>Something a stage noticed about bad or odd text. Bad text is data, not an exception.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, TextSpan? Span = null)
{
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
