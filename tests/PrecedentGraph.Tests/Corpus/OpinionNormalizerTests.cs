using PrecedentGraph.Corpus;

namespace PrecedentGraph.Tests.Corpus;

public class OpinionNormalizerTests
{
    [Theory]
    [InlineData("malley-v-briggs")]
    [InlineData("harlow-v-fitzgerald")]
    [InlineData("anderson-v-creighton")]
    public void Normalize_DevSetRawText_MatchesTheSharedNormalizer(string name)
    {
        var raw = File.ReadAllText(Path.Combine(TestPaths.DevSet, name + ".raw.txt"));
        var expected = File.ReadAllText(Path.Combine(TestPaths.DevSet, name + ".normalized.txt")).ReplaceLineEndings("\n");

        var actual = OpinionNormalizer.Normalize(raw);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("See Malley v. Briggs, 475 U. S. 335, 341 (1986).", "see malley briggs,")]
    [InlineData("Id., at 5.", "at")]
    [InlineData("The officer's affidavit wasn't \"facially\" deficient.", "the officer affidavit was facially deficient.")]
    [InlineData("a well-trained officer", "a officer")]
    public void NormalizeParagraph_RawSentence_GivesTheNormalizedForm(string raw, string expected)
    {
        Assert.Equal(expected, OpinionNormalizer.NormalizeParagraph(raw));
    }
}
