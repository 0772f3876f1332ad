using PrecedentGraph.Arguments;

namespace PrecedentGraph.Tests.Arguments;

public class CueGateSetTests
{
    /// <summary>The set's answer for each gate is the gate's own, paragraph by paragraph over the dev set and the
    /// sample, for the claim gates and for the stance gates.</summary>
    [Theory]
    [InlineData("malley-v-briggs.raw.txt")]
    [InlineData("malley-v-briggs.normalized.txt")]
    [InlineData("harlow-v-fitzgerald.raw.txt")]
    [InlineData("anderson-v-creighton.normalized.txt")]
    [InlineData("")]
    public void Open_EveryParagraph_AgreesWithEachGate(string devSetFile)
    {
        var path = devSetFile.Length == 0 ? TestPaths.Sample : Path.Combine(TestPaths.DevSet, devSetFile);
        var paragraphs = File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var sets = new[]
        {
            (ArgumentCues.ClaimGateSet, ArgumentCues.ClaimGates),
            (ArgumentCues.StanceGateSet, ArgumentCues.SupportGates.Concat(ArgumentCues.AttackGates).ToList()),
        };
        var passed = 0;
        foreach (var (set, gates) in sets)
        {
            Assert.Equal(gates.Count, set.Count);
            foreach (var paragraph in paragraphs)
            {
                var open = set.Open(paragraph);
                for (var i = 0; i < gates.Count; i++)
                {
                    var expected = gates[i]?.MayMatch(paragraph) ?? true;
                    Assert.True(expected == CueGateSet.Passes(open, i), $"gate {i}: {paragraph}");
                    passed += expected ? 1 : 0;
                }
            }
        }
        Assert.True(passed > 0);
    }

    [Theory]
    [InlineData("Nothing to see here.", 0UL)]
    [InlineData("We HOLD that.", 1UL)]
    [InlineData("He was mistaken, we hold.", 3UL)]
    // the KELVIN SIGN may stand for the "k" of "known" and of "mistaken"
    [InlineData("It could not have been \u212Anown.", 6UL)]
    [InlineData("The Court errs; it is mistaken.", 2UL)]
    public void Open_Text_PassesTheGatesWhoseWordsOccur(string text, ulong expected)
    {
        var set = new CueGateSet([new CueGate("hold"), new CueGate("mistaken", "err"), new CueGate("known")]);
        Assert.Equal(expected, set.Open(text));
    }

    [Fact]
    public void Open_AbsentGate_AlwaysPasses()
    {
        var set = new CueGateSet([null, new CueGate("hold")]);
        Assert.Equal(1UL, set.Open("no words of the other gate"));
    }
}
