namespace PrecedentGraph.Citations;

/// <summary>Reads what in normalized text is a source other than a case: the authors before a book's title or an
/// article's title and law review, and a short title after "hereinafter"; their words, noted per document, keep the
/// same words before ",supra" later from being read as a case.</summary>
internal static class NormalizedSourceReader
{
    /// <summary>The clause is followed, within the sentence and a few clauses, by a law review's remnant ("harv.rev.",
    /// "colum.rev."): the clause names the authors of an article, whose title comes between.</summary>
    public static bool IsArticleAuthor(NormalizedTokenizer tokens, List<NormalizedClause> clauses, int ci)
    {
        if (clauses[ci].After != ClauseBreak.Comma || clauses[ci].WordCount - LeadingWords(tokens, clauses[ci]) > 4)
        {
            return false; // "footnote see generally doe roe,": a footnote's opening and its signals are no author
        }
        for (var k = ci + 1; k < clauses.Count && k <= ci + 3; k++)
        {
            var clause = clauses[k];
            var last = clause.FirstWord + clause.WordCount - 1;
            if (tokens.Word(last).SequenceEqual("rev") && clause.After == ClauseBreak.Period && clause.WordCount <= 4 && k > ci + 1)
            {
                return true;
            }
            if (clause.After != ClauseBreak.Comma && !(clause.After == ClauseBreak.Period && k + 1 < clauses.Count
                && tokens.Word(clauses[k + 1].FirstWord + clauses[k + 1].WordCount - 1).SequenceEqual("rev") && clauses[k + 1].WordCount <= 3))
            {
                return false;
            }
        }
        return false;
    }

    private static int LeadingWords(NormalizedTokenizer tokens, NormalizedClause clause)
    {
        var k = clause.FirstWord;
        var end = clause.FirstWord + clause.WordCount - 1;
        while (k < end && (tokens.Word(k).SequenceEqual("footnote") || CitationVocabulary.LeadingSignals.Contains(tokens.Word(k))))
        {
            k++;
        }
        return k - clause.FirstWord;
    }

    /// <summary>Keeps the words of the authors before a book title (",doe,roe,federal practice and procedure"): the same
    /// words before ",supra" later ("doe roe,supra") are the book, not a case.</summary>
    public static void NoteAuthors(NormalizedTokenizer tokens, List<NormalizedClause> clauses, int ci, HashSet<string> authors)
    {
        for (var k = ci; k >= 0 && k > ci - 4; k--)
        {
            var clause = clauses[k];
            if (clause.WordCount > 3)
            {
                return;
            }
            for (var w = clause.FirstWord; w < clause.FirstWord + clause.WordCount; w++)
            {
                if (!CitationVocabulary.StopWords.Contains(tokens.Word(w)))
                {
                    authors.Add(tokens.WordString(w));
                }
            }
            if (clause.Before != ClauseBreak.Comma)
            {
                return;
            }
        }
    }

    public static bool HasGovernment(NormalizedTokenizer tokens, NormalizedClause clause)
    {
        var words = new string[clause.WordCount];
        for (var k = 0; k < words.Length; k++)
        {
            words[k] = tokens.WordString(clause.FirstWord + k);
        }
        return PartyVocabulary.ContainsGovernment(words);
    }

    public static void NoteShortTitle(NormalizedTokenizer tokens, NormalizedClause clause, HashSet<string> authors)
    {
        var end = clause.FirstWord + clause.WordCount;
        for (var k = clause.FirstWord; k < end - 1; k++)
        {
            var word = tokens.Word(k);
            if (word.SequenceEqual("hereinafter") || word.SequenceEqual("hereafter"))
            {
                for (var w = k + 1; w < end && w <= k + 3; w++)
                {
                    if (!CitationVocabulary.StopWords.Contains(tokens.Word(w)))
                    {
                        authors.Add(tokens.WordString(w));
                    }
                }
                return;
            }
        }
    }

    public static bool AllAuthors(NormalizedTokenizer tokens, int from, int end, HashSet<string> authors)
    {
        if (authors.Count == 0)
        {
            return false;
        }
        for (var k = from; k < end; k++)
        {
            if (!authors.Contains(tokens.WordString(k)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A short clause of title words with a book word ("substantive criminal law", "federal practice and procedure").</summary>
    public static bool IsBookTitle(NormalizedTokenizer tokens, NormalizedClause clause)
    {
        if (clause.WordCount is < 2 or > 8 || CitationVocabulary.StopWords.Contains(tokens.Word(clause.FirstWord)))
        {
            return false;
        }
        var book = false;
        for (var k = clause.FirstWord; k < clause.FirstWord + clause.WordCount; k++)
        {
            var word = tokens.Word(k);
            if (CitationVocabulary.StopWords.Contains(word) && !(word is "on" or "of" or "and" or "in" or "for") || word is "court" or "courts" or "act")
            {
                return false;
            }
            book |= CitationVocabulary.BookWords.Contains(word);
        }
        return book;
    }
}
