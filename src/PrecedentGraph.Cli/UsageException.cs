namespace PrecedentGraph.Cli;

/// <summary>The command line asks for something impossible (exit 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
