using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PrecedentGraph.Tests.Analysis;

/// <summary>A port of ../shared/tools/evaluate.py: scores one extracted graph (the JGF JSON of
/// ../shared/contracts/graph-json.md) against a gold file in the format of ../shared/devset/*.gold.json.
/// It walks the JSON in document order exactly as the script walks its dicts, so both give the same figures;
/// it adds one measure the script does not print: how many gold pairs whose dominant treatment is
/// "distinguishes" were found with that relation.</summary>
internal sealed partial class CitationGoldScorer
{
    private sealed record GoldCase(string Key, string Name, IReadOnlyList<IReadOnlyList<string>> Match);

    private sealed record GoldOpinion(string Kind, string Author, IReadOnlyList<string> JoinedBy, IReadOnlyList<(string Key, IReadOnlyList<string> Treatments)> Cites);

    /// <param name="Segmentation">Gold opinions whose kind and joiners are exactly right (the author is how they are paired).</param>
    /// <param name="TreatmentCorrect">Found pairs whose relation is one of the gold's accepted treatments.</param>
    /// <param name="Distinguishes">Gold pairs whose dominant treatment is "distinguishes".</param>
    /// <param name="DistinguishesFound">Of those, found with the relation "distinguishes".</param>
    public sealed record Score(int Segmentation, int Opinions, int Found, int Missed, int Spurious, int TreatmentCorrect,
        int Distinguishes, int DistinguishesFound, int NonCaseNodes, IReadOnlyList<string> Lines)
    {
        public double Recall => Found + Missed == 0 ? 1.0 : (double)Found / (Found + Missed);

        public double Precision => Found + Spurious == 0 ? 1.0 : (double)Found / (Found + Spurious);

        public double Treatment => Found == 0 ? 0.0 : (double)TreatmentCorrect / Found;

        /// <summary>The last line evaluate.py prints, with the same rounding.</summary>
        public string Summary => string.Create(CultureInfo.InvariantCulture,
            $"score: segmentation={Segmentation}/{Opinions} recall={Recall:0.00} ({Found}/{Found + Missed}) precision={Precision:0.00} (fp={Spurious}) treatment={Treatment:0.00} ({TreatmentCorrect}/{Found}) non_case_nodes={NonCaseNodes}");
    }

    [GeneratedRegex("[a-z]+")]
    private static partial Regex Word();

    [GeneratedRegex("[^a-z]")]
    private static partial Regex NotLetter();

    private readonly IReadOnlyList<GoldCase> cases;
    private readonly IReadOnlyList<GoldOpinion> opinions;
    private readonly HashSet<string> titleTokens;
    private readonly HashSet<string> notCases;

    public CitationGoldScorer(string goldPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        var root = json.RootElement;
        cases = root.GetProperty("cases").EnumerateObject().Select(c => new GoldCase(c.Name,
            c.Value.GetProperty("name").GetString()!,
            c.Value.GetProperty("match").EnumerateArray().Select(set => (IReadOnlyList<string>)set.EnumerateArray().Select(t => t.GetString()!).ToList()).ToList())).ToList();
        opinions = root.GetProperty("opinions").EnumerateArray().Select(o => new GoldOpinion(
            o.GetProperty("kind").GetString()!,
            o.GetProperty("author").GetString()!,
            o.GetProperty("joinedBy").EnumerateArray().Select(j => j.GetString()!).ToList(),
            o.GetProperty("cites").EnumerateObject().Select(c => (c.Name, (IReadOnlyList<string>)c.Value.EnumerateArray().Select(t => t.GetString()!).ToList())).ToList())).ToList();
        titleTokens = Strings(root, "title_tokens");
        notCases = Strings(root, "not_cases");
    }

    private static HashSet<string> Strings(JsonElement root, string property) =>
        root.TryGetProperty(property, out var list) ? list.EnumerateArray().Select(t => t.GetString()!).ToHashSet(StringComparer.Ordinal) : [];

    private static HashSet<string> Tokens(string label) =>
        Word().Matches(label.ToLowerInvariant().Replace(" v. ", " ", StringComparison.Ordinal).Replace(" v ", " ", StringComparison.Ordinal))
            .Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    private static bool Matches(string label, GoldCase gold)
    {
        var tokens = Tokens(label);
        return gold.Match.Any(set => set.All(tokens.Contains));
    }

    private static string Name(string? text) => NotLetter().Replace((text ?? "").ToLowerInvariant(), "");

    private bool SameLitigation(string label) => Tokens(label).Overlaps(titleTokens);

    private sealed record Node(string Id, string Label, string? Kind, string? OpinionKind, string? Author, IReadOnlyList<string> JoinedBy);

    private sealed record Edge(string Source, string Target, string? Relation);

    /// <summary>Scores the JGF JSON text of one extraction.</summary>
    public Score Evaluate(string graphJson)
    {
        using var json = JsonDocument.Parse(graphJson);
        var graph = json.RootElement.GetProperty("graph");
        var nodes = graph.GetProperty("nodes").EnumerateObject().Select(ReadNode).ToList();
        var byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var edges = graph.GetProperty("edges").EnumerateArray().Select(e => new Edge(
            e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!,
            e.TryGetProperty("relation", out var r) ? r.GetString() : null)).ToList();
        string? KindOf(string id) => byId.TryGetValue(id, out var n) ? n.Kind : null;
        string LabelOf(string id) => byId.TryGetValue(id, out var n) ? n.Label : "";

        var extracted = nodes.Where(n => n.Kind == "opinion").ToList();
        int segmentation = 0, found = 0, missed = 0, treatmentCorrect = 0, distinguishes = 0, distinguishesFound = 0;
        var spurious = new HashSet<(string Author, string Label)>();
        var lines = new List<string>();
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var gold in opinions)
        {
            distinguishes += gold.Cites.Count(c => c.Treatments[0] == "distinguishes");
            Node? match = null;
            var best = -1;
            foreach (var candidate in extracted)
            {
                if (assigned.Contains(candidate.Id) || Name(candidate.Author) != Name(gold.Author))
                {
                    continue;
                }
                var labels = edges.Where(e => e.Source == candidate.Id && KindOf(e.Target) == "case").Select(e => LabelOf(e.Target)).ToList();
                var overlap = gold.Cites.Count(c => labels.Any(l => Matches(l, cases.First(g => g.Key == c.Key))));
                overlap += candidate.OpinionKind == gold.Kind ? 1000 : 0;
                if (overlap > best)
                {
                    best = overlap;
                    match = candidate;
                }
            }
            if (match is null)
            {
                lines.Add($"MISSING opinion {gold.Kind} by {gold.Author}");
                missed += gold.Cites.Count;
                continue;
            }
            assigned.Add(match.Id);
            var joined = match.JoinedBy.Select(Name).Order(StringComparer.Ordinal).ToList();
            var kindRight = match.OpinionKind == gold.Kind;
            if (kindRight && joined.SequenceEqual(gold.JoinedBy.Select(Name).Order(StringComparer.Ordinal)))
            {
                segmentation++;
            }
            else
            {
                lines.Add($"opinion {gold.Author}: kind {match.OpinionKind} (want {gold.Kind}), joinedBy [{string.Join(", ", joined)}] (want [{string.Join(", ", gold.JoinedBy.Order(StringComparer.Ordinal))}])");
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var edge in edges.Where(e => e.Source == match.Id && KindOf(e.Target) == "case"))
            {
                var label = LabelOf(edge.Target);
                var key = cases.FirstOrDefault(c => Matches(label, c));
                if (key is null)
                {
                    if (!SameLitigation(label))
                    {
                        spurious.Add((gold.Author, label));
                    }
                    continue;
                }
                var cite = gold.Cites.FirstOrDefault(c => c.Key == key.Key);
                if (cite.Key is null)
                {
                    spurious.Add((gold.Author, label));
                    continue;
                }
                if (!seen.Add(key.Key))
                {
                    continue;
                }
                found++;
                if (edge.Relation is not null && cite.Treatments.Contains(edge.Relation))
                {
                    treatmentCorrect++;
                }
                else
                {
                    lines.Add($"{gold.Author} -> {key.Name}: {edge.Relation} (want {cite.Treatments[0]})");
                }
                if (cite.Treatments[0] == "distinguishes" && edge.Relation == "distinguishes")
                {
                    distinguishesFound++;
                }
            }
            foreach (var cite in gold.Cites.Where(c => !seen.Contains(c.Key)))
            {
                missed++;
                lines.Add($"{gold.Author} misses {cases.First(c => c.Key == cite.Key).Name}");
            }
        }
        lines.AddRange(spurious.OrderBy(s => s.Author, StringComparer.Ordinal).ThenBy(s => s.Label, StringComparer.Ordinal)
            .Select(s => $"{s.Author}: spurious case '{s.Label}'"));
        var nonCases = nodes.Where(n => n.Kind == "case" && !SameLitigation(n.Label) && Tokens(n.Label).Overlaps(notCases)
            && !cases.Any(c => Matches(n.Label, c))).ToList();
        lines.AddRange(nonCases.Select(n => $"non-case node: {n.Label}"));
        return new Score(segmentation, opinions.Count, found, missed, spurious.Count, treatmentCorrect, distinguishes, distinguishesFound, nonCases.Count, lines);
    }

    private static Node ReadNode(JsonProperty property)
    {
        var value = property.Value;
        var label = value.TryGetProperty("label", out var l) ? l.GetString() ?? "" : "";
        if (!value.TryGetProperty("metadata", out var metadata))
        {
            return new Node(property.Name, label, null, null, null, []);
        }
        string? Text(string name) => metadata.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var joined = metadata.TryGetProperty("joinedBy", out var j) && j.ValueKind == JsonValueKind.Array
            ? j.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : [];
        return new Node(property.Name, label, Text("kind"), Text("opinionKind"), Text("author"), joined);
    }
}
