using System.Buffers;
using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>Finds bare references to a case the document cites in full elsewhere: "In Terry, we held",
/// "the marbury standard", "unlike in katz". The words sought are the distinctive party words of the full
/// citations found (proper names, not common words or government parties); a word after a title or a given
/// name ("Judge X", "edward x") is a person, not a case.</summary>
internal static class ReferenceFinder
{
    public static void Find(string text, InputForm form, int bodyStart, List<CaseMention> mentions, IReadOnlySet<string> decidedWords)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal); // a case cited again gives the same words
        foreach (var mention in mentions)
        {
            if (mention.Form == CitationForm.Full && mention.CaseName is { } name && names.Add(name))
            {
                foreach (var word in CaseNameForms.DistinctiveWords(name))
                {
                    if (!decidedWords.Contains(word) && !CitationVocabulary.GivenNames.Contains(word))
                    {
                        words.Add(word);
                    }
                }
            }
        }
        if (words.Count == 0)
        {
            return;
        }
        var sought = new WordSet(words, ignoreCase: true);
        var taken = mentions.Select(m => m.Span).OrderBy(s => s.Start).ToList();
        var takenIndex = 0;
        var found = new List<CaseMention>();
        var i = bodyStart;
        while (i < text.Length)
        {
            // raw text: only capitalized words are sought, so the search jumps from capital to capital
            var start = form == InputForm.Raw ? NextCapitalizedWord(text, bodyStart, i) : NextWord(text, i);
            if (start < 0)
            {
                break;
            }
            i = start;
            while (i < text.Length && IsWordCharacter(text[i]))
            {
                i++;
            }
            if (form == InputForm.Raw && !char.IsUpper(text[start]) || i - start < 3)
            {
                continue;
            }
            var candidate = text.AsSpan(start, i - start);
            if (candidate.EndsWith("'s"))
            {
                candidate = candidate[..^2];
            }
            if (sought.Contains(candidate) && (form == InputForm.Normalized || char.IsUpper(text[start]) && !IsAllCaps(candidate)))
            {
                while (takenIndex < taken.Count && taken[takenIndex].End <= start)
                {
                    takenIndex++;
                }
                var inside = takenIndex < taken.Count && taken[takenIndex].Start <= start;
                var previousWord = WordBefore(text, bodyStart, start);
                var previous = text.AsSpan(previousWord.Start, previousWord.Length);
                // "Judge Doe", "Mary Doe", "2 C. Doe, Federal Practice": a person (an author, counsel), not a case
                var personBefore = previousWord.Length > 0 && (CitationVocabulary.Titles.Contains(Lower(previous)) || CitationVocabulary.GivenNames.Contains(Lower(previous)))
                    || form == InputForm.Raw && AfterInitial(text, start);
                if (!inside && !personBefore && !FollowedByVersus(text, i) && !(form == InputForm.Raw && FollowedByName(text, i)))
                {
                    found.Add(new CaseMention(0, CitationForm.Reference, new TextSpan(start, candidate.Length), new TextSpan(start, candidate.Length),
                        candidate.ToString(), [], null, null, null, null));
                }
            }
        }
        mentions.AddRange(found);
    }

    /// <summary>ASCII characters other than capitals: the capitals and every non-ASCII character are what a search
    /// for capitalized words must stop at.</summary>
    private static readonly SearchValues<char> AsciiNonCapitals = SearchValues.Create(
        Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterUpper(c)).ToArray());

    /// <summary>A word is a letter and the letters and apostrophes after it.</summary>
    private static bool IsWordCharacter(char c) => char.IsLetter(c) || c == '\'';

    /// <summary>The start of the next word at or after <paramref name="from"/> (a word's end or the body's start), or -1.
    /// (Words are short and close in normalized text: a plain loop beats a vectorized search here.)</summary>
    private static int NextWord(string text, int from)
    {
        while (from < text.Length && !char.IsLetter(text[from]))
        {
            from++;
        }
        return from < text.Length ? from : -1;
    }

    /// <summary>The start of the next word at or after <paramref name="from"/> (a word's end or the body's start) whose
    /// first character may be a capital, or -1.</summary>
    private static int NextCapitalizedWord(string text, int bodyStart, int from)
    {
        while (from < text.Length)
        {
            var offset = text.AsSpan(from).IndexOfAnyExcept(AsciiNonCapitals);
            if (offset < 0)
            {
                return -1;
            }
            var position = from + offset;
            if (IsWordStart(text, bodyStart, position))
            {
                return position;
            }
            from = position + 1;
        }
        return -1;
    }

    /// <summary>True when a word starts at <paramref name="start"/>, as reading every word from the body's start finds
    /// them: a letter that no letter before it, through letters and apostrophes only, makes the middle of a word.</summary>
    private static bool IsWordStart(string text, int bodyStart, int start)
    {
        if (!char.IsLetter(text[start]))
        {
            return false;
        }
        for (var k = start - 1; k >= bodyStart && IsWordCharacter(text[k]); k--)
        {
            if (char.IsLetter(text[k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The word before the one at <paramref name="start"/> (as reading every word from the body's start finds
    /// it), or an empty span.</summary>
    private static TextSpan WordBefore(string text, int bodyStart, int start)
    {
        var end = start - 1;
        while (true)
        {
            while (end >= bodyStart && !IsWordCharacter(text[end]))
            {
                end--;
            }
            if (end < bodyStart)
            {
                return TextSpan.FromBounds(0, 0);
            }
            var run = end;
            while (run - 1 >= bodyStart && IsWordCharacter(text[run - 1]))
            {
                run--;
            }
            var first = run;
            while (first <= end && !char.IsLetter(text[first]))
            {
                first++; // apostrophes before a word are not part of it
            }
            if (first <= end)
            {
                return TextSpan.FromBounds(first, end + 1);
            }
            end = run - 1;
        }
    }

    /// <summary>A capital's initial and one space come right before the word ("C. Doe"): a person's name.</summary>
    private static bool AfterInitial(string text, int start) =>
        start >= 3 && text[start - 1] == ' ' && text[start - 2] == '.' && char.IsUpper(text[start - 3]) && (start == 3 || !char.IsLetter(text[start - 4]));

    /// <summary>The words that may stand for a case alone (lowercase): the head word of each party, past any
    /// government party or connector ("Lovell" of "Lovell v. City of Griffin", "Lopez" of "United States v. Lopez"),
    /// when it is a proper name rather than a common word.</summary>
    public static IEnumerable<string> DistinctiveWords(string name)
    {
        var words = CaseKeyBuilder.Words(name).ToList();
        var party = new List<string>();
        foreach (var word in words.Append("v"))
        {
            if (word != "v")
            {
                party.Add(word);
                continue;
            }
            var i = ProceedingTitleLength(party);
            while (i < party.Count)
            {
                var government = PartyVocabulary.GovernmentLengthAt(party, i);
                if (government > 0)
                {
                    i += government;
                }
                else if (CitationVocabulary.NameConnectors.Contains(party[i]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }
            if (i < party.Count && IsProper(party[i]))
            {
                yield return party[i];
            }
            party.Clear();
        }
    }

    /// <summary>Titles of a proceeding named by one party ("In re Gault", "Ex parte Young", "Matter of Acosta", "Estate of
    /// Doe"): the party after the title is the word that stands for the case.</summary>
    private static readonly WordSet ProceedingTitles = new(["matter", "petition", "estate", "application", "appeal"]);

    private static int ProceedingTitleLength(List<string> party) =>
        party.Count > 2 && (party[0] is "in" && party[1] is "re" || party[0] is "ex" && party[1] is "parte"
            || ProceedingTitles.Contains(party[0]) && party[1] is "of") ? 2 : 0;

    private static bool IsProper(string word) =>
        word.Length >= 3 && !CommonWordLexicon.Contains(word) && !CitationVocabulary.States.Contains(word)
        && !CitationVocabulary.GivenNames.Contains(word) && !CitationVocabulary.Titles.Contains(word)
        && !CitationVocabulary.CorporateSuffixes.Contains(word) && !CitationVocabulary.StopWords.Contains(word)
        && !CitationVocabulary.CalendarWords.Contains(word);

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word)
    {
        if (!word.ContainsAnyInRange('A', 'Z'))
        {
            return word;
        }
        return word.ToString().ToLowerInvariant();
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word) => word.Length > 1 && !word.ContainsAnyInRange('a', 'z');

    private static bool FollowedByVersus(string text, int position) =>
        position + 3 < text.Length && text[position] == ' ' && text[position + 1] == 'v' && text[position + 2] == '.';

    // "Lopez County": a capitalized word right after is another name, not this case.
    private static bool FollowedByName(string text, int position) =>
        position + 1 < text.Length && text[position] == ' ' && char.IsUpper(text[position + 1]);
}
