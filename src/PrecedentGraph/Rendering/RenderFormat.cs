namespace PrecedentGraph.Rendering;

/// <summary>Every output the render verb can write.</summary>
public enum RenderFormat
{
    Dot,
    Svg,
    Pdf,
    Png,
    GraphMl,
    Gexf,
    CytoscapeJson,
    Aif,
    Json,
    Csv,
}
