using System.Text;
using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>Writes a graph as Graphviz DOT: synthetic ids (n0, n1 ...) with escaped labels, one cluster per
/// opinion, cases in year order, one style per relation and a legend. Pure ASCII, invariant numbers,
/// the same graph gives the same bytes.</summary>
public static class DotWriter
{
    public static string Write(DecisionGraph graph, DiagramOptions? options = null)
    {
        options ??= DiagramOptions.Default;
        return Write(DiagramPlanner.Plan(graph, options), options);
    }

    public static string Write(DiagramPlan plan, DiagramOptions options)
    {
        var paper = options.Style == DiagramStyle.Paper;
        var font = paper ? "Times-Roman" : "Helvetica";
        var fontSize = paper ? "10" : "11";
        var dot = new StringBuilder();
        dot.Append("digraph precedents {\n");
        dot.Append("  graph [charset=\"UTF-8\", rankdir=").Append(options.Layout == DiagramLayout.TopToBottom ? "TB" : "LR")
            .Append(", label=").Append(DotEscaper.Quote(plan.Title)).Append(", labelloc=t, fontname=\"").Append(font)
            .Append("\", fontsize=").Append(paper ? "12" : "14").Append(", nodesep=0.25, ranksep=").Append(paper ? "0.4" : "0.6").Append(", newrank=true");
        if (paper)
        {
            // An A4 text column is 160 mm (6.3 in) wide; wider drawings scale down to it. The height is left
            // free: a tall figure stays legible, where fitting it to one page would shrink its text below 8 pt.
            dot.Append(", size=\"6.3,60\", bgcolor=\"#ffffff\"");
        }
        dot.Append("];\n");
        dot.Append("  node [shape=box, fontname=\"").Append(font).Append("\", fontsize=").Append(fontSize)
            .Append(", margin=\"0.08,0.04\", style=filled];\n");
        dot.Append("  edge [fontname=\"").Append(font).Append("\", fontsize=").Append(paper ? "10" : "9").Append(", arrowsize=0.7];\n");

        foreach (var cluster in plan.Clusters)
        {
            dot.Append("  subgraph ").Append(cluster.Id).Append(" {\n");
            dot.Append("    label=").Append(DotEscaper.QuoteLines(cluster.Lines)).Append("; labeljust=l; style=")
                .Append(paper ? "\"rounded\"; color=\"#000000\"" : "\"rounded,filled\"; color=\"#9db4d6\"; fillcolor=\"#f4f8fd\"")
                .Append(";\n");
            foreach (var member in cluster.Members)
            {
                WriteNode(dot, plan.Find(member)!, options, "    ");
            }
            dot.Append("  }\n");
        }
        foreach (var node in plan.Nodes.Where(n => n.Cluster is null))
        {
            WriteNode(dot, node, options, "  ");
        }

        var cases = plan.Nodes.Where(n => n.Node.Kind == NodeKind.Case).ToList();
        if (cases.Count > 1)
        {
            // Cited cases share one rank, in year order (invisible edges keep the order).
            dot.Append("  { rank=same; ").Append(string.Join("; ", cases.Select(c => c.Id))).Append("; }\n");
            for (var i = 1; i < cases.Count; i++)
            {
                dot.Append("  ").Append(cases[i - 1].Id).Append(" -> ").Append(cases[i].Id).Append(" [style=invis];\n");
            }
        }

        foreach (var edge in plan.Edges)
        {
            WriteEdge(dot, edge, options);
        }
        WriteLegend(dot, plan, options);
        dot.Append("}\n");
        return dot.ToString();
    }

    private static void WriteNode(StringBuilder dot, DiagramNode node, DiagramOptions options, string indent)
    {
        var style = NodeStyles.For(node.Node.Kind);
        dot.Append(indent).Append(node.Id).Append(" [label=").Append(DotEscaper.QuoteLines(node.Lines))
            .Append(", tooltip=").Append(DotEscaper.Quote(node.FullLabel))
            .Append(", style=\"").Append(style.Rounded ? "rounded,filled" : "filled").Append('"')
            .Append(", fillcolor=\"").Append(style.Fill(options.Style)).Append('"')
            .Append(", color=\"").Append(style.Border(options.Style)).Append('"')
            .Append(", penwidth=").Append(InvariantNumber.Format(style.BorderWidth));
        if (node.Node.Kind == NodeKind.Justice)
        {
            dot.Append(", shape=ellipse");
        }
        dot.Append("];\n");
    }

    private static void WriteEdge(StringBuilder dot, DiagramEdge edge, DiagramOptions options)
    {
        var style = RelationStyles.For(edge.Edge.Relation);
        var width = edge.Quoted ? style.Width * RelationStyles.QuotedWidthFactor : style.Width;
        dot.Append("  ").Append(edge.From).Append(" -> ").Append(edge.To).Append(" [");
        AppendStyle(dot, style, width, options);
        if (edge.Reversed)
        {
            dot.Append(", dir=back, arrowtail=").Append(Arrow(style.Arrow));
        }
        if (edge.Quoted)
        {
            dot.Append(", label=").Append(DotEscaper.Quote(RelationStyles.QuotedMark));
        }
        dot.Append(", tooltip=").Append(DotEscaper.Quote(edge.Edge.Relation));
        if (edge.Edge.Relation is Relations.Makes or Relations.PartOf)
        {
            dot.Append(", weight=4");
        }
        else if (!LayerAssigner.Layers(edge.Edge.Relation))
        {
            // As in the built-in layout: opinions share a rank, and their arguments the next one.
            dot.Append(", constraint=false");
        }
        dot.Append("];\n");
    }

    private static void AppendStyle(StringBuilder dot, RelationStyle style, double width, DiagramOptions options)
    {
        dot.Append("style=").Append(style.Line switch
        {
            LineStyle.Dashed => "dashed",
            LineStyle.Dotted => "dotted",
            _ => "solid",
        });
        dot.Append(", color=\"").Append(style.Color(options.Style)).Append('"')
            .Append(", penwidth=").Append(InvariantNumber.Format(width))
            .Append(", arrowhead=").Append(Arrow(style.Arrow));
    }

    private static string Arrow(ArrowStyle arrow) => arrow switch
    {
        ArrowStyle.Empty => "empty",
        ArrowStyle.Tee => "tee",
        _ => "normal",
    };

    private static void WriteLegend(StringBuilder dot, DiagramPlan plan, DiagramOptions options)
    {
        if (plan.LegendRelations.Count == 0)
        {
            return;
        }
        dot.Append("  subgraph cluster_legend {\n    label=\"Legend\"; labeljust=l; style=\"solid\"; color=\"#808080\";\n");
        dot.Append("    node [shape=plaintext, style=\"\", label=\"\", width=0.1, height=0.1];\n");
        var rows = plan.LegendRelations.Select(r => (Label: r, Style: RelationStyles.For(r), Quoted: false)).ToList();
        if (plan.LegendQuoted)
        {
            rows.Add(("quoted " + RelationStyles.QuotedMark, RelationStyles.For(Relations.ReliesOn), true));
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, style, quoted) = rows[i];
            var a = "l" + InvariantNumber.Format(i) + "a";
            var b = "l" + InvariantNumber.Format(i) + "b";
            dot.Append("    ").Append(a).Append("; ").Append(b).Append(" [label=").Append(DotEscaper.Quote(label)).Append("];\n");
            dot.Append("    ").Append(a).Append(" -> ").Append(b).Append(" [");
            AppendStyle(dot, style, quoted ? style.Width * RelationStyles.QuotedWidthFactor : style.Width, options);
            dot.Append("];\n");
        }
        dot.Append("  }\n");
    }
}
