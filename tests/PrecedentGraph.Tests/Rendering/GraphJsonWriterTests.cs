using System.Text.Json;
using PrecedentGraph.Analysis;
using PrecedentGraph.Reading;
using PrecedentGraph.Rendering;

namespace PrecedentGraph.Tests.Rendering;

/// <summary>The graph JSON follows ../shared/contracts/graph-json.md to the letter.</summary>
public class GraphJsonWriterTests
{
    private static readonly string[] NodeKinds = ["decision", "opinion", "justice", "case", "argument", "provision"];
    private static readonly string[] OpinionKinds = ["syllabus", "majority", "plurality", "per-curiam", "concurrence", "concurrence-dissent", "dissent"];
    private static readonly string[] EdgeRelations =
    [
        "relies-on", "distinguishes", "criticizes", "limits", "overrules", "explains", "cites",
        "authored", "joins", "part-of", "concurs-with", "dissents-from", "makes", "supports", "attacks",
    ];

    public static TheoryData<string> Inputs => new()
    {
        "seeds/messerschmidt-v-millender.txt",
        "../shared/devset/malley-v-briggs.raw.txt",
        "../shared/devset/harlow-v-fitzgerald.normalized.txt",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Write_Input_UsesOnlyTheContractVocabulary(string relative)
    {
        using var json = JsonDocument.Parse(Extract(relative));
        var graph = json.RootElement.GetProperty("graph");

        Assert.True(graph.GetProperty("directed").GetBoolean());
        Assert.Equal("precedent-graph", graph.GetProperty("type").GetString());
        Assert.Contains(graph.GetProperty("metadata").GetProperty("inputForm").GetString(), new[] { "raw", "normalized" });
        var nodes = graph.GetProperty("nodes").EnumerateObject().ToList();
        Assert.NotEmpty(nodes);
        foreach (var node in nodes)
        {
            var metadata = node.Value.GetProperty("metadata");
            var kind = metadata.GetProperty("kind").GetString();
            Assert.Contains(kind, NodeKinds);
            Assert.StartsWith(kind + ":", node.Name);
            Assert.False(string.IsNullOrWhiteSpace(node.Value.GetProperty("label").GetString()));
            if (kind == "opinion")
            {
                Assert.Contains(metadata.GetProperty("opinionKind").GetString(), OpinionKinds);
                Assert.Equal(JsonValueKind.Array, metadata.GetProperty("joinedBy").ValueKind);
            }
        }
        var ids = nodes.Select(n => n.Name).ToHashSet();
        foreach (var edge in graph.GetProperty("edges").EnumerateArray())
        {
            Assert.Contains(edge.GetProperty("source").GetString()!, ids);
            Assert.Contains(edge.GetProperty("target").GetString()!, ids);
            Assert.Contains(edge.GetProperty("relation").GetString(), EdgeRelations);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Write_SameInputTwice_GivesIdenticalBytes(string relative)
    {
        Assert.Equal(Extract(relative), Extract(relative));
    }

    [Fact]
    public void Write_RawCase_HasCitationAndYear()
    {
        using var json = JsonDocument.Parse(Extract("../shared/devset/malley-v-briggs.raw.txt"));
        var cases = json.RootElement.GetProperty("graph").GetProperty("nodes").EnumerateObject()
            .Where(n => n.Name.StartsWith("case:", StringComparison.Ordinal)).ToList();

        Assert.Contains(cases, c => c.Value.GetProperty("metadata").TryGetProperty("citation", out var citation)
            && citation.GetString()!.Contains(" U.S. ", StringComparison.Ordinal)
            && c.Value.GetProperty("metadata").TryGetProperty("year", out _));
    }

    private static string Extract(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, relative));
        return GraphJsonWriter.Write(new DocumentAnalyzer().Analyze(DocumentReader.ReadFile(path)).Graph);
    }
}
