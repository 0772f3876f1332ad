using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PrecedentGraph.Analysis;
using PrecedentGraph.Corpus;
using PrecedentGraph.Graph;
using PrecedentGraph.Reading;
using PrecedentGraph.Tests.Segmentation;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Analysis;

/// <summary>Held-out measure on opinions no rule was written for: corpus decisions are extracted from their raw
/// text and from the normalized form of the same text (the shared normalizer, ported), and the (opinion, case)
/// pairs of the normalized graph are scored against the raw graph's, which reporter citations make reliable.</summary>
public partial class FormAgreementTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> Filler = ["united", "states", "of", "the", "in", "re", "ex", "parte", "city", "county", "state", "co", "inc", "corp", "v"];

    [GeneratedRegex("[a-z]+")]
    private static partial Regex Word();

    [Fact]
    public void Extract_CorpusSampleInBothForms_NormalizedAgreesWithRaw()
    {
        var folder = CorpusFixture.Directory;
        Assert.True(folder is not null, "corpus archive missing: " + CorpusFixture.Archive);
        var files = CorpusFiles.Enumerate(folder!).Where((_, i) => i % 25 == 7).ToList();
        var analyzer = new DocumentAnalyzer();
        int found = 0, spurious = 0, missed = 0, sameTreatment = 0;
        foreach (var file in files)
        {
            var raw = DocumentReader.ReadFile(file);
            var normalizedText = OpinionNormalizer.Normalize(raw.Text);
            var normalized = DocumentReader.ReadBytes(Encoding.UTF8.GetBytes(normalizedText), file + ".normalized");
            var silver = Pairs(analyzer.Analyze(raw).Graph);
            var extracted = Pairs(analyzer.Analyze(normalized).Graph);
            foreach (var (opinion, cases) in extracted)
            {
                var expected = silver.GetValueOrDefault(opinion) ?? [];
                var used = new HashSet<string>();
                foreach (var (words, relation) in cases)
                {
                    var match = expected.Keys.FirstOrDefault(k => !used.Contains(k) && Overlaps(words, k));
                    if (match is null)
                    {
                        spurious++;
                        continue;
                    }
                    used.Add(match);
                    found++;
                    sameTreatment += expected[match] == relation ? 1 : 0;
                }
                missed += expected.Count - used.Count;
            }
            missed += silver.Where(s => !extracted.ContainsKey(s.Key)).Sum(s => s.Value.Count);
        }
        var recall = found / (double)Math.Max(1, found + missed);
        var precision = found / (double)Math.Max(1, found + spurious);
        var treatment = sameTreatment / (double)Math.Max(1, found);
        output.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "{0} corpus decisions, normalized vs raw (opinion, case) pairs: recall {1:0.000}, precision {2:0.000}, same treatment {3:0.000} (found {4}, spurious {5}, missed {6})",
            files.Count, recall, precision, treatment, found, spurious, missed));

        // Floors just under what holds today (recall 0.843, precision 0.845 without learned names; 0.803 and 0.843
        // before the normalized rules of the second citations pass); the Citations issue's target is 0.95 on both.
        Assert.True(recall >= 0.83, $"recall {recall:0.000}");
        // Lowered 0.84 -> 0.81 (0.815 measured): raw text now gives the footnotes FindLaw sets after the last opinion back
        // to their opinions by their numbers; normalized text has no numbers to split that block by, so its footnotes
        // stay with the last opinion and the two forms agree less (raw got righter: Spencer raw false pairs 6 -> 0).
        Assert.True(precision >= 0.81, $"precision {precision:0.000}");
    }

    /// <summary>Per opinion (author, or kind where there is none): each cited case's label words and relation.</summary>
    private static Dictionary<string, Dictionary<string, string>> Pairs(DecisionGraph graph)
    {
        var pairs = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            var source = graph.Find(edge.Source);
            var target = graph.Find(edge.Target);
            if (source?.Kind != NodeKind.Opinion || target?.Kind != NodeKind.Case)
            {
                continue;
            }
            var opinion = source.Author ?? Relations.Name(source.OpinionKind!.Value);
            var cases = pairs.TryGetValue(opinion, out var existing) ? existing : pairs[opinion] = new(StringComparer.Ordinal);
            cases.TryAdd(Words(target.Label), edge.Relation);
        }
        return pairs;
    }

    private static string Words(string label) =>
        string.Join(' ', Word().Matches(label.ToLowerInvariant()).Select(m => m.Value).Where(w => !Filler.Contains(w)).Order(StringComparer.Ordinal));

    private static bool Overlaps(string a, string b)
    {
        var left = a.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var right = b.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return left.Count > 0 && right.Count > 0 && (left.IsSubsetOf(right) || right.IsSubsetOf(left));
    }
}
