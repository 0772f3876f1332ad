namespace PrecedentGraph.Rendering;

/// <summary>How a diagram (DOT or SVG) is drawn.</summary>
public sealed record DiagramOptions
{
    public DiagramLayout Layout { get; init; } = DiagramLayout.LeftToRight;

    public DiagramStyle Style { get; init; } = DiagramStyle.Screen;

    /// <summary>Draw justices as nodes with authored/joins edges. Off by default: each opinion's cluster label
    /// already names its author and joiners.</summary>
    public bool ShowJustices { get; init; }

    /// <summary>Labels longer than this are cut with an ellipsis in the drawing (the full text stays in tooltips).</summary>
    public int MaxLabelLength { get; init; } = 120;

    /// <summary>Characters per line before a label wraps (paper style wraps at 16 at most, so that a
    /// four-layer drawing fits an A4 column with text of 8 pt or more).</summary>
    public int WrapWidth { get; init; } = 20;

    public int EffectiveWrapWidth => Math.Max(8, Style == DiagramStyle.Paper ? Math.Min(WrapWidth, 16) : WrapWidth);

    public static DiagramOptions Default { get; } = new();
}
