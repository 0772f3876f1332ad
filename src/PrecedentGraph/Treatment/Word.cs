namespace PrecedentGraph.Treatment;

/// <summary>A word of <see cref="WordSequence"/>: lowercase letters only, with its bounds in the document
/// and whether punctuation (or the start of the sequence) comes right before it. Sixteen bytes: the break is kept
/// in the sign bit of the end (an end is never negative), as sequences of words are the Treatment stage's largest
/// allocation.</summary>
internal readonly record struct Word
{
    private readonly int endAndBreak;

    public Word(string Text, int Start, int End, bool AfterBreak)
    {
        this.Text = Text;
        this.Start = Start;
        endAndBreak = AfterBreak ? End | int.MinValue : End;
    }

    public string Text { get; }

    public int Start { get; }

    public int End => endAndBreak & int.MaxValue;

    public bool AfterBreak => endAndBreak < 0;
}
