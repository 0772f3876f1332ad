namespace PrecedentGraph.Model;

/// <summary>A paragraph of the document (one line in the corpus layout); footnotes are paragraphs too.</summary>
public sealed record Paragraph(int Index, TextSpan Span, bool IsFootnote);
