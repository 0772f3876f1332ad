using System.Text.Json;
using System.Text.RegularExpressions;
using PrecedentGraph.Analysis;
using PrecedentGraph.Graph;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Treatment;

/// <summary>The whole pipeline on ../shared/devset, scored like ../shared/tools/evaluate.py: among the
/// (opinion, case) pairs found, the dominant treatment is one the gold accepts for at least 85%, and every
/// pair the gold says is dominantly distinguished is labelled "distinguishes".</summary>
public sealed partial class TreatmentDevSetTests
{
    [GeneratedRegex("[a-z]+")]
    private static partial Regex Letters();

    [Theory]
    [InlineData("malley-v-briggs.raw.txt")]
    [InlineData("malley-v-briggs.normalized.txt")]
    [InlineData("harlow-v-fitzgerald.raw.txt")]
    [InlineData("harlow-v-fitzgerald.normalized.txt")]
    [InlineData("anderson-v-creighton.raw.txt")]
    [InlineData("anderson-v-creighton.normalized.txt")]
    public void Classify_DevSetDecision_DominantTreatmentMostlyRight(string file)
    {
        var path = Path.Combine(TestPaths.DevSet, file);
        Assert.True(File.Exists(path), $"dev set file missing: {path}");
        var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.DevSet, file[..file.IndexOf('.')] + ".gold.json"))).RootElement;
        var analysis = new DocumentAnalyzer().Analyze(DocumentReader.ReadFile(path));
        var labels = analysis.Resolution.Cases.ToDictionary(c => c.Key, c => c.Label, StringComparer.Ordinal);

        var found = 0;
        var right = 0;
        var misses = new List<string>();
        foreach (var goldOpinion in gold.GetProperty("opinions").EnumerateArray())
        {
            var author = Slug(goldOpinion.GetProperty("author").GetString()!);
            var kind = goldOpinion.GetProperty("kind").GetString();
            var opinion = analysis.Segmentation.Opinions.FirstOrDefault(o => o.Author is not null && Slug(o.Author) == author && Relations.Name(o.Kind) == kind);
            if (opinion is null)
            {
                continue;
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in analysis.Treatment.Pairs.Where(p => p.OpinionIndex == opinion.Index))
            {
                var key = GoldKey(gold, labels.GetValueOrDefault(pair.CaseKey, pair.CaseKey));
                if (key is null || !goldOpinion.GetProperty("cites").TryGetProperty(key, out var accepted) || !seen.Add(key))
                {
                    continue;
                }
                var acceptedNames = accepted.EnumerateArray().Select(a => a.GetString()).ToList();
                found++;
                if (acceptedNames.Contains(Relations.Name(pair.Relation)))
                {
                    right++;
                }
                else
                {
                    misses.Add($"{author} -> {key}: {Relations.Name(pair.Relation)} (want {acceptedNames[0]})");
                }
                if (acceptedNames[0] == "distinguishes")
                {
                    Assert.Equal(TreatmentRelation.Distinguishes, pair.Relation);
                }
            }
        }

        Assert.True(found > 0, "no gold (opinion, case) pair found");
        Assert.True(right >= 0.85 * found, $"treatment {right}/{found}: {string.Join("; ", misses)}");
    }

    private static string? GoldKey(JsonElement gold, string label)
    {
        var tokens = Letters().Matches(label.ToLowerInvariant().Replace(" v. ", " ", StringComparison.Ordinal)).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in gold.GetProperty("cases").EnumerateObject())
        {
            if (entry.Value.GetProperty("match").EnumerateArray().Any(set => set.EnumerateArray().All(t => tokens.Contains(t.GetString()!))))
            {
                return entry.Name;
            }
        }
        return null;
    }

    private static string Slug(string name) => string.Concat(name.ToLowerInvariant().Where(char.IsLetter));
}
