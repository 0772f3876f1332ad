using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>The sentence holding a citation, with its neighbours in the same paragraph (null at the edges).</summary>
public sealed record SentenceWindow(TextSpan Sentence, TextSpan? Previous, TextSpan? Next);
