using PrecedentGraph.Storage;

namespace PrecedentGraph.Tests.Storage;

public sealed class StoreQueriesTests : IDisposable
{
    private readonly StoreTestDirectory directory = new();
    private readonly CorpusStore store;
    private readonly StoreQueries queries;

    public StoreQueriesTests()
    {
        store = FixtureCorpus.Create(directory.File("fixture.db"));
        queries = new StoreQueries(store);
    }

    public void Dispose()
    {
        store.Dispose();
        directory.Dispose();
    }

    [Fact]
    public void ReliesOn_Case_ReturnsOnlyRelyingOpinionsWithEvidence()
    {
        var rows = queries.ReliesOn("Dogwood");
        var row = Assert.Single(rows);
        Assert.Equal("Alder v. Birch", row.Decision);
        Assert.Equal("opinion:alder-v-birch:majority:hale", row.Opinion);
        Assert.Equal("majority", row.OpinionKind);
        Assert.Equal("Hale", row.Author);
        Assert.Equal("Cedar v. Dogwood", row.Case);
        Assert.Equal("relies-on", row.Relation);
        Assert.Equal("As we held in Cedar v. Dogwood, 10 U.S. 5, the warrant stands.", row.Evidence);
    }

    [Fact]
    public void Distinguishes_Case_ReturnsDistinguishingOpinion()
    {
        var row = Assert.Single(queries.Distinguishes("Elm v. Fir"));
        Assert.Equal("opinion:alder-v-birch:majority:hale", row.Opinion);
    }

    [Fact]
    public void Treatments_Case_GroupsByRelationStrongestFirst()
    {
        var rows = queries.Treatments("cedar dogwood");
        Assert.Equal(["criticizes", "relies-on", "cites"], rows.Select(r => r.Relation));
        Assert.Equal(["Park", "Hale", "Stone"], rows.Select(r => r.Author));
    }

    [Theory]
    [InlineData("Alder")]
    [InlineData("alder birch")]
    [InlineData("Alder v. Birch")]
    [InlineData("ALDER V BIRCH")]
    [InlineData("100 U.S. 1")]
    [InlineData("100 U. S. 1")]
    [InlineData("alder-v-birch")]
    [InlineData("decision:alder-v-birch")]
    public void CitedBy_LenientName_FindsRawAndNormalizedCitations(string name)
    {
        var rows = queries.CitedBy(name);
        Assert.Equal(["Grove v. Holly", "ivy juniper"], rows.Select(r => r.Decision));
        Assert.All(rows, r => Assert.Equal("case:alder-v-birch", r.CaseNode));
    }

    [Fact]
    public void FindCase_Ambiguous_ListsCandidates()
    {
        var error = Assert.Throws<StoreQueryException>(() => queries.FindCase("Cedar"));
        Assert.Equal(2, error.Candidates.Count);
        Assert.Contains(error.Candidates, c => c.Contains("Cedar v. Dogwood", StringComparison.Ordinal));
        Assert.Contains(error.Candidates, c => c.Contains("Cedar v. Maple", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Nowhere v. Nothing")]
    [InlineData("999 U.S. 999")]
    [InlineData("...")]
    public void FindCase_Unknown_Throws(string name)
    {
        Assert.Throws<StoreQueryException>(() => queries.FindCase(name));
    }

    [Fact]
    public void Cites_Decision_ListsEveryOpinionsCases()
    {
        var rows = queries.Cites("Alder v. Birch");
        Assert.Equal(4, rows.Count);
        Assert.Equal(["Cedar v. Dogwood", "Elm v. Fir"], rows.Where(r => r.OpinionKind == "dissent").Select(r => r.Case).Order());
    }

    [Fact]
    public void Cites_OpinionNodeId_ListsThatOpinionsCases()
    {
        var rows = queries.Cites("opinion:alder-v-birch:dissent:park");
        Assert.Equal(["relies-on", "criticizes"], rows.Select(r => r.Relation));
    }

    [Fact]
    public void MostCited_Top_RanksByCitingDecisionsWithPageRank()
    {
        var rows = queries.MostCited(2);
        Assert.Equal(2, rows.Count);
        Assert.Equal([1, 2], rows.Select(r => r.Rank));
        // Both are cited by two decisions; Cedar by three opinions, Alder by two.
        Assert.Equal(["Cedar v. Dogwood", "Alder v. Birch"], rows.Select(r => r.Case));
        Assert.Equal([2, 2], rows.Select(r => r.Decisions));
        Assert.Equal([3, 2], rows.Select(r => r.Opinions));
        Assert.All(rows, r => Assert.True(r.PageRank > 0));
    }

    [Fact]
    public void Path_ThroughAnIngestedDecision_ReturnsEachHop()
    {
        var rows = queries.Path("Grove v. Holly", "Elm v. Fir");
        Assert.Equal(2, rows.Count);
        Assert.Equal(("Grove v. Holly", "Alder v. Birch"), (rows[0].From, rows[0].To));
        Assert.Equal(("Alder v. Birch", "Elm v. Fir"), (rows[1].From, rows[1].To));
        Assert.Equal("decision:alder-v-birch", rows[1].FromNode);
        Assert.NotEmpty(rows[1].Evidence);
    }

    [Fact]
    public void Path_OnlyTheOtherDirection_ReturnsTheReversePath()
    {
        var rows = queries.Path("Elm v. Fir", "Grove v. Holly");
        Assert.Equal(2, rows.Count);
        Assert.Equal(("Grove v. Holly", "Alder v. Birch"), (rows[0].From, rows[0].To));
        Assert.Equal(("Alder v. Birch", "Elm v. Fir"), (rows[1].From, rows[1].To));
    }

    [Fact]
    public void Path_DirectCitation_IsOneHopWithItsOpinion()
    {
        var rows = queries.Path("Grove v. Holly", "Cedar v. Maple");
        var hop = Assert.Single(rows);
        Assert.Equal(("Grove v. Holly", "Cedar v. Maple"), (hop.From, hop.To));
        Assert.StartsWith("opinion:grove-v-holly", hop.Opinion);
    }

    [Fact]
    public void MostCited_StoredSummary_SameRowsAsLiveThenStaleAfterIngest()
    {
        var live = queries.MostCited(10);
        Assert.False(CitationSummary.IsCurrent(store.Connection));
        store.SummarizeCitations();
        Assert.True(CitationSummary.IsCurrent(store.Connection));
        Assert.Equal(live, queries.MostCited(10));
        // A later ingest makes the summary stale: answers come live again and count the new citations.
        store.Ingest(new AnalysisFixture("Oak v. Pine", "300 U.S. 4", 2010)
            .Opinion(Model.OpinionKind.Majority, "Hale", [],
                new AnalysisFixture.Cite("elm-v-fir", "Elm v. Fir", "20 U.S. 7", Model.TreatmentRelation.ReliesOn, "Elm v. Fir, 20 U.S. 7, decides it."))
            .Build("/fixture/oak.txt"));
        Assert.False(CitationSummary.IsCurrent(store.Connection));
        Assert.Equal(2, queries.MostCited(10).Single(r => r.Case == "Elm v. Fir").Decisions);
    }

    [Fact]
    public void LearnedCaseNames_Store_NamesReadWithReporterCitationsOnly()
    {
        store.Ingest(new AnalysisFixture("Oak v. Pine", "300 U.S. 4", 2010)
            .Opinion(Model.OpinionKind.Majority, "Hale", [],
                new AnalysisFixture.Cite("birch-v-aspen", "Birch v. Aspen", null, Model.TreatmentRelation.Cites, "birch aspen decides it."),
                new AnalysisFixture.Cite("larch-v-yew", "Larch v. Yew", "21 U.S. 9", Model.TreatmentRelation.Cites, "Larch v. Yew, 21 U.S. 9, decides it."))
            .Build("/fixture/oak-names.txt"));

        var names = queries.LearnedCaseNames();

        Assert.Contains("Larch v. Yew", names);
        Assert.Contains("Elm v. Fir", names);
        // A name read without a reporter (normalized text) was not read exactly, so it teaches nothing.
        Assert.DoesNotContain("Birch v. Aspen", names);
        Assert.Equal(names.Order(StringComparer.Ordinal).ToList(), names);
    }

    [Fact]
    public void Path_BothDirections_ReadsFromTheLaterCase()
    {
        // An earlier decision can cite a later case (an earlier stage of it, noting probable jurisdiction): both
        // directions connect, and the chain is read the usual way, from the later decision to the earlier.
        store.Ingest(new AnalysisFixture("Oak v. Pine", "300 U.S. 4", 2010)
            .Opinion(Model.OpinionKind.Majority, "Hale", [],
                new AnalysisFixture.Cite("ash-v-rowan", "Ash v. Rowan", "250 U.S. 8", Model.TreatmentRelation.ReliesOn, "Ash v. Rowan, 250 U.S. 8, decides it."))
            .Build("/fixture/oak-path.txt"));
        store.Ingest(new AnalysisFixture("Ash v. Rowan", "250 U.S. 8", 1990)
            .Opinion(Model.OpinionKind.Majority, "Hale", [],
                new AnalysisFixture.Cite("oak-v-pine", "Oak v. Pine", "300 U.S. 4", Model.TreatmentRelation.Cites, "Oak v. Pine, 300 U.S. 4, is pending."))
            .Build("/fixture/ash-path.txt"));

        var hop = Assert.Single(queries.Path("Ash v. Rowan", "Oak v. Pine"));

        Assert.Equal(("Oak v. Pine", "Ash v. Rowan"), (hop.From, hop.To));
        Assert.Equal(hop, Assert.Single(queries.Path("Oak v. Pine", "Ash v. Rowan")));
    }

    [Fact]
    public void Path_Unconnected_IsEmpty()
    {
        Assert.Empty(queries.Path("Elm v. Fir", "Cedar v. Maple"));
    }

    [Fact]
    public void Contested_MajorityAndDissent_ShowsBothTreatments()
    {
        var rows = queries.Contested(10);
        Assert.Equal(2, rows.Count);
        var cedar = Assert.Single(rows, r => r.Case == "Cedar v. Dogwood");
        Assert.Equal(("relies-on", "criticizes"), (cedar.MajorityRelation, cedar.DissentRelation));
        Assert.True(cedar.Differs);
        Assert.Equal("Park", cedar.DissentAuthor);
        Assert.Contains("wrongly", cedar.DissentEvidence);
    }

    [Fact]
    public void Positions_Decision_GivesEachJusticesPosition()
    {
        var rows = queries.Positions("Alder v. Birch");
        Assert.Equal(["Hale", "Reyes", "Stone", "Park"], rows.Select(r => r.Justice));
        Assert.Equal(["with-majority", "with-majority", "with-majority", "against"], rows.Select(r => r.Position));
        Assert.All(rows, r => Assert.Equal("warrant", r.Issue));
    }

    [Fact]
    public void Search_Words_ReturnsParagraphsWithTheirArguments()
    {
        var rows = queries.Search("warrant question decided", 10);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(["The warrant question"], r.Arguments));
        Assert.Contains("[warrant]", rows[0].Snippet);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("warrant\" OR \"x")]
    [InlineData("NEAR(warrant")]
    [InlineData("text: warrant*")]
    [InlineData("-warrant ^ (")]
    [InlineData("AND OR NOT")]
    public void Search_FtsSyntaxInText_IsSearchedNotRun(string text)
    {
        var exception = Record.Exception(() => queries.Search(text, 5));
        Assert.True(exception is null or StoreQueryException, exception?.Message);
    }

    [Theory]
    [InlineData("O'Hara", "\"O\" \"Hara\"")]
    [InlineData("a\"b NEAR(c", "\"a\" \"b\" \"NEAR\" \"c\"")]
    [InlineData("warrant warrant", "\"warrant\"")]
    public void FtsQuery_UserText_BecomesQuotedWords(string text, string expected)
    {
        Assert.Equal(expected, StoreQueries.FtsQuery(StoreQueries.SearchWords(text)));
    }

    [Fact]
    public void Search_NothingButPunctuation_Throws()
    {
        Assert.Throws<StoreQueryException>(() => queries.Search("\" ( * )", 5));
    }

    [Fact]
    public void Cites_DecisionIngestedInTwoForms_AnswersFromTheRawOneOnly()
    {
        var normalized = new AnalysisFixture("alder birch", form: Model.InputForm.Normalized)
            .Opinion(Model.OpinionKind.Majority, "Hale", [],
                new AnalysisFixture.Cite("cedar-dogwood", "cedar dogwood", null, Model.TreatmentRelation.ReliesOn, "as we held in cedar dogwood the warrant stands."))
            .Build("/fixture/alder.normalized.txt");
        Assert.Equal(IngestStatus.Added, store.Ingest(normalized).Status);
        Assert.Equal(["alder-v-birch", "alder-birch"], queries.FindCase("Alder v. Birch").Decisions);
        Assert.Equal(4, queries.Cites("Alder v. Birch").Count);
        Assert.Equal(["Alder v. Birch", "Alder v. Birch", "Grove v. Holly"], queries.Treatments("Dogwood").Select(r => r.Decision));
    }
}
