using PrecedentGraph.Model;
using PrecedentGraph.Treatment;

namespace PrecedentGraph.Tests.Treatment;

public sealed class SetApartSentenceReaderTests
{
    [Theory]
    [InlineData("That is not the case here.", true)]
    [InlineData("THAT IS NOT THE CASE HERE.", true)]
    [InlineData("The two situations are quite DiFfErEnT.", true)]
    [InlineData("But the officers waited.", true)]
    [InlineData("The Court's reasoning in that line of cases is sound.", true)]
    [InlineData("The officers waited for a warrant before they entered the house and searched it thoroughly, reasoning aside.", false)]
    [InlineData("The officers waited.", false)]
    [InlineData("", false)]
    public void MayTrigger_Sentence_FindsKeys(string sentence, bool expected)
    {
        Assert.Equal(expected, SetApartSentenceReader.MayTrigger(sentence, new TextSpan(0, sentence.Length)));
    }

    /// <summary>The keys searched all at once match where one <see cref="StringComparison.OrdinalIgnoreCase"/> search per
    /// key did: every character of the Basic Multilingual Plane (dotless i, long s, Kelvin sign and the other case-folding
    /// oddities included) put in place of each different character the keys use, at its first place in a key.</summary>
    [Fact]
    public void MayTrigger_EveryCharacterInPlaceOfAKeyCharacter_MatchesOneSearchPerKey()
    {
        var keys = SetApartSentenceReader.StatementKeys.Concat(SetApartSentenceReader.HeadKeys).ToList();
        var places = new Dictionary<char, (string Key, int Position)>();
        foreach (var key in keys)
        {
            for (var position = 0; position < key.Length; position++)
            {
                places.TryAdd(key[position], (key, position));
            }
        }
        var mismatches = new List<string>();
        foreach (var (key, position) in places.Values)
        {
            var buffer = ("xx " + key + " xx").ToCharArray();
            for (var c = 0; c <= char.MaxValue; c++)
            {
                buffer[3 + position] = (char)c;
                var sentence = new string(buffer);
                if (SetApartSentenceReader.MayTrigger(sentence, new TextSpan(0, sentence.Length)) != OneSearchPerKey(sentence))
                {
                    mismatches.Add($"{key}[{position}] = U+{c:X4}");
                }
            }
        }
        Assert.True(places.Count > 20, "the keys use most letters");
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(44)]
    [InlineData(45)]
    [InlineData(46)]
    [InlineData(47)]
    [InlineData(48)]
    public void MayTrigger_HeadKeyAtTheEdgeOfTheHead_MatchesOneSearchPerKey(int offset)
    {
        foreach (var key in SetApartSentenceReader.HeadKeys)
        {
            var sentence = new string('z', offset) + key.ToUpperInvariant() + " zzz";
            Assert.Equal(OneSearchPerKey(sentence), SetApartSentenceReader.MayTrigger(sentence, new TextSpan(0, sentence.Length)));
        }
    }

    /// <summary>The search as it was first written: each key in turn, ignoring case ordinally.</summary>
    private static bool OneSearchPerKey(string sentence)
    {
        var body = sentence.AsSpan();
        foreach (var key in SetApartSentenceReader.StatementKeys)
        {
            if (body.Contains(key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        var head = body[..Math.Min(body.Length, 48)];
        foreach (var key in SetApartSentenceReader.HeadKeys)
        {
            if (head.Contains(key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
