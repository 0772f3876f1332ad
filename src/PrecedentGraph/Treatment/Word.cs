namespace PrecedentGraph.Treatment;

/// <summary>A word of <see cref="WordSequence"/>: lowercase letters only, with its bounds in the document
/// and whether punctuation (or the start of the sequence) comes right before it.</summary>
internal readonly record struct Word(string Text, int Start, int End, bool AfterBreak);
