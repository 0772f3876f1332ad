using System.Text;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

/// <summary>A readable account of what the miner found, written beside the test output for review.</summary>
internal static class SampleDump
{
    public static string Write(SourceDocument document, SegmentationResult segmentation, ArgumentResult result)
    {
        var builder = new StringBuilder();
        string Who(int opinion) => segmentation.Opinions[opinion].Author ?? segmentation.Opinions[opinion].Kind.ToString();
        foreach (var argument in result.Arguments)
        {
            builder.AppendLine($"#{argument.Index} {Who(argument.OpinionIndex)}.{argument.Ordinal} p{argument.Paragraph} {argument.Role} [{argument.Cue}] {argument.Disposition}");
            builder.AppendLine($"    label: {argument.Label}");
        }
        foreach (var link in result.Links.Where(l => result.Arguments[l.From].OpinionIndex != result.Arguments[l.To].OpinionIndex))
        {
            var from = result.Arguments[link.From];
            var to = result.Arguments[link.To];
            builder.AppendLine($"{Who(from.OpinionIndex)}#{link.From}(p{from.Paragraph}) {link.Relation} {Who(to.OpinionIndex)}#{link.To}(p{to.Paragraph}) [{link.Cue}] {link.Confidence:0.00}");
        }
        foreach (var issue in result.Issues)
        {
            builder.AppendLine($"issue {issue.Index}: {issue.Name} | {string.Join(" ", issue.Terms)} | {string.Join(",", issue.Arguments)}");
        }
        foreach (var position in result.Positions)
        {
            builder.AppendLine($"position {Who(position.OpinionIndex)} issue {position.IssueIndex}: {position.Position}");
        }
        return builder.ToString();
    }
}
