using System.Text;
using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>Writes a graph in any <see cref="RenderFormat"/>, choosing the engine for SVG, PDF and PNG:
/// Graphviz when asked for or (auto) when `dot` is on PATH, else the built-in SVG renderer (rasterized to
/// PDF and PNG by <see cref="SkiaRasterizer"/>). With <see cref="RenderEngine.Auto"/>, a Graphviz run that
/// fails or passes its time limit (Graphviz 2.43 aborts on some clustered graphs) falls back to the built-in
/// renderer and reports one line through the warning callback; with <see cref="RenderEngine.Graphviz"/> the
/// failure is a <see cref="RenderingException"/>.</summary>
public sealed class DiagramRenderer
{
    /// <summary>How long auto lets Graphviz run before drawing with the built-in renderer instead (Graphviz
    /// itself, asked for by name, gets <see cref="GraphvizEngine.DefaultTimeLimit"/>).</summary>
    public static TimeSpan AutoTimeLimit { get; } = TimeSpan.FromSeconds(20);

    public const string GraphvizMissing = "Graphviz (dot) was not found on PATH; install it (apt-get install graphviz) or use --engine builtin";

    private readonly RenderEngine _engine;
    private readonly Func<GraphvizEngine?> _findGraphviz;
    private readonly Action<string> _warn;

    /// <param name="engine">Which engine draws SVG, PDF and PNG.</param>
    /// <param name="findGraphviz">Finds the Graphviz engine (default: `dot` on PATH, with <see cref="AutoTimeLimit"/>
    /// under auto); null when absent.</param>
    /// <param name="warn">Receives a one-line warning when auto falls back from a failed Graphviz run.</param>
    public DiagramRenderer(RenderEngine engine, Func<GraphvizEngine?>? findGraphviz = null, Action<string>? warn = null)
    {
        _engine = engine;
        _findGraphviz = findGraphviz ?? (() => GraphvizEngine.Find(engine == RenderEngine.Auto ? AutoTimeLimit : null));
        _warn = warn ?? (_ => { });
    }

    public byte[] Render(DecisionGraph graph, RenderFormat format, DiagramOptions options) => format switch
    {
        RenderFormat.Dot => Text(DotWriter.Write(graph, options)),
        RenderFormat.Svg => RenderSvg(graph, options),
        RenderFormat.Pdf => RenderRaster(graph, options, "pdf"),
        RenderFormat.Png => RenderRaster(graph, options, "png"),
        RenderFormat.GraphMl => Text(GraphMlWriter.Write(graph)),
        RenderFormat.Gexf => Text(GexfWriter.Write(graph)),
        RenderFormat.CytoscapeJson => Text(CytoscapeJsonWriter.Write(graph)),
        RenderFormat.Aif => Text(AifJsonWriter.Write(graph)),
        RenderFormat.Csv => Text(CsvEdgeWriter.Write(graph)),
        _ => Text(GraphJsonWriter.Write(graph)),
    };

    private byte[] RenderSvg(DecisionGraph graph, DiagramOptions options)
    {
        var drawn = WithGraphviz(graphviz =>
        {
            var plan = DiagramPlanner.Plan(graph, options);
            var svg = Encoding.UTF8.GetString(graphviz.Render(DotWriter.Write(plan, options), "svg"));
            return Text(SvgSanitizer.Sanitize(svg, plan.Title.Length == 0 ? "Precedent graph" : plan.Title, plan.Description));
        });
        return drawn ?? Text(BuiltinSvgRenderer.Render(graph, options));
    }

    private byte[] RenderRaster(DecisionGraph graph, DiagramOptions options, string format)
    {
        var drawn = WithGraphviz(graphviz => graphviz.Render(DotWriter.Write(graph, options), format));
        if (drawn is not null)
        {
            return drawn;
        }
        var svg = BuiltinSvgRenderer.Render(graph, options);
        return format == "pdf" ? SkiaRasterizer.ToPdf(svg) : SkiaRasterizer.ToPng(svg);
    }

    /// <summary>The Graphviz drawing, or null when the built-in renderer should draw instead: the engine is
    /// builtin, or auto found no Graphviz, or auto's Graphviz run failed (a warning says so).</summary>
    private byte[]? WithGraphviz(Func<GraphvizEngine, byte[]> draw)
    {
        if (_engine == RenderEngine.Builtin)
        {
            return null;
        }
        var graphviz = _findGraphviz();
        if (graphviz is null)
        {
            return _engine == RenderEngine.Graphviz ? throw new RenderingException(GraphvizMissing) : null;
        }
        if (_engine == RenderEngine.Graphviz)
        {
            return draw(graphviz);
        }
        try
        {
            return draw(graphviz);
        }
        catch (RenderingException e)
        {
            _warn(e.Message.ReplaceLineEndings(" ") + "; drawn with the built-in renderer instead");
            return null;
        }
    }

    private static byte[] Text(string text) => new UTF8Encoding(false).GetBytes(text);
}
