namespace PrecedentGraph.Reading;

/// <summary>What a CourtListener JSON gives: the opinion text, each character's offset in the JSON input, the case
/// name and filing date where present, and the field the text came from.</summary>
public sealed record JsonText(string Text, IReadOnlyList<int> Offsets, string? Title, string? Date, string Field);
