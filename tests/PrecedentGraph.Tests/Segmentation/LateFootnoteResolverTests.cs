using System.Text;
using PrecedentGraph.Corpus;
using PrecedentGraph.Model;
using PrecedentGraph.Reading;
using PrecedentGraph.Segmentation;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Segmentation;

public sealed class LateFootnoteResolverTests(ITestOutputHelper output)
{
    private static SegmentationResult Segment(string text) =>
        new OpinionSegmenter().Segment(new SourceDocument("test.txt", text, InputFormDetector.Detect(text), "text", "", null, null, null, []));

    [Theory]
    [InlineData("Footnotes|[ Footnote 1 ] a|[ Footnote 2 ] b|[ Footnote * ] c|[ Footnote 1 ] d", "0-2:2 3-3:* 4-4:1")]
    [InlineData("Footnotes|[ Footnote 1 ] a|[ Footnote 395 ] U. S., at 790|[ Footnote 2 ] b|[ Footnote 1 ] c", "0-3:2 4-4:1")]
    [InlineData("FOOTNOTES|Footnote *|text|FOOTNOTES|Footnote 1|text|Footnote 2|text", "0-2:* 3-7:2")]
    [InlineData("Footnotes|[ Footnote * ] a|[ Footnote ** ] b|[ Footnote 1 ] c", "0-2:* 3-3:1")]
    [InlineData("footnotes|footnote a|footnote b|footnote c", "0-3:0")]
    [InlineData("footnotes|footnote a|footnotes|footnote b|footnote c", "0-1:0 2-4:0")]
    public void Split_FootnoteBlock_GivesOneSeriesPerRestart(string block, string expected)
    {
        var texts = block.Split('|');
        var series = FootnoteSeries.Split(texts, 0, texts.Length - 1);
        Assert.Equal(expected, string.Join(" ", series.Select(s => $"{s.First}-{s.Last}:{(s.Starred ? "*" : s.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))}")));
    }

    private const string Body =
        "The statute reaches the conduct here. 1 We so held before, and we adhere to that view today in every respect that matters.\n" +
        "Petitioner's remaining argument fails as well. 2 The judgment of the Court of Appeals is affirmed.\n" +
        "It is so ordered.\n";

    // a concurrence of some length (footnotes are rare in short opinions: 9% of those under 512 characters)
    private static readonly string Concurrence = string.Concat(Enumerable.Repeat(
        "I join the opinion of the Court, and write only to add a word about the remedy that remains open to petitioner on remand.\n" +
        "The habeas statute does not reach him, but nothing in our opinion forecloses an action for damages under the civil rights laws.\n", 20));

    private const string Dissent =
        "The Court's holding rests on a premise that our cases do not support. 1 Petitioner has a concrete stake in this case.\n" +
        "An interest in one's good name is an interest the law protects. 2 It is enough to keep the case alive. 3 I respectfully dissent.\n";

    /// <summary>Raw late layout: the Court's, the concurrence's "*" and the dissent's series after the dissent.</summary>
    public static readonly string RawLate =
        "United States Supreme Court ALPHA v. BETA, (1998) No. 96-1 Argued: January 9, 1998 Decided: March 3, 1998\n" +
        "JUSTICE SCALIA delivered the opinion of the Court.\n" + Body +
        "JUSTICE SOUTER, with whom JUSTICE GINSBURG joins, concurring.\n" + Concurrence +
        "JUSTICE STEVENS, dissenting.\n" + Dissent +
        "Footnotes\n" +
        "[ Footnote 1 ] See the record.\n" +
        "[ Footnote 2 ] The dissent asserts otherwise.\n" +
        "[ Footnote * ] The convict given a fine alone has no remedy in habeas.\n" +
        "[ Footnote 1 ] The test was first stated long ago.\n" +
        "[ Footnote 2 ] See the cases collected.\n" +
        "[ Footnote 3 ] Given the Court's holding, the remedy lies elsewhere.\n";

    [Fact]
    public void Segment_RawLateFootnoteBlock_GivesEachSeriesToItsOpinion()
    {
        var result = Segment(RawLate);
        var opinions = result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus).ToList();
        Assert.Equal(
            ["Scalia: [ Footnote 1 ]|[ Footnote 2 ]", "Souter: [ Footnote * ]", "Stevens: [ Footnote 1 ]|[ Footnote 2 ]|[ Footnote 3 ]"],
            opinions.Select(o => o.Author + ": " + string.Join("|", o.Paragraphs.Where(p => p.IsFootnote && RawLate[p.Span.Start] == '[')
                .Select(p => RawLate.Substring(p.Span.Start, RawLate.IndexOf(']', p.Span.Start) - p.Span.Start + 1)))));
        var stevensNote = RawLate.IndexOf("Given the Court's holding", StringComparison.Ordinal);
        var courtNote = RawLate.IndexOf("The dissent asserts", StringComparison.Ordinal);
        Assert.Equal("Stevens", result.OpinionAt(stevensNote)?.Author);
        Assert.Equal("Scalia", result.OpinionAt(courtNote)?.Author);
        Assert.Contains(result.Diagnostics, d => d.Code == "segmentation.late-footnotes");
    }

    [Fact]
    public void Segment_NormalizedLateBlockWithOneHeadingPerSeries_GivesSeriesByOrderAndLength()
    {
        var raw = RawLate.Replace("[ Footnote * ]", "Footnotes\n[ Footnote * ]", StringComparison.Ordinal)
            .Replace("[ Footnote 1 ] The test", "Footnotes\n[ Footnote 1 ] The test", StringComparison.Ordinal);
        var normalized = OpinionNormalizer.Normalize(raw);
        var result = Segment(normalized);
        var opinions = result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus).ToList();
        Assert.Equal([2, 1, 3], opinions.Select(o => o.Paragraphs.Count(p => p.IsFootnote && normalized.AsSpan(p.Span.Start).StartsWith("footnote "))));
    }

    [Fact]
    public void Segment_NormalizedLateBlockUnderOneHeading_LeavesItWithTheLastOpinion()
    {
        var normalized = OpinionNormalizer.Normalize(RawLate);
        var result = Segment(normalized);
        var opinions = result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus).ToList();
        Assert.Equal([0, 0, 6], opinions.Select(o => o.Paragraphs.Count(p => p.IsFootnote && normalized.AsSpan(p.Span.Start).StartsWith("footnote "))));
    }

    /// <summary>Replays the late layout on corpus decisions that keep each opinion's footnotes under it: all footnotes
    /// moved after the last opinion under one heading; each footnote paragraph must come back to its opinion.</summary>
    [Fact]
    public void Segment_CorpusReplayedLateLayout_GivesFootnotesBackToTheirOpinions()
    {
        var folder = CorpusFixture.Directory;
        Assert.True(folder is not null, "corpus archive missing: " + CorpusFixture.Archive);
        int decisions = 0, right = 0, wrong = 0, onLast = 0, allRight = 0;
        foreach (var file in Directory.GetFiles(folder!, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var document = DocumentReader.ReadFile(file);
            var result = new OpinionSegmenter().Segment(document);
            var opinions = result.Opinions.Where(o => o.Kind != OpinionKind.Syllabus).ToList();
            if (opinions.Count < 2 || !opinions.Take(opinions.Count - 1).Any(o => o.Paragraphs.Any(p => p.IsFootnote)))
            {
                continue;
            }
            var text = document.Text;
            var body = new StringBuilder(text[..opinions[0].Span.Start]).Append('\n');
            var notes = new StringBuilder("Footnotes\n");
            var owners = new List<int>();
            foreach (var (opinion, slot) in opinions.Select((o, i) => (o, i)))
            {
                var firstNote = opinion.Paragraphs.ToList().FindIndex(p => p.IsFootnote);
                foreach (var (paragraph, i) in opinion.Paragraphs.Select((p, i) => (p, i)))
                {
                    var line = text.Substring(paragraph.Span.Start, paragraph.Span.Length);
                    if (firstNote < 0 || i < firstNote)
                    {
                        body.Append(line).Append('\n');
                    }
                    else if (!FootnoteFinder.IsHeading(line))
                    {
                        notes.Append(line).Append('\n');
                        owners.Add(slot);
                    }
                }
            }
            var replayed = body.ToString() + notes;
            var again = Segment(replayed);
            var back = again.Opinions.Where(o => o.Kind != OpinionKind.Syllabus).ToList();
            if (back.Count != opinions.Count)
            {
                continue;
            }
            decisions++;
            var spans = OpinionSegmenter.ParagraphSpans(replayed);
            var noteStart = spans.FindIndex(s => replayed.AsSpan(s.Start, s.Length).SequenceEqual("Footnotes") && s.Start >= body.Length);
            var ok = true;
            for (var k = 0; k < owners.Count; k++)
            {
                var holder = again.OpinionAt(spans[noteStart + 1 + k].Start);
                var slot = holder is null ? -1 : back.IndexOf(holder);
                right += slot == owners[k] ? 1 : 0;
                wrong += slot == owners[k] ? 0 : 1;
                onLast += owners[k] == opinions.Count - 1 ? 1 : 0;
                ok &= slot == owners[k];
            }
            allRight += ok ? 1 : 0;
        }
        output.WriteLine($"replayed {decisions} decisions: {allRight} with every footnote back; footnote paragraphs right {right}, wrong {wrong}; left on the last opinion would be right for {onLast}");
        Assert.True(decisions > 800, $"only {decisions} decisions replayed");
        Assert.True(right >= 0.9 * (right + wrong), $"only {right} of {right + wrong} footnote paragraphs back");
    }
}
