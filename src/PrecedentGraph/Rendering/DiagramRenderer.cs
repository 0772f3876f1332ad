using System.Text;
using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>Writes a graph in any <see cref="RenderFormat"/>, choosing the engine for SVG, PDF and PNG:
/// Graphviz when asked for or (auto) when `dot` is on PATH, else the built-in SVG renderer.</summary>
public sealed class DiagramRenderer
{
    public const string GraphvizMissing = "Graphviz (dot) was not found on PATH; install it (apt-get install graphviz) or use --engine builtin";
    public const string RasterNeedsGraphviz = "PNG/PDF need Graphviz (apt-get install graphviz)";

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
        RenderFormat.Pdf => RequireGraphviz(raster: true).Render(DotWriter.Write(graph, options), "pdf"),
        RenderFormat.Png => RequireGraphviz(raster: true).Render(DotWriter.Write(graph, options), "png"),
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

    private GraphvizEngine RequireGraphviz(bool raster)
    {
        if (_engine == RenderEngine.Builtin)
        {
            throw new RenderingException(RasterNeedsGraphviz);
        }
        return _findGraphviz() ?? throw new RenderingException(raster ? RasterNeedsGraphviz : GraphvizMissing);
    }

    private static byte[] Text(string text) => new UTF8Encoding(false).GetBytes(text);
}
