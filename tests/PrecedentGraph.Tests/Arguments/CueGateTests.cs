using System.Text.RegularExpressions;
using PrecedentGraph.Arguments;

namespace PrecedentGraph.Tests.Arguments;

public class CueGateTests
{
    /// <summary>Each gated cue pattern with its gate.</summary>
    private static IEnumerable<(string Name, Regex Pattern, CueGate Gate)> Gated()
    {
        for (var i = 0; i < ArgumentCues.Claims.Count; i++)
        {
            if (ArgumentCues.ClaimGates[i] is { } gate)
            {
                yield return ($"Claims[{i}]", ArgumentCues.Claims[i], gate);
            }
        }
        for (var i = 0; i < ArgumentCues.Supports.Count; i++)
        {
            if (ArgumentCues.SupportGates[i] is { } gate)
            {
                yield return ($"Supports[{i}]", ArgumentCues.Supports[i], gate);
            }
        }
        for (var i = 0; i < ArgumentCues.Attacks.Count; i++)
        {
            if (ArgumentCues.AttackGates[i] is { } gate)
            {
                yield return ($"Attacks[{i}]", ArgumentCues.Attacks[i], gate);
            }
        }
        yield return ("Reported", ArgumentCues.Reported, ArgumentCues.ReportedGate);
        yield return ("ReportedByCourt", ArgumentCues.ReportedByCourt, ArgumentCues.ReportedByCourtGate);
        yield return ("Concession", ArgumentCues.Concession, ArgumentCues.ConcessionGate);
        yield return ("OtherSeparateOpinion", ArgumentCues.OtherSeparateOpinion, ArgumentCues.OtherSeparateOpinionGate);
    }

    [Fact]
    public void Gates_OnePerPattern_ListsAlign()
    {
        Assert.Equal(ArgumentCues.Claims.Count, ArgumentCues.ClaimGates.Count);
        Assert.Equal(ArgumentCues.Supports.Count, ArgumentCues.SupportGates.Count);
        Assert.Equal(ArgumentCues.Attacks.Count, ArgumentCues.AttackGates.Count);
    }

    /// <summary>A gate must pass every text its pattern matches: over the dev set and the sample, paragraph by
    /// paragraph, in both forms.</summary>
    [Theory]
    [InlineData("malley-v-briggs.raw.txt")]
    [InlineData("malley-v-briggs.normalized.txt")]
    [InlineData("harlow-v-fitzgerald.raw.txt")]
    [InlineData("harlow-v-fitzgerald.normalized.txt")]
    [InlineData("anderson-v-creighton.raw.txt")]
    [InlineData("anderson-v-creighton.normalized.txt")]
    [InlineData("")]
    public void MayMatch_EveryTextThePatternMatches_IsTrue(string devSetFile)
    {
        var path = devSetFile.Length == 0 ? TestPaths.Sample : Path.Combine(TestPaths.DevSet, devSetFile);
        var paragraphs = File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var matched = 0;
        foreach (var (name, pattern, gate) in Gated())
        {
            foreach (var paragraph in paragraphs.Where(p => pattern.IsMatch(p)))
            {
                matched++;
                Assert.True(gate.MayMatch(paragraph), $"{name} matches but its gate does not pass: {paragraph}");
            }
        }
        Assert.True(matched > 0);
    }

    /// <summary>One row per cue form, including the forms that reach past the words a reader would name first, and
    /// the KELVIN SIGN a case-insensitive regex reads as "k".</summary>
    [Theory]
    [InlineData("I can not join that part.")]
    [InlineData("The Court plainly goes astray here.")]
    [InlineData("It is our conclusion that the warrant was valid.")]
    [InlineData("It would not have been plainly incompetent to do so.")]
    [InlineData("No officer could reasonably have \u212Anown that.")]
    [InlineData("No officer could have recognized that.")]
    [InlineData("The inquiry before us is narrow.")]
    [InlineData("That argument is difficult to understand.")]
    [InlineData("It can not be said that he acted in bad faith.")]
    [InlineData("Petitioner, complaining that the search was too broad, sought review.")]
    [InlineData("The respondents urged that the warrant was void.")]
    [InlineData("According to the officers, the door was open.")]
    [InlineData("The Court tells us that the rule is settled.")]
    [InlineData("Although we largely agree with the dissent, the point remains.")]
    [InlineData("I do not question the sincerity of the officers.")]
    [InlineData("As the Court rightly points out, the warrant named the house.")]
    [InlineData("For the reasons set forth in Part II, I concur.")]
    [InlineData("JUSTICE SMITH was entirely correct that the statute applies.")]
    [InlineData("For these reasons, as well as the reasons given by JUSTICE SMITH, I dissent.")]
    [InlineData("The Court's approach is misguided and its reading is erroneous.")]
    [InlineData("The Court mischaracterizes the record.")]
    [InlineData("The Court reads it out of the statute.")]
    [InlineData("The Court fails to explain why.")]
    [InlineData("One member of the panel filed a dissent.")]
    [InlineData("JUSTICE SMITH, in a concurring opinion, made these observations.")]
    public void MayMatch_CueSentence_PassesEveryMatchingPattern(string sentence)
    {
        var matching = Gated().Where(g => g.Pattern.IsMatch(sentence)).ToList();
        Assert.NotEmpty(matching);
        Assert.All(matching, g => Assert.True(g.Gate.MayMatch(sentence), g.Name));
    }

    [Theory]
    [InlineData("The search was reasonable.", "hold", false)]
    [InlineData("We HOLD that the search was reasonable.", "hold", true)]
    [InlineData("It could not have been \u212Anown.", "known", true)]
    [InlineData("It could not have been \u212Anown.", "thought", false)]
    public void MayMatch_Text_TellsWhetherAWordOccurs(string text, string word, bool expected)
    {
        Assert.Equal(expected, new CueGate(word).MayMatch(text));
    }
}
