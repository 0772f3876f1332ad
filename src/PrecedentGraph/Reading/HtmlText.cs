namespace PrecedentGraph.Reading;

/// <summary>The text of an HTML input: one paragraph per line, each character's offset in the input, and its
/// &lt;title&gt;.</summary>
public sealed record HtmlText(string Text, IReadOnlyList<int> Offsets, string? Title);
