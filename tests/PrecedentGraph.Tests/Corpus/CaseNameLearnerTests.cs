using System.Text;
using PrecedentGraph.Corpus;
using PrecedentGraph.Reading;

namespace PrecedentGraph.Tests.Corpus;

public class CaseNameLearnerTests
{
    private static Model.SourceDocument Document(string text, string name) => DocumentReader.ReadBytes(Encoding.UTF8.GetBytes(text), name);

    [Fact]
    public void Names_RawOpinion_NamesCitedWithReporters()
    {
        var document = Document("JUSTICE HALE delivered the opinion of the Court.\n\nWe follow Quimby v. Tolliver, 123 U.S. 456 (1901), and "
            + "Barlow v. Ostrander Mills, 130 U.S. 22, 25 (1903). See 42 U.S.C. § 1983.\n", "raw.txt");

        var names = new CaseNameLearner().Names(document);

        Assert.Equal(["Barlow v. Ostrander Mills", "Quimby v. Tolliver"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Names_NormalizedOpinion_TeachesNothing()
    {
        // Normalized text has no reporters: its names were not read exactly, so they teach nothing.
        var document = Document("justice hale delivered the opinion of the court.\nwe follow quimby tolliver,and see barlow ostrander mills,at.\n", "norm.txt");

        Assert.Empty(new CaseNameLearner().Names(document));
    }

    [Fact]
    public void Learn_DocumentsInAnyOrder_DistinctNamesInOrdinalOrder()
    {
        var first = Document("We follow Quimby v. Tolliver, 123 U.S. 456 (1901).\n", "a.txt");
        var second = Document("Compare Quimby v. Tolliver, 123 U.S. 456 (1901), with Abel v. Zorn, 140 U.S. 1 (1905).\n", "b.txt");
        var learner = new CaseNameLearner();

        var forward = learner.Learn([first, second]);
        var backward = learner.Learn([second, first]);

        Assert.Equal(["Abel v. Zorn", "Quimby v. Tolliver"], forward);
        Assert.Equal(forward, backward);
    }
}
