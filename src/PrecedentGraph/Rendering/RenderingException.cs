namespace PrecedentGraph.Rendering;

/// <summary>A renderer could not produce its output because of the environment (Graphviz missing, failed or
/// too slow). The message is one line for the user.</summary>
public sealed class RenderingException(string message, Exception? inner = null) : Exception(message, inner);
