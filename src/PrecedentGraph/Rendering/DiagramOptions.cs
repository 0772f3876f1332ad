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

    /// <summary>Characters per line before a label wraps, in the screen style.</summary>
    public int WrapWidth { get; init; } = 20;

    /// <summary>Characters per line in the paper style: 16, narrow boxes, so that a four-layer drawing fits an A4
    /// column with text of 8 pt or more (<see cref="PaperLayoutChooser"/> tries wider lines when they make the
    /// figure fit one page).</summary>
    public int PaperWrapWidth { get; init; } = 16;

    public int EffectiveWrapWidth => Math.Max(8, Style == DiagramStyle.Paper ? PaperWrapWidth : WrapWidth);

    public static DiagramOptions Default { get; } = new();
}
