using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>Reads the name of a case cited by one party or a title, with no "v.", before a reporter citation in raw
/// text: an agency's decision ("See Tennessee Packers, Inc., 124 N. L. R. B. 1117"), "Matter of Acosta, 19 I. &amp; N.
/// Dec. 211", "Estate of Doe, 12 T. C. 3". Such a name has no "v." to anchor it, so it counts only where the syntax of
/// the citation sentence opens it: a signal ("See", "Cf.", "e. g.,", "accord", "citing"), "In"/"in", the semicolon
/// of a string cite, ", and" after a citation, a parenthesis or quotation mark, or the start of a sentence or line.
/// A title after a comma ("Merrill &amp; Hickman, Chevron's Domain, 89 Geo. L. J. 833") is an article, never a case.</summary>
internal static class RawOnePartyNameReader
{
    /// <summary>Words before a name that open a citation ("See", "cf.", "e. g.,", "In").</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "See", "see", "Cf.", "cf.", "g.", "E.g.", "e.g.", "accord", "Accord", "Compare", "compare", "citing", "quoting",
        "In", "in", "generally", "also",
    };

    /// <summary>Last words that make a name a document or a law, not a case ("Civil Rights Act", "Model Penal Code").</summary>
    private static readonly WordSet DocumentWords = new([
        "act", "acts", "code", "codes", "statute", "statutes", "rule", "rules", "constitution", "amendment", "amendments",
        "clause", "article", "articles", "report", "reports", "brief", "record", "note", "notes", "comment", "comments",
        "restatement", "dictionary", "treatise", "hearings", "hearing", "resolution", "proclamation", "treaty",
        "convention", "order", "regulations", "regulation", "manual", "commentaries", "history", "annotation", "annot",
    ]);

    /// <summary>The span of a one-party name ending at the comma right before <paramref name="citationStart"/>, or
    /// null. <paramref name="reporter"/> is the citation's reporter as written.</summary>
    public static TextSpan? Find(string text, int citationStart, string reporter)
    {
        if (ReporterCatalog.IsJournalLike(reporter))
        {
            return null;
        }
        var comma = citationStart - 1;
        while (comma >= 0 && text[comma] is ' ' or '\u00a0')
        {
            comma--;
        }
        if (comma < 1 || text[comma] != ',' || RawCaseNameParser.FindNameBefore(text, comma, requireVersus: false) is not { } found)
        {
            return null;
        }
        var start = TitleStart(text, SentenceStartInside(text, found.Start, comma));
        if (start >= comma || !OpensCitation(text, start))
        {
            return null;
        }
        var name = RawCitationFinder.Clean(text, TextSpan.FromBounds(start, comma));
        return IsCaseName(name) ? TextSpan.FromBounds(start, comma) : null;
    }

    /// <summary>A raw name with no "v." that is no "In re", "Ex parte", vessel or "Cases" name: what <see cref="Find"/>
    /// reads.</summary>
    public static bool IsOnePartyName(string name) =>
        !name.Contains(" v. ", StringComparison.Ordinal) && !name.StartsWith("In re ", StringComparison.Ordinal)
        && !name.StartsWith("Ex parte ", StringComparison.Ordinal) && !name.StartsWith("The ", StringComparison.Ordinal)
        && !name.EndsWith("Cases", StringComparison.Ordinal) && !name.EndsWith("Case", StringComparison.Ordinal);

    /// <summary>The start of the last sentence inside the name: after a common word ending with a period ("... by the
    /// Board. Tennessee Packers"), which ends a sentence rather than abbreviating a word of a name.</summary>
    private static int SentenceStartInside(string text, int start, int end)
    {
        var position = end;
        while (position > start)
        {
            var tokenEnd = position;
            while (position > start && !char.IsWhiteSpace(text[position - 1]))
            {
                position--;
            }
            if (tokenEnd < end && tokenEnd - position >= 5 && text[tokenEnd - 1] == '.')
            {
                if (CommonWordLexicon.Contains(text.Substring(position, tokenEnd - position - 1).ToLowerInvariant()))
                {
                    return NextWord(text, tokenEnd);
                }
            }
            while (position > start && char.IsWhiteSpace(text[position - 1]))
            {
                position--;
            }
        }
        return start;
    }

    /// <summary>The start of a capitalized title and "of" right before the name ("Petition of", "Estate of"), which the
    /// name reader leaves out where the title is also a word of prose, or <paramref name="start"/>.</summary>
    private static int TitleStart(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (!before.EndsWith(" of", StringComparison.Ordinal))
        {
            return start;
        }
        var titleEnd = before.Length - 3;
        var title = before[..titleEnd].TrimEnd();
        var space = title.LastIndexOfAny(' ', '\n', '(');
        var word = title[(space + 1)..];
        return word.Length >= 3 && char.IsUpper(word[0]) && word.IndexOfAny(".,;:") < 0 && !word.SequenceEqual("The")
            && !Openers.Contains(word.ToString()) ? space + 1 : start;
    }

    private static int NextWord(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
        return position;
    }

    /// <summary>True when the text right before <paramref name="start"/> opens a citation.</summary>
    private static bool OpensCitation(string text, int start)
    {
        var i = start;
        if (i > 0 && text[i - 1] is '(' or '[' or '"' or '\u201c')
        {
            return true;
        }
        while (i > 0 && text[i - 1] is ' ' or '\t' or '\u00a0')
        {
            i--;
        }
        if (i == 0 || text[i - 1] is '\n' or '\r' or ';' or ':' or ']' or '(' or '"' or '\u201c')
        {
            return true;
        }
        var wordEnd = i;
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }
        var word = text.AsSpan(i, wordEnd - i).TrimEnd(',').TrimStart("(\"\u201c");
        if (EndsSentence(word))
        {
            return true; // "... 1117 (1959). Tennessee Packers", "... was held. Acme": a sentence ends before the name
        }
        if (word is "and" or "or")
        {
            var before = text.AsSpan(0, i).TrimEnd();
            return before.Length > 1 && before[^1] == ',' && (char.IsDigit(before[^2]) || before[^2] == ')'); // ", 124 N. L. R. B. 1117, and Acme"
        }
        if (word is "also" or "generally")
        {
            var before = text.AsSpan(0, i).TrimEnd();
            return before.EndsWith("See", StringComparison.Ordinal) || before.EndsWith("see", StringComparison.Ordinal);
        }
        if (word is "in")
        {
            // "as the Board held in Acme": "in" after a word of prose; "Nondiscrimination in Employment Practices" is a title
            var before = text.AsSpan(0, i).TrimEnd();
            var space = before.LastIndexOfAny(' ', '\n', '\t');
            return before.Length > 0 && !char.IsUpper(before[space + 1]);
        }
        return Openers.Contains(word.ToString());
    }

    /// <summary>A word that ends a sentence: a page or a parenthesis and a period ("1117.", "(1959)."), or a word of common
    /// English and a period ("held.", "Board."), not an abbreviation ("v.", "ft.", "Co.") nor a signal ("cf.").</summary>
    private static bool EndsSentence(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word[^1] != '.')
        {
            return false;
        }
        var stem = word[..^1];
        if (char.IsDigit(stem[^1]) || stem[^1] == ')')
        {
            return true;
        }
        return stem.Length >= 3 && !stem.ContainsAnyExcept(Letters) && CommonWordLexicon.Contains(stem.ToString().ToLowerInvariant());
    }

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>A name of a party or a proceeding, not a document, a law, a government alone or one common word.</summary>
    private static bool IsCaseName(string name)
    {
        if (!name.Split(' ').Any(w => w.Length >= 3 && !w.EndsWith('.') && w.Any(char.IsLetter)))
        {
            return false; // "Ala.Sup.", "D. C.": a court or a place abbreviated, no party
        }
        var words = CaseKeyBuilder.Words(name).ToList();
        if (words.Count == 0 || words.Contains("v"))
        {
            return false;
        }
        var content = words.Where(w => !CitationVocabulary.CorporateSuffixes.Contains(w)).ToList();
        if (content.Count == 0 || DocumentWords.Contains(content[^1]) || PartyVocabulary.GovernmentLengthAt(content, 0) == content.Count
            || content.Count == 1 && PartyVocabulary.IsAgency(content[0]))
        {
            return false;
        }
        return content.Count > 1 || !CommonWordLexicon.Contains(content[0]) && !CitationVocabulary.StopWords.Contains(content[0]);
    }
}
