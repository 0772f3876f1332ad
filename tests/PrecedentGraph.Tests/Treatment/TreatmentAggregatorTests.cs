using PrecedentGraph.Model;
using PrecedentGraph.Treatment;

namespace PrecedentGraph.Tests.Treatment;

public sealed class TreatmentAggregatorTests
{
    /// <summary>Each mention is "relation:cue:confidence"; "plain" is the default row's cue.</summary>
    [Theory]
    [InlineData("relies-on:plain:0.4|relies-on:plain:0.4|relies-on:plain:0.4|limits:carefully avoided:0.7", "limits", "carefully avoided")]
    [InlineData("relies-on:see:0.6|relies-on:see:0.6|explains:was held:0.45", "relies-on", "see")]
    [InlineData("relies-on:plain:0.4|explains:reports another's reliance:0.55", "explains", "reports another's reliance")]
    [InlineData("relies-on:see:0.6|relies-on:accord:0.6|distinguishes:far afield:0.8", "distinguishes", "far afield")]
    [InlineData("relies-on:plain:0.4|cites:inside a quotation:0.3|relies-on:plain:0.4", "relies-on", "plain citation")]
    [InlineData("criticizes:contra:0.6|distinguishes:but see:0.6", "criticizes", "contra")]
    [InlineData("relies-on:see:0.6|relies-on:see:0.6|relies-on:see:0.6|relies-on:see:0.6|distinguishes:does not hold:0.75", "distinguishes", "does not hold")]
    [InlineData("limits:read so broadly:0.75|relies-on:see:0.6|relies-on:see:0.6|relies-on:see:0.6|relies-on:see:0.6", "limits", "read so broadly")]
    [InlineData("relies-on:as we held in:0.8|relies-on:as we held in:0.8|relies-on:see:0.6|distinguishes:differs from:0.65", "relies-on", "as we held in")]
    [InlineData("relies-on:see:0.6|relies-on:see:0.6|relies-on:see:0.6|distinguishes:but cf:0.5", "relies-on", "see")]
    public void Aggregate_Mentions_ChoosesDominantTreatment(string mentions, string relation, string cue)
    {
        var treatments = mentions.Split('|').Select((m, i) =>
        {
            var parts = m.Split(':');
            var span = new TextSpan(i * 10, 5);
            var citation = new ResolvedCitation(new CaseMention(i, CitationForm.Full, span, span, "Smith v. Jones", [], null, null, null, null), 1, "smith-v-jones", null);
            var cueText = parts[1] == "plain" ? TreatmentCueTable.Default.Phrase : parts[1];
            return new CitationTreatment(citation, Parse(parts[0]), false, cueText, double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), new TextSpan(i * 10, 8));
        }).ToList();

        var pair = Assert.Single(TreatmentAggregator.Aggregate(treatments));

        Assert.Equal(relation, PrecedentGraph.Graph.Relations.Name(pair.Relation));
        Assert.Equal(cue, pair.Cue);
        Assert.Equal(treatments.Count, pair.Count);
        Assert.InRange(pair.Confidence, 0.05, 0.99);
        Assert.Equal(treatments.First(t => t.Cue == pair.Cue).Sentence, pair.Evidence[0]);
    }

    [Fact]
    public void Aggregate_TwoOpinions_KeepsPairsApartInOrder()
    {
        var span = new TextSpan(0, 5);
        CitationTreatment At(int opinion, string key, int start) => new(
            new ResolvedCitation(new CaseMention(start, CitationForm.Full, new TextSpan(start, 5), span, key, [], null, null, null, null), opinion, key, null),
            TreatmentRelation.ReliesOn, false, TreatmentCueTable.Default.Phrase, 0.4, new TextSpan(start, 5));

        var pairs = TreatmentAggregator.Aggregate([At(2, "b-v-c", 50), At(1, "a-v-b", 30), At(1, "b-v-c", 10), At(1, "b-v-c", 20)]);

        Assert.Equal(["1 b-v-c 2", "1 a-v-b 1", "2 b-v-c 1"], pairs.Select(p => $"{p.OpinionIndex} {p.CaseKey} {p.Count}"));
    }

    private static TreatmentRelation Parse(string name) =>
        Enum.GetValues<TreatmentRelation>().Single(r => PrecedentGraph.Graph.Relations.Name(r) == name);
}
