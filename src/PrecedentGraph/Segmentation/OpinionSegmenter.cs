using PrecedentGraph.Graph;
using PrecedentGraph.Model;

namespace PrecedentGraph.Segmentation;

/// <summary>Splits a decision into its syllabus and opinions. (Scaffold: one opinion over the whole text.)</summary>
public sealed class OpinionSegmenter
{
    public SegmentationResult Segment(SourceDocument document)
    {
        var paragraphs = new List<Paragraph>();
        var text = document.Text;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                if (end > start && !string.IsNullOrWhiteSpace(text[start..end]))
                {
                    paragraphs.Add(new Paragraph(paragraphs.Count, TextSpan.FromBounds(start, end), false));
                }
                start = i + 1;
            }
        }
        var title = document.TitleHint ?? Path.GetFileNameWithoutExtension(document.Path);
        var decision = new DecisionInfo(title, NodeIds.Slugify(title), null, null, null, null);
        var opinion = new Opinion(0, OpinionKind.Majority, null, [], [], new TextSpan(0, text.Length), paragraphs);
        return new SegmentationResult(decision, [opinion], paragraphs, []);
    }
}
