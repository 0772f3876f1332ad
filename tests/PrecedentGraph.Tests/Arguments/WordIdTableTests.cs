using PrecedentGraph.Arguments;

namespace PrecedentGraph.Tests.Arguments;

public class WordIdTableTests
{
    private static int Hash(string word)
    {
        var hash = WordIdTable.Seed;
        foreach (var c in word)
        {
            hash = WordIdTable.Step(hash, c);
        }
        return WordIdTable.Fold(hash);
    }

    [Theory]
    [InlineData("warrant", 7)]
    [InlineData("the", -1)]
    [InlineData("\u00e9tat", 0)]
    public void TryGet_WordAdded_GivesItsId(string word, int id)
    {
        var table = new WordIdTable();
        table.Add("officer", Hash("officer"), 3);
        table.Add(word, Hash(word), id);

        Assert.True(table.TryGet(word, Hash(word), out var found));
        Assert.Equal(id, found);
    }

    [Theory]
    [InlineData("warrants")]
    [InlineData("warran")]
    [InlineData("")]
    public void TryGet_WordNotAdded_IsFalse(string word)
    {
        var table = new WordIdTable();
        table.Add("warrant", Hash("warrant"), 1);

        Assert.False(table.TryGet(word, Hash(word), out _));
    }

    [Fact]
    public void TryGet_SameHashDifferentWord_IsFalse()
    {
        var table = new WordIdTable();
        table.Add("alpha", 42, 1);

        Assert.False(table.TryGet("omega", 42, out _));
        Assert.True(table.TryGet("alpha", 42, out var id));
        Assert.Equal(1, id);
    }

    [Fact]
    public void Add_ManyWords_AllFoundAfterGrowing()
    {
        var table = new WordIdTable();
        var words = Enumerable.Range(0, 5000).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            table.Add(words[i], Hash(words[i]), i);
        }

        for (var i = 0; i < words.Count; i++)
        {
            Assert.True(table.TryGet(words[i], Hash(words[i]), out var id));
            Assert.Equal(i, id);
        }
    }

    [Fact]
    public void Renumber_RewritesTermIds_KeepsStopWords()
    {
        var table = new WordIdTable();
        table.Add("court", Hash("court"), 0);
        table.Add("warrant", Hash("warrant"), 1);
        table.Add("the", Hash("the"), -1);

        table.Renumber([1, 0]);

        Assert.True(table.TryGet("court", Hash("court"), out var court));
        Assert.True(table.TryGet("warrant", Hash("warrant"), out var warrant));
        Assert.True(table.TryGet("the", Hash("the"), out var stop));
        Assert.Equal((1, 0, -1), (court, warrant, stop));
    }
}
