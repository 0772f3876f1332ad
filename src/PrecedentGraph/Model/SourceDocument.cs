namespace PrecedentGraph.Model;

/// <summary>One input decision as text. Every span produced by later stages indexes <see cref="Text"/>.</summary>
/// <param name="Path">Where it came from ("-" for standard input).</param>
/// <param name="Text">The decoded text that the stages read (line ends kept as in the input).</param>
/// <param name="Form">Raw or normalized.</param>
/// <param name="Format">The container it was read from: "text", "html" or "json".</param>
/// <param name="ContentHash">SHA-256 (hex) of the bytes read.</param>
/// <param name="TitleHint">A case name given by the container (JSON metadata, HTML title), if any.</param>
/// <param name="DateHint">A decision date given by the container, if any.</param>
/// <param name="SourceOffsets">For HTML and JSON inputs: for each character of <see cref="Text"/>, its offset in
/// the original input; null where Text is the input itself.</param>
public sealed record SourceDocument(
    string Path,
    string Text,
    InputForm Form,
    string Format,
    string ContentHash,
    string? TitleHint,
    string? DateHint,
    IReadOnlyList<int>? SourceOffsets,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);
}
