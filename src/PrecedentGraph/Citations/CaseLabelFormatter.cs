using System.Text;

namespace PrecedentGraph.Citations;

/// <summary>Writes a case's label in the usual citation form: from normalized words it restores capitals and
/// "v." ("united states lopez" → "United States v. Lopez", "district of columbia heller" → "District of Columbia
/// v. Heller", "lovell city of griffin" → "Lovell v. City of Griffin"); raw names are tidied.</summary>
public static class CaseLabelFormatter
{
    private static readonly WordSet LowerInside = new(["of", "the", "and", "for", "in", "on", "a", "an", "to", "ex", "rel", "de", "la", "du", "von", "van", "re", "parte"]);

    /// <summary>Where the second party starts in lowercase words without "v." (-1 for "in re X", "ex parte X").</summary>
    public static int SplitIndex(IReadOnlyList<string> words)
    {
        var split = RawSplitIndex(words);
        // "board of comm rs": the letters left of "Comm'rs" stay with their word
        return split > 0 && split < words.Count && NormalizedNameEvaluator.IsContractionEnd(words, split) ? split + 1 : split;
    }

    /// <summary>Bodies named "X of/for ..." ("Committee for Public Education", "Board of Regents of ..."): the whole run
    /// before a last name is one party.</summary>
    private static readonly WordSet BodyWords = new([
        "committee", "board", "association", "society", "university", "college", "commission", "council", "federation",
        "brotherhood", "trustees", "regents", "institute", "league", "union", "order", "members", "citizens", "friends",
    ]);

    /// <summary>Institutions a state's name can qualify ("Ohio State University", "Iowa State Board").</summary>
    private static readonly WordSet InstitutionEnds = new(["college", "university", "school", "board", "commission", "hospital", "bank", "authority"]);

    private static int RawSplitIndex(IReadOnlyList<string> words)
    {
        if (words.Count < 2 || words[0] is "in" or "ex" && words[1] is "re" or "parte")
        {
            return -1;
        }
        var vIndex = IndexOf(words, "v");
        if (vIndex > 0)
        {
            return vIndex;
        }
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (CitationVocabulary.CorporateSuffixes.Contains(words[i]) && i > 0)
            {
                var end = i + 1;
                while (end < words.Count - 1 && CitationVocabulary.CorporateSuffixes.Contains(words[end]))
                {
                    end++; // "flagg bros inc | brooks": suffixes in a row end one party
                }
                return end;
            }
        }
        for (var i = 1; i < words.Count - 1; i++)
        {
            if (NormalizedNameEvaluator.IsBodyNumber(words, i))
            {
                return i + 1; // "moose lodge no | irvis": the body's number ends the first party
            }
        }
        for (var i = 0; i + 3 < words.Count; i++)
        {
            if (words[i] == "ex" && words[i + 1] == "rel" && i > 0)
            {
                return i + 3; // "united states ex rel doe | roe": the relator ends the first party
            }
        }
        if (words[0] == "state" && !CitationVocabulary.NameConnectors.Contains(words[1]))
        {
            return 1;
        }
        if (words[^1] == "state" && !CitationVocabulary.NameConnectors.Contains(words[^2]))
        {
            return words.Count - 1;
        }
        var lead = PartyVocabulary.GovernmentLengthAt(words, 0);
        if (lead > 0 && lead < words.Count - 2 && InstitutionEnds.Contains(words[^2]) && !PartyVocabulary.ContainsGovernment(words.Skip(lead).ToArray()))
        {
            return words.Count - 1; // "delaware state college | doe": a state naming an institution is part of the first party
        }
        if (lead > 0 && lead < words.Count)
        {
            return lead;
        }
        for (var i = 1; i < words.Count; i++)
        {
            if (PartyVocabulary.IsGovernmentTail(words, i) && !LowerInside.Contains(words[i - 1]))
            {
                return i;
            }
        }
        for (var i = 1; i < words.Count - 2; i++)
        {
            if (CitationVocabulary.PlacePrefixes.Contains(words[i]) && words[i + 1] == "of")
            {
                return i;
            }
        }
        if (words.Count >= 4 && BodyWords.Contains(words[0]) && words[1] is "of" or "for" && !CitationVocabulary.NameConnectors.Contains(words[^2]))
        {
            return words.Count - 1; // "committee for public education | doe": a body named with "of"/"for" is the first party
        }
        var first = words[0] is "o" or "d" or "de" or "la" or "van" or "von" or "du" or "del" or "da" or "le" or "st" && words.Count > 2 ? 2 : 1;
        // "minneapolis st louis | bombolis": "St." opens the next word of the same party, never the second party
        return words[first] == "st" && first + 2 < words.Count ? first + 2 : first;
    }

    /// <summary>The label of a normalized name ("united air lines inc evans" → "United Air Lines Inc v. Evans"), "v."
    /// put where <see cref="SplitIndex"/> finds the second party.</summary>
    public static string FromNormalized(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return FromWords(words, SplitIndex(words));
    }

    /// <summary>The label of lowercase words (normalized text), "v." put at <paramref name="split"/>.</summary>
    public static string FromWords(IReadOnlyList<string> words, int split)
    {
        var builder = new StringBuilder();
        var partyStart = true;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word == "v")
            {
                builder.Append(" v.");
                partyStart = true;
                continue;
            }
            if (i == split && split > 0 && words[i - 1] != "v")
            {
                builder.Append(" v.");
                partyStart = true;
            }
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            if (word.Length == 1 && word is "o" or "d" && i + 1 < words.Count && i + 1 != split)
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append('\'');
                builder.Append(Capitalize(words[++i]));
                partyStart = false;
                continue;
            }
            if (CitationVocabulary.CorporateSuffixes.Contains(word))
            {
                builder.Length--;
                builder.Append(", ").Append(Capitalize(word)).Append('.');
            }
            else if (!partyStart && LowerInside.Contains(word))
            {
                builder.Append(word);
            }
            else
            {
                builder.Append(Capitalize(word));
            }
            partyStart = false;
        }
        return builder.ToString();
    }

    /// <summary>A raw name tidied: white space collapsed, "vs." as "v.", "et al." dropped; a name in capitals (a
    /// header, "SMITH v. JONES") in title case, while the capitals of a name written in mixed case are an acronym's
    /// and stay ("NAACP v. Button", "Ashwander v. TVA").</summary>
    public static string FromRaw(string name)
    {
        var words = name.Split((char[])[' ', '\t', '\r', '\n', '\u00a0'], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && words[^1] is "et" or "al." or "al" or ",")
        {
            words.RemoveAt(words.Count - 1);
        }
        var header = IsInCapitals(words);
        var builder = new StringBuilder();
        foreach (var raw in words)
        {
            var word = raw is "vs." or "V." or "VS." ? "v." : raw;
            if (header && word.Length > 3 && word.StartsWith("Mc", StringComparison.Ordinal) && word[2..].All(c => !char.IsLower(c)))
            {
                word = "Mc" + Capitalize(word[2..].ToLowerInvariant());
            }
            else if (header && word.Length > 2 && word.All(c => !char.IsLower(c)) && word.Any(char.IsLetter))
            {
                word = word.Length > 3 && word.StartsWith("MC", StringComparison.Ordinal)
                    ? "Mc" + Capitalize(word[2..].ToLowerInvariant())
                    : Capitalize(word.ToLowerInvariant());
            }
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append(word);
        }
        return builder.ToString().TrimEnd(',', ' ');
    }

    /// <summary>True when every word of three letters or more is in capitals ("McCULLOCH" counts): the connectors a header
    /// keeps in lower case ("v.", "ex rel.", "et al.") are not read.</summary>
    private static bool IsInCapitals(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            var letters = word.Count(char.IsLetter);
            if (letters < 3 || word is "rel." or "rel" or "vs." or "al.")
            {
                continue;
            }
            var rest = word.StartsWith("Mc", StringComparison.Ordinal) ? word[2..] : word;
            if (rest.Any(char.IsLower))
            {
                return false;
            }
        }
        return true;
    }

    private static string Capitalize(string word)
    {
        if (word.Length == 0)
        {
            return word;
        }
        if (word.Length > 3 && word.StartsWith("mc", StringComparison.Ordinal))
        {
            return "Mc" + char.ToUpperInvariant(word[2]) + word[3..];
        }
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static int IndexOf(IReadOnlyList<string> words, string word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == word)
            {
                return i;
            }
        }
        return -1;
    }
}
