using System.Text.RegularExpressions;
using PrecedentGraph.Citations;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Citations;

/// <summary>Resolution tables in eyecite's notation: each (n, "text") is one citation; citations with the same n
/// resolve to the same case, and -1 means unresolved.</summary>
public partial class CitationResolverTests
{
    [GeneratedRegex("""\((-?\d+), "([^"]*)"\)""")]
    private static partial Regex Row();

    [Theory]
    [InlineData(InputForm.Raw, """(0, "Foo v. Bar, 1 U.S. 1 (1990)."), (0, "Id., at 3.")""")]
    [InlineData(InputForm.Raw, """(0, "Foo v. Bar, 1 U.S. 1 (1990)."), (1, "Baz v. Qux, 2 U.S. 5 (1991)."), (0, "Foo, supra, at 4."), (0, "Id., at 7.")""")]
    [InlineData(InputForm.Raw, """(0, "Foo v. Bar, 1 U.S. 1 (1990)."), (1, "Baz v. Qux, 1 U.S. 50 (1991)."), (0, "1 U.S., at 4."), (1, "1 U.S., at 52.")""")]
    [InlineData(InputForm.Raw, """(0, "Foo v. Bar, 1 U.S. 1 (1990). App. 12."), (-1, "Id., at 3.")""")]
    [InlineData(InputForm.Raw, """(0, "Foo v. Bar, 1 U.S. 1 (1990)."), (1, "Foo v. Baz, 3 U.S. 9 (1992)."), (-1, "Foo, supra, at 4.")""")]
    [InlineData(InputForm.Raw, """(0, "United States v. Leon, 468 U.S. 897 (1984)."), (0, "In Leon, we stated"), (0, "Leon, supra, at 923.")""")]
    [InlineData(InputForm.Raw, """(0, "Owen v. City of Independence, 445 U.S. 622 (1980)."), (0, "Owen, 445 U.S., at 653.")""")]
    [InlineData(InputForm.Raw, """(0, "See 372 U.S. 734, 736."), (1, "Foo v. Bar, 1 U.S. 1 (1990)."), (0, "In Downum v. Roe, 372 U.S. 734 (1963), the Court")""")]
    [InlineData(InputForm.Raw, """(0, "Downum v. Roe, 372 U.S. 734 (1963)."), (0, "See 372 U.S. 734, 740.")""")]
    [InlineData(InputForm.Raw, """(-1, "See 372 U.S. 736."), (0, "In Downum v. Roe, 372 U.S. 734 (1963), the Court")""")]
    [InlineData(InputForm.Normalized, """(0, "a warrant.malley briggs,the rule"), (0, "applies.malley,supra,at the"), (0, "court.at thus,"), (0, "as in malley,we")""")]
    [InlineData(InputForm.Normalized, """(0, "a warrant.doe roe,the rule.app."), (-1, "at thus,we")""")]
    [InlineData(InputForm.Normalized, """(0, "see united states leon,while"), (0, "the rule.leon,at.the"), (-1, "known.ashcroft,slip,at.we")""")]
    [InlineData(InputForm.Normalized, """(0, "as the rule in olmsby united states,at,is"), (1, "of review corvan simmonds,slip,at an actual"), (-1, "known.terhune,at.we")""")]
    [InlineData(InputForm.Normalized, """(0, "abstention cases.yonder harrow,"), (1, "hoffner pursey,ltd.supra.")""")]
    public void Resolve_Table_ResolvesAsNumbered(InputForm form, string table)
    {
        var rows = Row().Matches(table).Select(m => (Group: int.Parse(m.Groups[1].Value), Text: m.Groups[2].Value)).ToList();
        var text = string.Join(" ", rows.Select(r => r.Text));
        var citations = CitationTestText.Find(text, form);
        var resolution = new CitationResolver().Resolve(CitationTestText.Document(text, form), CitationTestText.OneOpinion(text), citations);

        Assert.Equal(rows.Count, resolution.Citations.Count);
        var keys = new Dictionary<int, string?>();
        for (var i = 0; i < rows.Count; i++)
        {
            var key = resolution.Citations[i].CaseKey;
            if (rows[i].Group < 0)
            {
                Assert.Null(key);
                Assert.NotNull(resolution.Citations[i].UnresolvedReason);
                continue;
            }
            Assert.NotNull(key);
            if (keys.TryGetValue(rows[i].Group, out var expected))
            {
                Assert.Equal(expected, key);
            }
            else
            {
                Assert.DoesNotContain(key, keys.Values);
                keys[rows[i].Group] = key;
            }
        }
    }

    [Theory]
    [InlineData("United States Supreme Court FOO v. BAR, (1990) No. 1\nFoo v. Bar, 10 U.S. 1 (1989). Baz v. Qux, 2 U.S. 5 (1991).", InputForm.Raw, "baz-v-qux")]
    [InlineData("united states supreme court foo bar,no.argued\nthe rule.foo bar,the court.see baz qux,the", InputForm.Normalized, "baz-v-qux")]
    [InlineData("united states supreme court foo zorbel,no.argued\nhe stayed with his aunt,augusta zorbel.the rule.see baz qux,the", InputForm.Normalized, "baz-v-qux")]
    [InlineData("united states supreme court foo zorbel,no.argued\nas in quux zorbel,ante,p.the rule.see baz qux,the", InputForm.Normalized, "quux-v-zorbel|baz-v-qux")]
    [InlineData("united states supreme court hudgens mcmahon,no.argued\nthe remedy is adequate.davison cannon,hudgens palmer,parrot taylor,i agree", InputForm.Normalized, "davison-v-cannon|hudgens-v-palmer|parrot-v-taylor")]
    public void Resolve_DecidedCase_IsNotACitedCase(string text, InputForm form, string keys)
    {
        var citations = CitationTestText.Find(text, form);
        var resolution = new CitationResolver().Resolve(CitationTestText.Document(text, form), CitationTestText.OneOpinion(text), citations);
        Assert.Equal(keys, string.Join("|", resolution.Cases.Select(c => c.Key)));
    }

    [Theory]
    [InlineData("Malley v. Briggs, 475 U. S. 335, 341, 106 S. Ct. 1092, 89 L. Ed. 2d 271 (1986).", "malley-v-briggs", "Malley v. Briggs", "475 U.S. 335", 1986)]
    [InlineData("Harlow v. Fitzgerald, 457 U.S. 800 (1982); Harlow v. Fitzgerald, 102 S. Ct. 2727, 457 U.S. 800.", "harlow-v-fitzgerald", "Harlow v. Fitzgerald", "457 U.S. 800", 1982)]
    public void Resolve_FullCitation_MakesOneCaseWithPrimaryCitation(string text, string key, string label, string primary, int year)
    {
        var citations = CitationTestText.Find(text, InputForm.Raw);
        var resolution = new CitationResolver().Resolve(CitationTestText.Document(text, InputForm.Raw), CitationTestText.OneOpinion(text), citations);
        var cited = Assert.Single(resolution.Cases);
        Assert.Equal(key, cited.Key);
        Assert.Equal(label, cited.Label);
        Assert.Equal(primary, cited.PrimaryCitation);
        Assert.Equal(year, cited.Year);
    }
}
