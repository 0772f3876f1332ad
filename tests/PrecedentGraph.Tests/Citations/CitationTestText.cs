using PrecedentGraph.Citations;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Citations;

/// <summary>Builds documents from inline text and runs the citation stages on them.</summary>
internal static class CitationTestText
{
    public static SourceDocument Document(string text, InputForm form) =>
        new("test.txt", text, form, "text", "", null, null, null, []);

    public static CitationResult Find(string text, InputForm form, params string[] known) =>
        new CitationFinder(new CitationFinderOptions(known)).Find(Document(text, form));

    /// <summary>One opinion over the whole text, for resolution tests.</summary>
    public static SegmentationResult OneOpinion(string text) =>
        new(new DecisionInfo("Test", "test", null, null, null, null),
            [new Opinion(0, OpinionKind.Majority, "White", [], [], new TextSpan(0, text.Length), [])], [], []);
}
