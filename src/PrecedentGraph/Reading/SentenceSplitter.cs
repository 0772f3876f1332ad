using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Reading;

/// <summary>Splits text into sentences, in raw text ("... 341 (1986). The Court") and in normalized text,
/// where a period is followed by no space ("...have known.pearson callahan.where").</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "v", "vs", "u.s", "s", "ct", "l", "ed", "f", "supp", "j", "jj", "c", "cf", "e.g", "i.e", "id", "op",
        "n", "no", "nos", "pp", "p", "app", "pet", "cert", "mr", "mrs", "ms", "dr", "st", "co", "corp", "inc",
        "ltd", "dept", "cal", "ann", "stat", "rev", "fed", "evid", "civ", "crim", "proc", "tr", "arg", "art",
        "cl", "ch", "sec", "amend", "const", "jr", "sr", "al", "seq", "cir", "d", "e", "w", "doc", "docs", "rep", "cong",
        "sess", "res", "ser", "reg", "regs", "pub", "vol", "pt", "eds", "exh", "messrs", "hon", "ry", "rr", "assoc", "univ",
        "ill", "mass", "pa", "n.y", "tex", "fla", "ga", "va", "md", "ohio", "mich", "wis", "minn", "u.s.c",
        "etc", "gen", "atty", "gov", "comm", "assn", "bros", "mfg", "nat", "r", "h", "b", "a",
    };

    /// <summary>Sentence spans inside <paramref name="within"/>, trimmed of surrounding white space.</summary>
    public static IReadOnlyList<TextSpan> Split(string text, TextSpan within)
    {
        var sentences = new List<TextSpan>();
        var start = within.Start;
        var end = within.End;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var boundary = false;
            var next = i + 1;
            if (c is '\n' or '\r')
            {
                boundary = true;
            }
            else if (c is '.' or '?' or '!')
            {
                // swallow closing quotes and brackets that belong to the sentence
                while (next < end && text[next] is '"' or '\'' or '\u201d' or '\u2019' or ')' or ']')
                {
                    next++;
                }
                boundary = next >= end || IsSentenceStart(text, next, end) && !IsAbbreviation(text, start, i);
            }
            if (boundary)
            {
                Add(text, sentences, start, c is '\n' or '\r' ? i : next);
                start = c is '\n' or '\r' ? i + 1 : next;
                i = start - 1;
            }
        }
        Add(text, sentences, start, end);
        return MergeResidue(text, sentences);
    }

    // What is left of a citation once its numbers are gone ("at.", "ibid.", "supra,at.") is no sentence of its own:
    // it closes the sentence before it on the same line. Lowercase only: raw "Ibid." stays a citation sentence.
    private static readonly Regex Residue = new(
        @"^(?:(?:at|ibid|id|supra|ante|post|n|nn|pp?)[\s.,]*){1,4}$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static List<TextSpan> MergeResidue(string text, List<TextSpan> sentences)
    {
        if (sentences.Count < 2)
        {
            return sentences;
        }
        var merged = new List<TextSpan>(sentences.Count);
        foreach (var sentence in sentences)
        {
            if (merged.Count > 0 && sentence.Length <= 24 && Residue.IsMatch(text.AsSpan(sentence.Start, sentence.Length))
                && text.AsSpan(merged[^1].End, sentence.Start - merged[^1].End).IndexOfAny('\n', '\r') < 0)
            {
                merged[^1] = TextSpan.FromBounds(merged[^1].Start, sentence.End);
                continue;
            }
            merged.Add(sentence);
        }
        return merged;
    }

    private static bool IsSentenceStart(string text, int position, int end)
    {
        var j = position;
        var sawSpace = false;
        while (j < end && (text[j] == ' ' || text[j] == '\t'))
        {
            j++;
            sawSpace = true;
        }
        if (j >= end)
        {
            return true;
        }
        var c = text[j];
        // raw text: a space then a capital, a digit-less quote or a bracket; normalized: a letter right after the period
        return sawSpace ? char.IsUpper(c) || c is '"' or '\u201c' or '(' or '[' || char.IsLower(c) && IsAllLowerNearby(text, j, end)
                        : char.IsLetter(c) && char.IsLower(c) && IsAllLowerNearby(text, j, end);
    }

    // In normalized text there are no capitals, so a lowercase start is a sentence start.
    private static bool IsAllLowerNearby(string text, int position, int end)
    {
        var limit = Math.Min(end, position + 200);
        for (var k = Math.Max(0, position - 200); k < limit; k++)
        {
            if (char.IsUpper(text[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        var j = period - 1;
        while (j >= sentenceStart && (char.IsLetter(text[j]) || text[j] == '.'))
        {
            j--;
        }
        var word = text.Substring(j + 1, period - j - 1);
        return word.Length > 0 && (Abbreviations.Contains(word) || word.Length == 1 && char.IsUpper(word[0]));
    }

    private static void Add(string text, List<TextSpan> sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            sentences.Add(TextSpan.FromBounds(start, end));
        }
    }
}
