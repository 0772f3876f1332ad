using System.Text;
using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>Writes a graph in any <see cref="RenderFormat"/>, choosing the engine for SVG, PDF and PNG:
/// Graphviz when asked for or (auto) when `dot` is on PATH, else the built-in SVG renderer (rasterized to
/// PDF and PNG by <see cref="SkiaRasterizer"/>).</summary>
public sealed class DiagramRenderer
{
    public const string GraphvizMissing = "Graphviz (dot) was not found on PATH; install it (apt-get install graphviz) or use --engine builtin";

    private readonly RenderEngine _engine;
    private readonly Func<GraphvizEngine?> _findGraphviz;

    public DiagramRenderer(RenderEngine engine, Func<GraphvizEngine?>? findGraphviz = null)
    {
        _engine = engine;
        _findGraphviz = findGraphviz ?? (() => GraphvizEngine.Find());
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
        var graphviz = _engine == RenderEngine.Builtin ? null : _findGraphviz();
        if (graphviz is null)
        {
            if (_engine == RenderEngine.Graphviz)
            {
                throw new RenderingException(GraphvizMissing);
            }
            return Text(BuiltinSvgRenderer.Render(graph, options));
        }
        var plan = DiagramPlanner.Plan(graph, options);
        var svg = Encoding.UTF8.GetString(graphviz.Render(DotWriter.Write(plan, options), "svg"));
        return Text(SvgSanitizer.Sanitize(svg, plan.Title.Length == 0 ? "Precedent graph" : plan.Title, plan.Description));
    }

    private byte[] RenderRaster(DecisionGraph graph, DiagramOptions options, string format)
    {
        var graphviz = _engine == RenderEngine.Builtin ? null : _findGraphviz();
        if (graphviz is not null)
        {
            return graphviz.Render(DotWriter.Write(graph, options), format);
        }
        if (_engine == RenderEngine.Graphviz)
        {
            throw new RenderingException(GraphvizMissing);
        }
        var svg = BuiltinSvgRenderer.Render(graph, options);
        return format == "pdf" ? SkiaRasterizer.ToPdf(svg) : SkiaRasterizer.ToPng(svg);
    }

    private static byte[] Text(string text) => new UTF8Encoding(false).GetBytes(text);
}
