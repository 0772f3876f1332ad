using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>Finds bare references in raw text to a case cited by one party under a name of several words: "In Tennessee
/// Packers the Board held" after "See Tennessee Packers, Inc., 124 N. L. R. B. 1117" (where no single word stands for
/// the case: "Tennessee" is a State, "Packers" a common word). The phrase sought is the name's leading words as written, up to a corporate
/// suffix or an abbreviation, two words at least; a phrase inside a longer name (a capitalized word or "v." next to
/// it) or naming the decided case's party is no reference.</summary>
internal static class RawPhraseReferenceFinder
{
    public static void Find(string text, int bodyStart, List<CaseMention> mentions, IReadOnlySet<string> decidedWords)
    {
        var phrases = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.Form == CitationForm.Full && mention.CaseName is { } name && RawOnePartyNameReader.IsOnePartyName(name)
                && Phrase(name) is { } phrase
                && !CaseKeyBuilder.Words(phrase).All(decidedWords.Contains))
            {
                phrases.Add(phrase);
            }
        }
        if (phrases.Count == 0)
        {
            return;
        }
        var taken = mentions.Select(m => m.Span).ToList();
        var found = new List<CaseMention>();
        foreach (var phrase in phrases)
        {
            for (var at = text.IndexOf(phrase, bodyStart, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
            {
                var end = at + phrase.Length;
                if (StandsAlone(text, at, end) && !taken.Any(s => s.Contains(at) || s.Contains(end - 1)))
                {
                    found.Add(new CaseMention(0, CitationForm.Reference, new TextSpan(at, phrase.Length), new TextSpan(at, phrase.Length),
                        phrase, [], null, null, null, null));
                }
            }
        }
        mentions.AddRange(found);
    }

    /// <summary>The leading words of the name up to a word ending with a comma or a period ("Tennessee Packers" of
    /// "Tennessee Packers, Inc.", "Atlantic Coast Line" of "Atlantic Coast Line R. Co."), when two or more.</summary>
    private static string? Phrase(string name)
    {
        var words = new List<string>();
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.EndsWith(',') || word.EndsWith('.'))
            {
                var bare = word.TrimEnd(',', '.');
                if (word.EndsWith(',') && bare.Length > 2 && !bare.Contains('.', StringComparison.Ordinal))
                {
                    words.Add(bare);
                }
                break;
            }
            words.Add(word);
        }
        return words.Count >= 2 && char.IsUpper(words[^1][0]) ? string.Join(' ', words) : null;
    }

    /// <summary>No letter, capitalized word or "v." right next to the phrase: "Tennessee Packers Corp." or "Doe v.
    /// Tennessee Packers" is another name.</summary>
    private static bool StandsAlone(string text, int start, int end)
    {
        if (start > 0 && char.IsLetterOrDigit(text[start - 1]) || end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            return false;
        }
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.EndsWith(" v.", StringComparison.Ordinal) || before.Length > 0 && char.IsLetter(before[^1]) && WordBefore(before) is { Length: > 0 } word && char.IsUpper(word[0])
            && word is not ("In" or "See" or "Cf" or "Compare" or "The" or "Unlike" or "Like" or "Under" or "After" or "Since" or "As"))
        {
            return false;
        }
        var after = text.AsSpan(end);
        var next = after.TrimStart(' ');
        return !(after.StartsWith(" ") && next.Length > 0 && char.IsUpper(next[0]) || next.StartsWith("v.", StringComparison.Ordinal));
    }

    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> before)
    {
        var space = before.LastIndexOfAny(' ', '\n', '\t');
        return before[(space + 1)..];
    }
}
