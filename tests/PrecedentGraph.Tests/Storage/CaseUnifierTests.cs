using PrecedentGraph.Analysis;
using PrecedentGraph.Model;
using PrecedentGraph.Storage;
using static PrecedentGraph.Tests.Storage.AnalysisFixture;

namespace PrecedentGraph.Tests.Storage;

/// <summary>One stored case per cited case, and each citation on one case: a name first met without a citation, a
/// second decision of the same name, and another case's citation attached by mistake.</summary>
public sealed class CaseUnifierTests : IDisposable
{
    private readonly StoreTestDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private static DocumentAnalysis Citing(string title, string path, params Cite[] cites) =>
        new AnalysisFixture(title, null, 2000).Opinion(OpinionKind.Majority, "Hale", [], cites).Build(path);

    private static object? Scalar(CorpusStore store, string sql) => CorpusStoreTests.Scalar(store, sql);

    /// <summary>A new store holding the documents, ingested in order, one transaction each.</summary>
    private CorpusStore Store(string name, params DocumentAnalysis[] documents)
    {
        var store = CorpusStore.Open(directory.File(name));
        foreach (var document in documents)
        {
            store.Ingest(document);
        }
        return store;
    }

    [Theory]
    [InlineData("110 U.S. 574", "104 U.S. 631", true)]
    [InlineData("104 U.S. 700", "104 U.S. 631", true)]
    [InlineData("559 U.S. ___", "559 U.S. 154", false)]
    [InlineData("559 U.S. 154", "559 U.S. ___", false)]
    [InlineData("560 U.S. ___", "559 U.S. 154", true)]
    [InlineData("106 S.Ct. 1092", "475 U.S. 335", false)]
    [InlineData("475 U.S. 335", "475 U.S. 335", false)]
    [InlineData("109 F.2d 579", "311 U.S. 205", false)]
    [InlineData("475 U.S. 335", null, false)]
    public void Contradicts_CitationAgainstCasesOwn_IsAnotherPageOfTheSameReporter(string citation, string? own, bool expected) =>
        Assert.Equal(expected, CaseUnifier.Contradicts(citation, own));

    [Fact]
    public void Ingest_NameFirstSeenWithoutCitation_CitationJoinsTheRowThatHoldsIt()
    {
        using var store = Store("first-bare.db",
            Citing("Ash v. Box", "/f/a.txt",
                new Cite("rowan-v-people-of-state-of-ohio", "Rowan v. People of State of Ohio", "291 U.S. 502", TreatmentRelation.ReliesOn, "Rowan v. People of State of Ohio, 291 U.S. 502, governs.")),
            Citing("Cox v. Dale", "/f/b.txt",
                new Cite("rowan-v-ohio", "Rowan v. Ohio", null, TreatmentRelation.Cites, "In Rowan v. Ohio the Court spoke.")),
            Citing("Eve v. Fay", "/f/c.txt",
                new Cite("rowan-v-ohio", "Rowan v. Ohio", "291 U.S. 502", TreatmentRelation.ReliesOn, "Rowan v. Ohio, 291 U.S. 502, governs.")));
        Assert.Equal(1L, Scalar(store, "SELECT count(*) FROM case_citations WHERE citation = '291 U.S. 502'"));
        Assert.Equal(1L, Scalar(store, "SELECT count(*) FROM cases WHERE primary_citation = '291 U.S. 502'"));
        Assert.Equal(2L, Scalar(store,
            "SELECT count(DISTINCT e.document_id) FROM edges e JOIN case_citations cc ON cc.case_id = e.case_id WHERE cc.citation = '291 U.S. 502' AND e.opinion_id IS NOT NULL"));
    }

    [Fact]
    public void Ingest_SecondDecisionOfTheSameName_KeepsItsOwnRowAndCitation()
    {
        using var store = Store("same-name.db",
            Citing("Ash v. Box", "/f/a.txt",
                new Cite("hale-v-iowa", "Hale v. Iowa", "104 U.S. 631", TreatmentRelation.Cites, "See Hale v. Iowa, 104 U.S. 631; 110 U.S. 574.", Also: ["110 U.S. 574"])),
            Citing("Cox v. Dale", "/f/b.txt",
                new Cite("hale-v-iowa", "Hale v. Iowa", "110 U.S. 574", TreatmentRelation.ReliesOn, "Hale v. Iowa, 110 U.S. 574, governs.")));
        Assert.Equal(1L, Scalar(store, "SELECT count(*) FROM case_citations WHERE citation = '110 U.S. 574'"));
        Assert.Equal(2L, Scalar(store, "SELECT count(*) FROM cases WHERE match_key = 'hale iowa'"));
        Assert.Equal("104 U.S. 631", Scalar(store, "SELECT group_concat(cc.citation) FROM case_citations cc JOIN cases c ON c.id = cc.case_id WHERE c.key = 'hale-v-iowa'"));
    }

    [Fact]
    public void Ingest_AnotherCasesCitationAttachedByMistake_StaysWithThatCase()
    {
        using var store = Store("mistake.db",
            Citing("Ash v. Box", "/f/a.txt",
                new Cite("oak-v-pine", "Oak v. Pine", "472 U.S. 38", TreatmentRelation.ReliesOn, "Oak v. Pine, 472 U.S. 38, governs.")),
            Citing("Cox v. Dale", "/f/b.txt",
                new Cite("elm-v-fir", "Elm v. Fir", "374 U.S. 398", TreatmentRelation.Cites, "See Elm v. Fir, 374 U.S. 398, [472 U.S. 38].", Also: ["472 U.S. 38"])));
        Assert.Equal("oak-v-pine", Scalar(store, "SELECT group_concat(c.key) FROM case_citations cc JOIN cases c ON c.id = cc.case_id WHERE cc.citation = '472 U.S. 38'"));
        Assert.Equal("374 U.S. 398", Scalar(store, "SELECT group_concat(cc.citation) FROM case_citations cc JOIN cases c ON c.id = cc.case_id WHERE c.key = 'elm-v-fir'"));
    }
}
