namespace PrecedentGraph.Treatment;

/// <summary>Tells from the raw text of a sentence, without reading its words, that none of them is one of some
/// names, so that the sentence after a citation is read only when it may name the case again.</summary>
internal static class NextSentenceTextFilter
{
    /// <summary>False only when no word of <paramref name="sentence"/> (as <see cref="WordSequence"/> reads it) can be
    /// one of <paramref name="names"/>. A word is a run of letters, lowercased, joined across an apostrophe that is
    /// not a possessive's: with ASCII letters only and no such apostrophe, a name that is a word stands in the text
    /// as it is, but for case. Otherwise (letters beyond ASCII, "O'Connor") the answer is true.</summary>
    public static bool MayHoldWord(ReadOnlySpan<char> sentence, IReadOnlySet<string> names)
    {
        foreach (var name in names)
        {
            if (!System.Text.Ascii.IsValid(name))
            {
                return true;
            }
        }
        for (var k = sentence.IndexOfAnyExceptInRange('\0', '\u007f'); k >= 0;)
        {
            if (char.IsLetter(sentence[k]) || IsJoiningApostrophe(sentence, k))
            {
                return true;
            }
            var next = sentence[(k + 1)..].IndexOfAnyExceptInRange('\0', '\u007f');
            k = next < 0 ? -1 : k + 1 + next;
        }
        for (var k = sentence.IndexOf('\''); k >= 0;)
        {
            if (IsJoiningApostrophe(sentence, k))
            {
                return true;
            }
            var next = sentence[(k + 1)..].IndexOf('\'');
            k = next < 0 ? -1 : k + 1 + next;
        }
        foreach (var name in names)
        {
            if (ContainsIgnoringCase(sentence, name))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="word"/> (ASCII letters) in any case: the first
    /// letter in either case by a vectorized search, the rest compared at each place found.</summary>
    private static bool ContainsIgnoringCase(ReadOnlySpan<char> text, string word)
    {
        if (word.Length == 0)
        {
            return true;
        }
        var lower = char.ToLowerInvariant(word[0]);
        var upper = char.ToUpperInvariant(word[0]);
        for (var at = 0; at + word.Length <= text.Length;)
        {
            var k = text[at..^(word.Length - 1)].IndexOfAny(lower, upper);
            if (k < 0)
            {
                return false;
            }
            at += k;
            if (System.Text.Ascii.EqualsIgnoreCase(text.Slice(at, word.Length), word))
            {
                return true;
            }
            at++;
        }
        return false;
    }

    /// <summary>An apostrophe between letters, other than a possessive "'s" ending a word: the letters join.</summary>
    private static bool IsJoiningApostrophe(ReadOnlySpan<char> text, int at) =>
        text[at] is '\'' or '\u2019' && at > 0 && char.IsLetter(text[at - 1]) && at + 1 < text.Length && char.IsLetter(text[at + 1])
        && !(text[at + 1] is 's' or 'S' && (at + 2 >= text.Length || !char.IsLetter(text[at + 2])));
}
