using System.Globalization;
using System.Text;
using PrecedentGraph.Analysis;
using PrecedentGraph.Graph;

namespace PrecedentGraph.Cli;

/// <summary>The text of `extract --explain`: per opinion, each cited case with its treatment, cue,
/// confidence and evidence sentence.</summary>
internal static class TreatmentExplainer
{
    public static string Explain(DocumentAnalysis analysis)
    {
        var graph = analysis.Graph;
        var builder = new StringBuilder();
        foreach (var opinion in graph.Nodes.Where(n => n.Kind == NodeKind.Opinion))
        {
            builder.Append(opinion.Label);
            if (opinion.JoinedBy is { Count: > 0 } joiners)
            {
                builder.Append(", joined by ").Append(string.Join(", ", joiners));
            }
            builder.AppendLine();
            foreach (var edge in graph.Edges.Where(e => e.Source == opinion.Id && Relations.IsTreatment(e.Relation)))
            {
                var target = graph.Find(edge.Target);
                builder.Append("  ").Append(edge.Relation).Append(' ').Append(target?.Label ?? edge.Target)
                    .Append(CultureInfo.InvariantCulture, $"  (x{edge.Count ?? 1}, cue: {edge.Cue ?? "-"}, confidence {edge.Confidence?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-"}{(edge.Quoted == true ? ", quoted" : "")})")
                    .AppendLine();
                foreach (var sentence in edge.Evidence)
                {
                    builder.Append("      \"").Append(sentence).AppendLine("\"");
                }
            }
            builder.AppendLine();
        }
        return builder.ToString();
    }
}
