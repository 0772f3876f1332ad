namespace PrecedentGraph.Citations;

/// <summary>Reads the context of a clause of normalized text for the citation finder: whether an "at" stands for
/// "Id., at N", whether a signal clause precedes, whether a reporter remnant follows, whether the clause sits in a
/// list of persons, and which words are persons of the story.</summary>
internal static class NormalizedContextReader
{
    /// <summary>Words that open the next sentence after an "at" standing for "Id., at N".</summary>
    private static readonly WordSet SentenceOpeners = new([
        "thus", "we", "it", "in", "but", "see", "as", "this", "that", "there", "here", "although", "because", "since",
        "while", "if", "when", "nor", "our", "his", "such", "accordingly", "moreover", "however", "furthermore",
        "similarly", "likewise", "indeed", "petitioner", "respondent", "respondents", "petitioners", "and", "i",
        "they", "he", "she", "even", "so", "yet", "under", "for", "after", "before", "quoting", "citing", "putting",
        "emphasis", "internal", "footnote", "citations", "like", "unlike", "these", "those", "no", "nothing",
        "only", "to", "whether", "what", "then", "finally", "first", "second", "third", "ibid", "accord", "compare",
    ]);

    /// <summary>Titles that follow a person's name after a comma (",charles graddick,attorney general").</summary>
    private static readonly WordSet AppositiveTitles = new([
        "attorney", "special", "acting", "assistant", "deputy", "solicitor", "counsel", "general", "judge", "justice",
        "chief", "secretary", "director", "president", "professor", "senator", "governor", "commissioner", "associate",
        "former", "then", "executive", "vice", "member", "chairman", "administrator", "mayor", "sheriff",
    ]);

    /// <summary>A clause in a list of persons (",charles graddick,attorney general of alabama,"): the next clause opens
    /// with a title, or a neighbouring clause opens with a given name.</summary>
    public static bool IsAmongPersons(NormalizedTokenizer tokens, List<NormalizedClause> clauses, int ci)
    {
        var clause = clauses[ci];
        if (clause.After != ClauseBreak.Line && ci + 1 < clauses.Count)
        {
            var next = clauses[ci + 1];
            var opener = tokens.Word(next.FirstWord);
            if (AppositiveTitles.Contains(opener) && !IsCompanyGeneral(tokens, next) || StartsWithGivenName(tokens, next))
            {
                return true;
            }
        }
        return clause.Before != ClauseBreak.Line && ci > 0 && (StartsWithGivenName(tokens, clauses[ci - 1]) || EndsWithPerson(tokens, clauses[ci - 1]));
    }

    /// <summary>The clause closes with a given name and one surname after "by", "and", "with" or at its start
    /// ("filed by albert woll,"): the previous item of a list of persons (counsel, amici, witnesses). In a sample of
    /// 550 corpus files the shape closes a person 1,259 times; a government after the given name ("terry ohio") is a
    /// case and is left out.</summary>
    private static bool EndsWithPerson(NormalizedTokenizer tokens, NormalizedClause clause)
    {
        var given = clause.FirstWord + clause.WordCount - 2;
        if (given < clause.FirstWord || !CitationVocabulary.GivenNames.Contains(tokens.Word(given)) || CommonWordLexicon.Contains(tokens.Word(given + 1))
            || PartyVocabulary.GovernmentLengthAt([tokens.WordString(given + 1)], 0) > 0)
        {
            return false; // "stanley illinois,", "terry ohio,": a given name against a government is a case, not a person
        }
        return given == clause.FirstWord || PersonListOpeners.Contains(tokens.Word(given - 1));
    }

    /// <summary>Words before the first person of a list ("filed by", "joined by", "and", "with").</summary>
    private static readonly WordSet PersonListOpeners = new(["by", "and", "with"]);

    /// <summary>The last but one item of an enumeration of things (",infections,lice infestations,and hypothermia."): the
    /// next clause is "and" or "or" and one word, or two common words, that end the sentence (one word is never a whole
    /// name), where a citation in prose goes on with a clause (",and that the rule"), a string cite with a name
    /// (",and doe roe.") or ",and cases cited.".</summary>
    public static bool IsListItem(NormalizedTokenizer tokens, List<NormalizedClause> clauses, int ci)
    {
        if (clauses[ci].After != ClauseBreak.Comma || ci + 1 >= clauses.Count || clauses[ci + 1] is not { WordCount: 2 or 3, After: ClauseBreak.Period or ClauseBreak.Line } next)
        {
            return false;
        }
        var conjunction = tokens.Word(next.FirstWord);
        if (!conjunction.SequenceEqual("and") && !conjunction.SequenceEqual("or"))
        {
            return false;
        }
        for (var k = next.FirstWord + 1; k < next.FirstWord + next.WordCount; k++)
        {
            var word = tokens.Word(k);
            if (!CommonWordLexicon.Contains(word) && next.WordCount > 2 || CitationVocabulary.StopWords.Contains(word) || GovernmentOpeners.Contains(word) || word.SequenceEqual("cited"))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly WordSet GovernmentOpeners = new(["united", "state", "states", "people", "commonwealth", "city", "county", "town", "village", "board", "department", "commission"]);

    /// <summary>"general" opening a clause is a title only alone or before "counsel" or "of" (",attorney general,",
    /// ",general counsel"); ",general electric,", ",general box,united states" is the next cite of a string.</summary>
    private static bool IsCompanyGeneral(NormalizedTokenizer tokens, NormalizedClause next) =>
        next.WordCount > 1 && tokens.Word(next.FirstWord).SequenceEqual("general")
        && !(tokens.Word(next.FirstWord + 1).SequenceEqual("counsel") || tokens.Word(next.FirstWord + 1).SequenceEqual("of"));

    /// <summary>A sentence that is only a name and closes its paragraph with a comma (".doe roe,\n"): a citation whose
    /// reporter, pin and year normalization dropped, period included. A given name opening it makes it a person.
    /// So is a sentence of several such names (".doe roe,poe ohio,\n"; ".doe roe,poe co,inc.the", where the year took
    /// the period but the suffix kept its own), where a given name may open a party.</summary>
    public static bool IsCitationSentence(NormalizedTokenizer tokens, List<NormalizedClause> clauses, int ci, int skip)
    {
        var clause = clauses[ci];
        if (skip >= clause.WordCount)
        {
            return false;
        }
        if (clause.After == ClauseBreak.Comma && EndsParagraph(clauses, ci)
            && (clause.Before != ClauseBreak.Comma || PreviousClauseSignal(tokens, clauses, ci) is not null))
        {
            return !CitationVocabulary.GivenNames.Contains(tokens.Word(clause.FirstWord + skip));
        }
        // A run of short name-like clauses from a sentence start to a paragraph's closing comma.
        var first = ci;
        while (first > 0 && clauses[first].Before == ClauseBreak.Comma && ci - first < 6)
        {
            first--;
        }
        var last = ci;
        while (last + 1 < clauses.Count && clauses[last].After == ClauseBreak.Comma && clauses[last + 1].Before == ClauseBreak.Comma && last - ci < 6)
        {
            last++;
        }
        if (last == first || clauses[first].Before == ClauseBreak.Comma
            || !(clauses[last].After == ClauseBreak.Comma && EndsParagraph(clauses, last)
                || clauses[last].After == ClauseBreak.Period && NormalizedTokenizer.NameAbbreviations.Contains(tokens.Word(clauses[last].FirstWord + clauses[last].WordCount - 1))))
        {
            return false;
        }
        for (var k = first; k <= last; k++)
        {
            if (!IsNameLike(tokens, clauses[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool EndsParagraph(List<NormalizedClause> clauses, int ci) => ci + 1 == clauses.Count || clauses[ci + 1].Before == ClauseBreak.Line;

    /// <summary>Two to eight words, none a function word other than a name's connectors.</summary>
    private static bool IsNameLike(NormalizedTokenizer tokens, NormalizedClause clause)
    {
        if (clause.WordCount is < 2 or > 8)
        {
            return false;
        }
        for (var k = clause.FirstWord; k < clause.FirstWord + clause.WordCount; k++)
        {
            var word = tokens.Word(k);
            if (CitationVocabulary.StopWords.Contains(word) && !CitationVocabulary.NameConnectors.Contains(word) || CitationVocabulary.Titles.Contains(word))
            {
                return false;
            }
        }
        return true;
    }

    public static bool IsFootnoteOpener(NormalizedTokenizer tokens, NormalizedClause clause, int skip)
    {
        for (var k = 0; k < skip; k++)
        {
            if (!tokens.Word(clause.FirstWord + k).SequenceEqual("footnote"))
            {
                return false;
            }
        }
        return true;
    }

    private static bool StartsWithGivenName(NormalizedTokenizer tokens, NormalizedClause clause)
    {
        var k = clause.FirstWord;
        if (tokens.Word(k).SequenceEqual("and") && clause.WordCount > 1)
        {
            k++;
        }
        // ",and dennis doe for the aclu foundation": a given name, a surname and a preposition open a longer clause
        return CitationVocabulary.GivenNames.Contains(tokens.Word(k))
            && (clause.WordCount <= 4 || k + 2 < clause.FirstWord + clause.WordCount && PersonListTails.Contains(tokens.Word(k + 2)));
    }

    /// <summary>Words after a person's name in a list of counsel or amici ("doe for the aclu", "doe of counsel").</summary>
    private static readonly WordSet PersonListTails = new(["for", "of"]);

    /// <summary>Nouns of a precedent's content that a case's name modifies ("the doe rule", "doe holding"); a person of
    /// the story is rarely named so.</summary>
    private static readonly WordSet DoctrineNouns = new(["rule", "rules", "holding", "decision", "doctrine", "test", "standard",
        "standards", "analysis", "principle", "rationale", "reasoning", "exception", "framework", "warnings", "safeguards"]);

    /// <summary>Words seen at least twice right before a narrative verb ("smith had", "jones later").</summary>
    public static HashSet<string> CountActors(NormalizedTokenizer tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var clause in tokens.Clauses)
        {
            for (var k = clause.FirstWord; k < clause.FirstWord + clause.WordCount - 1; k++)
            {
                var word = tokens.Word(k);
                if (CitationVocabulary.ActorVerbs.Contains(tokens.Word(k + 1)) && !CommonWordLexicon.Contains(word) && word.Length > 2)
                {
                    lookup[word] = lookup.TryGetValue(word, out var n) ? n + 1 : 1;
                }
            }
        }
        // A word the text also uses before a doctrine's noun ("the doe rule", "doe holding", "doe warnings") names a case,
        // whatever verbs follow it ("doe was decided"), unless a title ever stands before it ("justice doe reasoning").
        var attributive = new HashSet<string>(StringComparer.Ordinal);
        var titled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in tokens.Clauses)
        {
            for (var k = clause.FirstWord; k < clause.FirstWord + clause.WordCount - 1; k++)
            {
                if (DoctrineNouns.Contains(tokens.Word(k + 1)) && lookup.ContainsKey(tokens.Word(k)))
                {
                    attributive.Add(tokens.WordString(k));
                }
                if (k > clause.FirstWord && lookup.ContainsKey(tokens.Word(k)) && CitationVocabulary.Titles.Contains(tokens.Word(k - 1)))
                {
                    titled.Add(tokens.WordString(k));
                }
            }
        }
        foreach (var word in attributive)
        {
            if (!titled.Contains(word))
            {
                counts.Remove(word);
            }
        }
        // A word the text also cites as "doe,supra" names a case, whatever verbs follow it (",at" follows persons too:
        // "mrs.doe,at" in a record citation).
        var clauses = tokens.Clauses;
        for (var ci = 0; ci + 1 < clauses.Count; ci++)
        {
            var next = tokens.Word(clauses[ci + 1].FirstWord);
            if (clauses[ci].After == ClauseBreak.Comma && next.SequenceEqual("supra"))
            {
                lookup.Remove(tokens.Word(clauses[ci].FirstWord + clauses[ci].WordCount - 1));
            }
        }
        RemoveCitedParties(tokens, lookup, titled);
        return counts.Where(p => p.Value >= 2).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A word the text sets as a case's first party is a case's name, whatever verbs follow it elsewhere
    /// ("doe was decided", "doe is not apposite"): right before a government that closes a clause ("in doe ohio,",
    /// ".doe united states,the court"), or opening a two-word name before ",supra" ("doe roe,supra"). The decision's own
    /// caption, before or after a docket number ("united states supreme court doe ohio,no.", "together with no.doe ohio,"),
    /// names the parties of the story, and a word a title ever stands before ("officer doe") stays a person.</summary>
    private static void RemoveCitedParties(NormalizedTokenizer tokens, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, HashSet<string> titled)
    {
        var clauses = tokens.Clauses;
        if (clauses.Count == 0 || lookup.Dictionary.Count == 0)
        {
            return;
        }
        var titledLookup = titled.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new List<string>(8);
        for (var ci = 0; ci < clauses.Count; ci++)
        {
            var clause = clauses[ci];
            if (clause.After == ClauseBreak.Line || ci + 1 < clauses.Count && tokens.Word(clauses[ci + 1].FirstWord).SequenceEqual("no")
                || ci > 0 && tokens.Word(clauses[ci - 1].FirstWord + clauses[ci - 1].WordCount - 1).SequenceEqual("no"))
            {
                continue;
            }
            var end = clause.FirstWord + clause.WordCount;
            var supra = ci + 1 < clauses.Count && clause.After == ClauseBreak.Comma && tokens.Word(clauses[ci + 1].FirstWord).SequenceEqual("supra");
            if (supra && clause.WordCount >= 2 && !CommonWordLexicon.Contains(tokens.Word(end - 1))
                && (clause.WordCount == 2 || CitationVocabulary.StopWords.Contains(tokens.Word(end - 3)) || CommonWordLexicon.Contains(tokens.Word(end - 3))))
            {
                Free(tokens.Word(end - 2));
            }
            for (var k = Math.Max(clause.FirstWord, end - 5); k < end - 1; k++)
            {
                if (!lookup.ContainsKey(tokens.Word(k)))
                {
                    continue;
                }
                words.Clear();
                for (var j = k + 1; j < end; j++)
                {
                    words.Add(tokens.WordString(j));
                }
                if (PartyVocabulary.IsGovernmentTail(words, 0))
                {
                    Free(tokens.Word(k));
                }
            }
        }

        void Free(ReadOnlySpan<char> word)
        {
            if (!titledLookup.Contains(word))
            {
                lookup.Remove(word);
            }
        }
    }

    public static bool IsIdForm(NormalizedTokenizer tokens, NormalizedClause clause, ReadOnlySpan<char> first)
    {
        if (first.SequenceEqual("ibid") || first.SequenceEqual("id") && (clause.WordCount == 1 || tokens.Word(clause.FirstWord + 1).SequenceEqual("at")))
        {
            return clause.WordCount <= 2 || first.SequenceEqual("id");
        }
        return first.SequenceEqual("at") && clause.Before is ClauseBreak.Period or ClauseBreak.Line
            && (clause.WordCount == 1 || SentenceOpeners.Contains(tokens.Word(clause.FirstWord + 1)));
    }

    public static string? PreviousClauseSignal(NormalizedTokenizer tokens, List<NormalizedClause> clauses, int ci)
    {
        if (ci == 0 || clauses[ci].Before == ClauseBreak.Line)
        {
            return null;
        }
        var previous = clauses[ci - 1];
        var start = previous.FirstWord;
        while (start < previous.FirstWord + previous.WordCount - 1 && tokens.Word(start).SequenceEqual("footnote"))
        {
            start++; // "footnote see,doe roe": a footnote's opening word before its signal
        }
        for (var k = start; k < previous.FirstWord + previous.WordCount; k++)
        {
            if (!CitationVocabulary.StrongSignals.Contains(tokens.Word(k)))
            {
                return null;
            }
        }
        return tokens.WordString(start);
    }

    public static bool IsReporterRemnant(NormalizedTokenizer tokens, List<NormalizedClause> clauses, int ci)
    {
        if (ci >= clauses.Count)
        {
            return false;
        }
        var clause = clauses[ci];
        if (clause.WordCount > 2 || clause.After != ClauseBreak.Period)
        {
            return false;
        }
        for (var k = 0; k < clause.WordCount; k++)
        {
            if (!CitationVocabulary.ReporterRemnants.Contains(tokens.Word(clause.FirstWord + k)))
            {
                return false;
            }
        }
        return true;
    }
}
