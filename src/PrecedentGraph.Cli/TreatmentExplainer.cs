using System.Globalization;
using System.Text;
using PrecedentGraph.Analysis;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;

namespace PrecedentGraph.Cli;

/// <summary>The text of `extract --explain`: per opinion, each cited case with its dominant treatment, the cue
/// that decided it, its confidence and flags; under it every citation of the case in that opinion with its
/// own treatment, cue and sentence, the deciding one first (marked "*").</summary>
internal static class TreatmentExplainer
{
    private const int MaxSentence = 300;
    private const int KeptEnd = 150;

    public static string Explain(DocumentAnalysis analysis)
    {
        var text = analysis.Document.Text;
        var cases = analysis.Resolution.Cases.GroupBy(c => c.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var decisionKey = analysis.Segmentation.Decision.Slug;
        var builder = new StringBuilder();
        foreach (var opinion in analysis.Segmentation.Opinions.Where(o => o.Kind != OpinionKind.Syllabus))
        {
            builder.Append(GraphBuilder.OpinionLabel(opinion));
            if (opinion.JoinedBy.Count > 0)
            {
                builder.Append(", joined by ").Append(string.Join(", ", opinion.JoinedBy));
            }
            builder.AppendLine();
            foreach (var pair in analysis.Treatment.Pairs.Where(p => p.OpinionIndex == opinion.Index && p.CaseKey != decisionKey))
            {
                var label = cases.TryGetValue(pair.CaseKey, out var cited) ? cited.Label : pair.CaseKey;
                builder.Append("  ").Append(Relations.Name(pair.Relation)).Append(' ').Append(label)
                    .Append(CultureInfo.InvariantCulture, $"  (x{pair.Count}, cue: {pair.Cue}, confidence {pair.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}{(pair.Quoted ? ", quoted" : "")})")
                    .AppendLine();
                var mentions = analysis.Treatment.Citations
                    .Where(c => c.Citation.OpinionIndex == opinion.Index && c.Citation.CaseKey == pair.CaseKey)
                    .OrderByDescending(c => c.Sentence == pair.Evidence[0] && c.Relation == pair.Relation && c.Cue == pair.Cue)
                    .ThenBy(c => c.Citation.Mention.Span.Start);
                var first = true;
                foreach (var mention in mentions)
                {
                    var sentence = Shorten(GraphBuilder.Clean(analysis.Document.Slice(mention.Sentence)));
                    builder.Append(first ? "    * " : "    - ").Append(Relations.Name(mention.Relation))
                        .Append(CultureInfo.InvariantCulture, $" [{mention.Cue}, {mention.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}{(mention.Quoted ? ", quoted" : "")}] ")
                        .Append('"').Append(sentence).AppendLine("\"");
                    first = false;
                }
            }
            builder.AppendLine();
        }
        if (text.Length == 0)
        {
            builder.AppendLine("(empty input)");
        }
        return builder.ToString();
    }

    /// <summary>Evidence longer than <see cref="MaxSentence"/> keeps its opening (the citation) and its end (for a
    /// case set apart sentences later, the sentence that decided it), cut at spaces, joined by " ... ".</summary>
    internal static string Shorten(string sentence)
    {
        if (sentence.Length <= MaxSentence)
        {
            return sentence;
        }
        var headEnd = sentence.LastIndexOf(' ', MaxSentence - KeptEnd);
        var tailStart = sentence.IndexOf(' ', sentence.Length - KeptEnd);
        var head = headEnd > 0 ? sentence[..headEnd] : sentence[..(MaxSentence - KeptEnd)];
        var tail = tailStart > 0 ? sentence[(tailStart + 1)..] : sentence[^KeptEnd..];
        return head + " ... " + tail;
    }
}
