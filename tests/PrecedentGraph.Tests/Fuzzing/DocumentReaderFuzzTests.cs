using FsCheck;
using FsCheck.Fluent;
using PrecedentGraph.Reading;
using Xunit.Abstractions;

namespace PrecedentGraph.Tests.Fuzzing;

/// <summary>The reader over any bytes (random, every encoding, broken HTML and JSON, cut short, mutated): a document
/// with text or an <see cref="InputException"/> with a reason, never another exception.</summary>
public sealed class DocumentReaderFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void ReadBytes_AnyBytes_DocumentOrInputException()
    {
        var cases = FuzzSettings.Cases(1500, 0.30);
        var read = 0;
        var refused = 0;
        var generator = FuzzInputs.AnyBytes.SelectMany(bytes => FuzzInputs.Path.Select(path => (Bytes: bytes, Path: path)));
        Prop.ForAll(generator.ToArbitrary(), input =>
        {
            try
            {
                var document = DocumentReader.ReadBytes(input.Bytes, input.Path);
                read++;
                Assert.False(string.IsNullOrWhiteSpace(document.Text));
                Assert.Equal(64, document.ContentHash.Length);
                Assert.Contains(document.Format, new[] { "text", "html", "json" });
                if (document.SourceOffsets is { } offsets)
                {
                    Assert.Equal(document.Text.Length, offsets.Count);
                    Assert.All(offsets, offset => Assert.InRange(offset, 0, input.Bytes.Length));
                }
            }
            catch (InputException e)
            {
                refused++;
                Assert.False(string.IsNullOrWhiteSpace(e.Problem));
                Assert.Equal(input.Path, e.Path);
            }
        }).Check(FuzzSettings.Config(cases));
        output.WriteLine($"{cases} cases: {read} read, {refused} refused with an InputException, 0 other exceptions");
        Assert.True(read > 0 && refused > 0, $"generator too narrow: {read} read, {refused} refused");
    }

    [Fact]
    public void Decode_AnyBytes_TextOrInputException()
    {
        var cases = FuzzSettings.Cases(1000, 0.20);
        Prop.ForAll(FuzzInputs.AnyBytes.ToArbitrary(), bytes =>
        {
            var diagnostics = new List<PrecedentGraph.Model.Diagnostic>();
            try
            {
                var text = TextDecoder.Decode(bytes, "x", diagnostics);
                Assert.True(text.Length <= bytes.Length, "more characters than bytes");
            }
            catch (InputException e)
            {
                Assert.Contains("binary", e.Problem, StringComparison.Ordinal);
            }
        }).Check(FuzzSettings.Config(cases));
    }
}
