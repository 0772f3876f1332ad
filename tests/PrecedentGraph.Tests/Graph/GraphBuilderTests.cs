using System.Text;
using PrecedentGraph.Analysis;
using PrecedentGraph.Graph;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Graph;

/// <summary>What the graph says of an opinion's joiners: a justice who joins only some parts is a joiner of the opinion
/// (node metadata) and its joins edge names the parts.</summary>
public sealed class GraphBuilderTests
{
    [Theory]
    [InlineData("MR. JUSTICE BLACKMUN, with whom MR. JUSTICE REHNQUIST as to Parts I and II joins, dissenting.", "parts Parts I and II")]
    [InlineData("JUSTICE BLACKMUN, with whom JUSTICE REHNQUIST joins as to Part I, dissenting.", "parts Part I")]
    public void Build_PartialJoin_ListsTheJoinerAndNamesThePartsOnTheEdge(string header, string cue)
    {
        var text = "Held: The statute is valid.\nMR. JUSTICE POWELL delivered the opinion of the Court.\nThe judgment is affirmed.\n"
            + header + "\nI would reverse the judgment.\n";
        var analysis = new DocumentAnalyzer().Analyze(DocumentReader.ReadBytes(Encoding.UTF8.GetBytes(text), "partial.txt"));
        var dissent = Assert.Single(analysis.Graph.Nodes, n => n.Kind == NodeKind.Opinion && n.Author == "Blackmun");
        Assert.Equal(["Rehnquist"], dissent.JoinedBy);
        var joins = Assert.Single(analysis.Graph.Edges, e => e.Relation == Relations.Joins && e.Target == dissent.Id);
        Assert.Equal(NodeIds.Justice("Rehnquist"), joins.Source);
        Assert.Equal(cue, joins.Cue);
    }
}
