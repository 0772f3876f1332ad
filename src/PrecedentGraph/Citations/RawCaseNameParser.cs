using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>Reads a case name backwards from the comma before a reporter citation or "supra" in raw text:
/// "... standard of Marbury v. Madison, 457 U.S. 800" gives "Marbury v. Madison". Linear in the name's
/// length (at most <see cref="MaxTokens"/> words are read).</summary>
internal static class RawCaseNameParser
{
    public const int MaxTokens = 16;

    private static readonly HashSet<string> CapitalStops = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "In", "See", "But", "And", "As", "Our", "We", "Under", "Unlike",
        "Like", "Since", "After", "Before", "Compare", "Accord", "Cf.", "Quoting", "Thus", "Moreover", "Also",
        "Similarly", "Id.", "Ibid.", "Then", "Because", "When", "While", "Here", "There", "Even", "If", "With",
        "Indeed", "Finally", "First", "Second", "Third", "Although", "It", "Its", "Nor", "Yet", "So", "Contra",
        "E.", "g.", "E.g.,", "Accordingly", "Consequently", "Hence", "Where", "Whether", "To", "For", "On", "Of",
        "By", "At", "From", "Citing", "Following", "Applying", "Relying", "Justice", "JUSTICE", "Judge", "Mr.",
        "Mrs.", "Ms.", "Dr.", "Lord", "Trooper", "Officer", "Chief", "Footnote",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "de", "ex", "rel.", "la", "le", "von", "van", "del", "da", "du", "on", "&", "re",
        "parte", "v.", "vs.", "et", "al.",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "Inc.", "Co.", "Corp.", "Ltd.", "L.L.C.", "LLC", "Jr.", "Sr.", "N.A.", "P.C.", "L.P.",
    };

    /// <summary>The name ending just before <paramref name="end"/> (the comma), or null.</summary>
    /// <param name="requireVersus">True for full citations: the name must have "v." or "In re"/"Ex parte".</param>
    public static TextSpan? FindNameBefore(string text, int end, bool requireVersus)
    {
        var tokens = new List<(int Start, int End)>(MaxTokens);
        var position = end;
        var start = -1;
        while (tokens.Count < MaxTokens)
        {
            while (position > 0 && text[position - 1] is ' ' or '\t' or '\u00a0')
            {
                position--;
            }
            if (position == 0)
            {
                break;
            }
            var tokenEnd = position;
            while (position > 0 && !char.IsWhiteSpace(text[position - 1]))
            {
                position--;
            }
            var token = text.AsSpan(position, tokenEnd - position);
            if (IsNumberInName(text, token, position, tokens.Count == 0 ? null : text.Substring(tokens[^1].Start, tokens[^1].End - tokens[^1].Start)))
            {
                tokens.Add((position, tokenEnd)); // "One Assortment of 89 Firearms"
                continue;
            }
            if (!Accept(text, position, token, tokens.Count == 0 ? null : text.Substring(tokens[^1].Start, tokens[^1].End - tokens[^1].Start), out var stopAfter))
            {
                break;
            }
            tokens.Add((text[position] is '(' or '[' or '"' or '\u201c' ? position + 1 : position, tokenEnd));
            start = position;
            if (stopAfter)
            {
                break;
            }
        }
        // Trim lowercase connectors on the left ("of Marbury v. Madison").
        var first = tokens.Count - 1;
        while (first >= 0)
        {
            var word = text.Substring(tokens[first].Start, tokens[first].End - tokens[first].Start);
            var right = first > 0 ? text.AsSpan(tokens[first - 1].Start, tokens[first - 1].End - tokens[first - 1].Start) : ReadOnlySpan<char>.Empty;
            var opener = (CitationVocabulary.StopWords.Contains(word.ToLowerInvariant()) || CitationVocabulary.CalendarWords.Contains(word.ToLowerInvariant())
                    && !(CitationVocabulary.InstitutionWords.Contains(word.ToLowerInvariant()) && (right.SequenceEqual("of") || right.SequenceEqual("for"))))
                && !right.SequenceEqual("v."); // "Committee for Public Education v. Doe": a body's name, not prose
            if (word.Length > 0 && char.IsUpper(word[0]) && word != "In" && !opener || word is "In" && first > 0 && text.Substring(tokens[first - 1].Start, 2) == "re")
            {
                break;
            }
            first--;
        }
        if (first < 0)
        {
            return null;
        }
        if (first > 0 && IsSentenceOpeningVerb(text, tokens[first], text.Substring(tokens[first - 1].Start, tokens[first - 1].End - tokens[first - 1].Start)))
        {
            first--; // "Invoking Doe v. Roe, ...": the verb opening the sentence is no party
        }
        start = tokens[first].Start;
        var name = text.AsSpan(start, end - start);
        if (requireVersus && !(name.Contains(" v. ", StringComparison.Ordinal) || name.StartsWith("In re ") || name.StartsWith("Ex parte ")
            || name.EndsWith(" Cases", StringComparison.Ordinal) || name.EndsWith("'s Case", StringComparison.Ordinal) || name.EndsWith("\u2019s Case", StringComparison.Ordinal)))
        {
            // "The Palmyra, 12 Wheat. 1": a vessel proceeded against in rem is named by the article and its name
            return VesselStart(text, start, name) is { } vessel ? TextSpan.FromBounds(vessel, end) : null;
        }
        if (name.StartsWith("v. ") || name.IsEmpty)
        {
            return null;
        }
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>A number between words of one name: after "of" ("One Assortment of 89 Firearms"), after "No."
    /// ("Elks Lodge No. 12 v. Doe", where the number ends the party) or after a capitalized word ("One 1958 Plymouth
    /// Sedan", "Local 189 Union").</summary>
    /// <summary>"v." is the word right before <paramref name="position"/>.</summary>
    private static bool AfterVersus(string text, int position)
    {
        var before = text.AsSpan(0, position).TrimEnd(' ');
        return before.EndsWith(" v.", StringComparison.Ordinal);
    }

    /// <summary>The start of "The" right before a name of one to three capitalized words with no "v." ("The Palmyra",
    /// "The Three Friends"), or null. Words of prose, books, courts and governments ("The Federalist", "The Court",
    /// "The State") are no vessel.</summary>
    private static int? VesselStart(string text, int start, ReadOnlySpan<char> name)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        if (!before.EndsWith("The", StringComparison.Ordinal) || before.Length > 3 && char.IsLetter(before[^4]))
        {
            return null;
        }
        var words = 0;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty)
            {
                continue;
            }
            var lower = word.ToString().ToLowerInvariant();
            if (!char.IsUpper(word[0]) || word.ContainsAny('.', '\'') || CitationVocabulary.CalendarWords.Contains(lower) || CitationVocabulary.StopWords.Contains(lower)
                || CitationVocabulary.GovernmentOffices.Contains(lower) || CitationVocabulary.Titles.Contains(lower) || lower is "state" or "people" or "commonwealth" or "united")
            {
                return null;
            }
            words++;
        }
        return words is >= 1 and <= 3 ? before.Length - 3 : null;
    }

    private static bool IsNumberInName(string text, ReadOnlySpan<char> token, int position, string? right)
    {
        if (!(right is { Length: > 0 } && (char.IsUpper(right[0]) || right == "v.") && token.Length <= 4 && !token.ContainsAnyExceptInRange('0', '9')))
        {
            return false;
        }
        var before = text.AsSpan(0, position).TrimEnd(' ');
        var space = before.LastIndexOfAny(' ', '\n', '\t');
        var left = before[(space + 1)..];
        return left is "of" or "No."
            || left.Length >= 2 && char.IsUpper(left[0]) && char.IsLetter(left[^1]) && !CapitalStops.Contains(left.ToString());
    }

    /// <summary>A capitalized "-ing" word of common English opening the sentence, before a party name.</summary>
    private static bool IsSentenceOpeningVerb(string text, (int Start, int End) token, string right)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        if (right is "v." or "of" or "&" || right.EndsWith(".", StringComparison.Ordinal) || word.Length < 5
            || !word.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (!CommonWordLexicon.Contains(lower))
        {
            return false;
        }
        var before = text.AsSpan(0, token.Start).TrimEnd();
        return before.IsEmpty || before[^1] is '.' or '"' or '\u201c' or ';' or ':';
    }

    private static bool Accept(string text, int position, ReadOnlySpan<char> token, string? right, out bool stopAfter)
    {
        stopAfter = false;
        if (token.Length > 1 && token[0] is '(' or '[' or '"' or '\u201c' && token[1..].IndexOfAny(";()[]\"\u201c\u201d:") < 0)
        {
            // "(Doe v. ...": the name opens a parenthesis; take the word and stop
            stopAfter = true;
            return char.IsUpper(token[1]);
        }
        if (token.IsEmpty || token.IndexOfAny(";()[]\"\u201c\u201d:") >= 0)
        {
            return false;
        }
        var word = token.ToString();
        if (word.EndsWith(','))
        {
            // A comma inside a name only before a corporate suffix: "Lo-Fi Records, Inc. v. New York".
            if (right is null || !Suffixes.Contains(right))
            {
                return false;
            }
            word = word[..^1];
            if (word.Length == 0)
            {
                return false;
            }
        }
        if (word is "In" or "Ex" && right is "re" or "parte")
        {
            stopAfter = true;
            return true;
        }
        if (word == "The" && right is { Length: > 0 } && char.IsUpper(right[0]) && AfterVersus(text, position))
        {
            return true; // "Conway v. The Queen", "Amy v. The Supervisors": the article opens the second party
        }
        if (CapitalStops.Contains(word))
        {
            // "See v. Seattle": right before "v." the word is a party, not a signal; the name stops there
            stopAfter = right == "v." && char.IsUpper(word[0]);
            return stopAfter;
        }
        if (Connectors.Contains(word))
        {
            return true;
        }
        var c = word[0];
        if (!(char.IsUpper(c) || c is '&' or '\'' or '\u2019' || word.Contains('-') && word.Any(char.IsUpper)))
        {
            return false;
        }
        if (word.EndsWith('.') && right is not null && word.Length > 7 && !Suffixes.Contains(word))
        {
            // "reversed." ends the sentence before the name
            return false;
        }
        return true;
    }
}
