using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>The style of each node kind, shared by the DOT writer and the built-in SVG renderer.</summary>
public static class NodeStyles
{
    public static NodeStyle For(NodeKind kind) => kind switch
    {
        NodeKind.Decision => new("#fde9c8", "#e0e0e0", "#8a5a00", false, 2.0),
        NodeKind.Opinion => new("#dbe8f7", "#f0f0f0", "#1f4e9c", true, 1.4),
        NodeKind.Justice => new("#eeeeee", "#ffffff", "#606060", true, 0.8),
        NodeKind.Case => new("#fffbe0", "#ffffff", "#7a6a00", false, 1.0),
        NodeKind.Argument => new("#ffffff", "#ffffff", "#505050", true, 0.8),
        _ => new("#eaf5ea", "#f6f6f6", "#2f6f2f", false, 1.0),
    };
}
