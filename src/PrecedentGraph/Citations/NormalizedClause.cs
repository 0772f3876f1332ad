namespace PrecedentGraph.Citations;

/// <summary>What separates two clauses of normalized text.</summary>
internal enum ClauseBreak
{
    Comma,
    Period,
    Line,
}

/// <summary>A run of words between separators in normalized text: <see cref="WordCount"/> words from
/// <see cref="FirstWord"/> in the tokenizer's word list.</summary>
internal readonly record struct NormalizedClause(int FirstWord, int WordCount, ClauseBreak Before, ClauseBreak After, int Line);
