using System.Text.Json;
using System.Text.RegularExpressions;
using PrecedentGraph.Analysis;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Citations;

/// <summary>The whole pipeline over the dev set (../shared/devset) in both forms, scored like
/// tools/evaluate.py but over the decision as a whole: recall is the share of the gold's cited cases found,
/// precision the share of found cases that are gold cases (citations of the same litigation are ignored).</summary>
public partial class DevSetCitationTests
{
    [GeneratedRegex("[a-z]+")]
    private static partial Regex Letters();

    [Theory]
    [InlineData("malley-v-briggs", "raw", 0.95, 0.95)]
    [InlineData("harlow-v-fitzgerald", "raw", 0.95, 0.95)]
    [InlineData("anderson-v-creighton", "raw", 0.95, 0.95)]
    [InlineData("malley-v-briggs", "normalized", 0.95, 0.95)]
    [InlineData("harlow-v-fitzgerald", "normalized", 0.93, 0.95)]
    [InlineData("anderson-v-creighton", "normalized", 0.88, 0.9)]
    public void Analyze_DevSetDecision_FindsTheGoldCases(string decision, string form, double minimumRecall, double minimumPrecision)
    {
        var path = Path.Combine(TestPaths.DevSet, $"{decision}.{form}.txt");
        var analysis = new DocumentAnalyzer().Analyze(DocumentReader.ReadFile(path));
        var syllabus = analysis.Segmentation.Opinions.Where(o => o.Kind == OpinionKind.Syllabus).Select(o => o.Index).ToHashSet();
        var keys = analysis.Resolution.Citations
            .Where(c => c.CaseKey is not null && c.OpinionIndex >= 0 && !syllabus.Contains(c.OpinionIndex))
            .Select(c => c.CaseKey!)
            .ToHashSet();
        var labels = analysis.Resolution.Cases.Where(c => keys.Contains(c.Key)).Select(c => c.Label).ToList();

        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.DevSet, $"{decision}.gold.json")));
        var root = gold.RootElement;
        var titleTokens = root.GetProperty("title_tokens").EnumerateArray().Select(t => t.GetString()!).ToHashSet();
        var cases = root.GetProperty("cases").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetProperty("match").EnumerateArray().Select(set => set.EnumerateArray().Select(t => t.GetString()!).ToList()).ToList());
        var wanted = root.GetProperty("opinions").EnumerateArray().SelectMany(o => o.GetProperty("cites").EnumerateObject().Select(c => c.Name)).ToHashSet();

        var found = new HashSet<string>();
        var spurious = new List<string>();
        foreach (var label in labels)
        {
            var tokens = Tokens(label);
            var key = cases.FirstOrDefault(c => c.Value.Any(set => set.All(tokens.Contains))).Key;
            if (key is not null && wanted.Contains(key))
            {
                found.Add(key);
            }
            else if (!tokens.Overlaps(titleTokens))
            {
                spurious.Add(label);
            }
        }
        var recall = (double)found.Count / wanted.Count;
        var precision = found.Count + spurious.Count == 0 ? 1.0 : (double)found.Count / (found.Count + spurious.Count);
        Assert.True(recall >= minimumRecall, $"recall {recall:F2}; missing: {string.Join(", ", wanted.Except(found).Order())}");
        Assert.True(precision >= minimumPrecision, $"precision {precision:F2}; spurious: {string.Join(", ", spurious)}");
    }

    private static HashSet<string> Tokens(string label)
    {
        var text = label.ToLowerInvariant().Replace(" v. ", " ", StringComparison.Ordinal).Replace(" v ", " ", StringComparison.Ordinal);
        return Letters().Matches(text).Select(m => m.Value).ToHashSet();
    }
}
