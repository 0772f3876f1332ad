using PrecedentGraph.Analysis;
using PrecedentGraph.Model;
using PrecedentGraph.Storage;
using static PrecedentGraph.Tests.Storage.AnalysisFixture;

namespace PrecedentGraph.Tests.Storage;

/// <summary>Three invented decisions that cite each other: Alder v. Birch (majority and dissent fight over two
/// cases), Grove v. Holly (relies on Alder, raw form) and Ivy v. Juniper (relies on Alder, normalized form, which
/// names it "alder birch" without a citation).</summary>
internal static class FixtureCorpus
{
    public static DocumentAnalysis Alder() => new AnalysisFixture("Alder v. Birch", "100 U.S. 1", 1990)
        .Opinion(OpinionKind.Majority, "Hale", ["Reyes", "Stone"],
            new Cite("cedar-v-dogwood", "Cedar v. Dogwood", "10 U.S. 5", TreatmentRelation.ReliesOn, "As we held in Cedar v. Dogwood, 10 U.S. 5, the warrant stands.", 1950),
            new Cite("elm-v-fir", "Elm v. Fir", "20 U.S. 7", TreatmentRelation.Distinguishes, "Elm v. Fir, 20 U.S. 7, is unlike this case."))
        .Opinion(OpinionKind.Dissent, "Park", [],
            new Cite("elm-v-fir", "Elm v. Fir", "20 U.S. 7", TreatmentRelation.ReliesOn, "Elm v. Fir, 20 U.S. 7, controls the warrant question."),
            new Cite("cedar-v-dogwood", "Cedar v. Dogwood", "10 U.S. 5", TreatmentRelation.Criticizes, "Cedar v. Dogwood, 10 U.S. 5, was wrongly reasoned."))
        .Build("/fixture/alder.txt");

    public static DocumentAnalysis Grove() => new AnalysisFixture("Grove v. Holly", "200 U.S. 3", 2000)
        .Opinion(OpinionKind.Majority, "Stone", ["Hale"],
            new Cite("alder-v-birch", "Alder v. Birch", "100 U.S. 1", TreatmentRelation.ReliesOn, "Alder v. Birch, 100 U.S. 1, decides the warrant question."),
            new Cite("cedar-v-dogwood", "Cedar v. Dogwood", "10 U.S. 5", TreatmentRelation.Cites, "See Cedar v. Dogwood, 10 U.S. 5."),
            new Cite("cedar-v-maple", "Cedar v. Maple", "30 U.S. 9", TreatmentRelation.Cites, "See also Cedar v. Maple, 30 U.S. 9."))
        .Build("/fixture/grove.txt");

    public static DocumentAnalysis Ivy() => new AnalysisFixture("ivy juniper", form: InputForm.Normalized)
        .Opinion(OpinionKind.Majority, "Reyes", [],
            new Cite("alder-birch", "alder birch", null, TreatmentRelation.ReliesOn, "we follow alder birch on the warrant."))
        .Build("/fixture/ivy.txt");

    public static CorpusStore Create(string databasePath)
    {
        var store = CorpusStore.Open(databasePath);
        store.Ingest(Alder());
        store.Ingest(Grove());
        store.Ingest(Ivy());
        return store;
    }
}
