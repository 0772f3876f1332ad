namespace PrecedentGraph.Cli;

/// <summary>The machine cannot do what was asked: locked database, Graphviz failure, full disk (exit 3).</summary>
internal sealed class EnvironmentException(string message) : Exception(message);
