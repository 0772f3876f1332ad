namespace PrecedentGraph.Rendering;

/// <summary>Which renderer draws SVG, PDF and PNG: Graphviz when found (auto), always the built-in one, or always Graphviz.</summary>
public enum RenderEngine
{
    Auto,
    Builtin,
    Graphviz,
}
