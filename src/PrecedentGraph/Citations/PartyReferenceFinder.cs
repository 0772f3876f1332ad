using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>Finds, in normalized text, bare references to a case by a party that its full citation does not put first
/// ("in evans," after "united air lines,inc.evans"): <see cref="ReferenceFinder"/> seeks only the words it can tell
/// are a party's head without "v.", so the head words of the other party of each label are sought here, where the
/// syntax says case: after "in", "like" or "unlike" and before a comma, a period or the subject's verb. Justices'
/// names ("doe,concurring"), abbreviations ("dept") and the decided case's parties are left out, and so is a book
/// ("reprinted in doe,").</summary>
internal static class PartyReferenceFinder
{
    private static readonly WordSet Openers = new(["in", "like", "unlike"]);

    /// <summary>Words before "in" that make what follows a book ("reprinted in doe,").</summary>
    private static readonly WordSet BookVerbs = new(["reprinted", "printed", "published", "collected", "excerpted"]);

    /// <summary>Words after the name that make it the subject or the end of a phrase ("in doe we held", "like doe the
    /// case").</summary>
    private static readonly WordSet Followers = new(["we", "the", "this", "it", "there", "as", "and", "which", "where", "itself", "is", "was"]);

    public static void Find(string text, int bodyStart, List<CaseMention> mentions, IReadOnlySet<string> decidedWords)
    {
        var justices = JusticeWordFinder.Find(text, bodyStart);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var already = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal); // a case cited again gives the same words
        foreach (var mention in mentions)
        {
            if (mention.Form == CitationForm.Full && mention.CaseName is { } name && names.Add(name))
            {
                already.UnionWith(CaseNameForms.DistinctiveWords(name));
                foreach (var word in CaseNameForms.DistinctiveWords(CaseLabelFormatter.FromNormalized(name)))
                {
                    if (!decidedWords.Contains(word) && !justices.Contains(word) && !CitationVocabulary.GivenNames.Contains(word)
                        && !NormalizedTokenizer.NameAbbreviations.Contains(word))
                    {
                        words.Add(word);
                    }
                }
            }
        }
        words.ExceptWith(already);
        if (words.Count == 0)
        {
            return;
        }
        var sought = new WordSet(words);
        var taken = mentions.Select(m => m.Span).OrderBy(s => s.Start).ToList();
        var takenIndex = 0;
        var found = new List<CaseMention>();
        var previous = TextSpan.FromBounds(0, 0);
        var beforePrevious = TextSpan.FromBounds(0, 0);
        var i = bodyStart;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterLower(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsAsciiLetterLower(text[i]))
            {
                i++;
            }
            var word = TextSpan.FromBounds(start, i);
            if (sought.Contains(text.AsSpan(start, i - start)) && previous.End + 1 == start && text[previous.End] == ' '
                && Openers.Contains(text.AsSpan(previous.Start, previous.Length)) && !BookVerbs.Contains(text.AsSpan(beforePrevious.Start, beforePrevious.Length))
                && IsEndOfName(text, i))
            {
                while (takenIndex < taken.Count && taken[takenIndex].End <= start)
                {
                    takenIndex++;
                }
                if (!(takenIndex < taken.Count && taken[takenIndex].Start <= start))
                {
                    found.Add(new CaseMention(0, CitationForm.Reference, word, word, text[start..i], [], null, null, null, null));
                }
            }
            beforePrevious = previous;
            previous = word;
        }
        mentions.AddRange(found);
    }

    private static bool IsEndOfName(string text, int end)
    {
        if (end >= text.Length || text[end] is ',' or '.')
        {
            return true;
        }
        if (text[end] != ' ')
        {
            return false;
        }
        var next = end + 1;
        while (next < text.Length && char.IsAsciiLetterLower(text[next]))
        {
            next++;
        }
        return Followers.Contains(text.AsSpan(end + 1, next - end - 1));
    }
}
