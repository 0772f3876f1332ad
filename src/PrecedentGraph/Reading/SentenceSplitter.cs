using System.Buffers;
using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Reading;

/// <summary>Splits text into sentences, in raw text ("... 341 (1986). The Court") and in normalized text,
/// where a period is followed by no space ("...have known.pearson callahan.where").</summary>
public static partial class SentenceSplitter
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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // The characters that may end a sentence; everything between them is skipped in one vectorized search.
    private static readonly SearchValues<char> Ends = SearchValues.Create(".?!\n\r");

    /// <summary>Sentence spans inside <paramref name="within"/>, trimmed of surrounding white space.</summary>
    public static IReadOnlyList<TextSpan> Split(string text, TextSpan within)
    {
        var start = within.Start;
        var end = within.End;
        var sentences = new List<TextSpan>(Math.Max(4, (end - start) / 96));
        var capitals = new CapitalTracker(text);
        for (var i = start; i < end; i++)
        {
            var skip = text.AsSpan(i, end - i).IndexOfAny(Ends);
            if (skip < 0)
            {
                break;
            }
            i += skip;
            var c = text[i];
            var boundary = false;
            var next = i + 1;
            if (c is '\n' or '\r')
            {
                boundary = true;
            }
            else
            {
                // swallow closing quotes and brackets that belong to the sentence
                while (next < end && text[next] is '"' or '\'' or '\u201d' or '\u2019' or ')' or ']')
                {
                    next++;
                }
                boundary = next >= end || IsSentenceStart(text, next, end, ref capitals) && !IsAbbreviation(text, start, i);
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
    [GeneratedRegex(@"^(?:(?:at|ibid|id|supra|ante|post|n|nn|pp?)[\s.,]*){1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex ResiduePattern();

    private static readonly Regex Residue = ResiduePattern();

    private static List<TextSpan> MergeResidue(string text, List<TextSpan> sentences)
    {
        if (sentences.Count < 2)
        {
            return sentences;
        }
        // merged in place: sentences[0..kept) are the result so far
        var kept = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (kept > 0 && sentence.Length <= 24 && Residue.IsMatch(text.AsSpan(sentence.Start, sentence.Length))
                && text.AsSpan(sentences[kept - 1].End, sentence.Start - sentences[kept - 1].End).IndexOfAny('\n', '\r') < 0)
            {
                sentences[kept - 1] = TextSpan.FromBounds(sentences[kept - 1].Start, sentence.End);
                continue;
            }
            sentences[kept++] = sentence;
        }
        sentences.RemoveRange(kept, sentences.Count - kept);
        return sentences;
    }

    private static bool IsSentenceStart(string text, int position, int end, ref CapitalTracker capitals)
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
        return sawSpace ? char.IsUpper(c) || c is '"' or '\u201c' or '(' or '[' || char.IsLower(c) && capitals.NoneIn(Math.Max(0, j - Nearby), Math.Min(end, j + Nearby))
                        : char.IsLetter(c) && char.IsLower(c) && capitals.NoneIn(Math.Max(0, j - Nearby), Math.Min(end, j + Nearby));
    }

    // In normalized text there are no capitals, so a lowercase start is a sentence start: none may stand this near.
    private const int Nearby = 200;

    /// <summary>Answers "is there a capital letter in [from, to)?" for windows moving forward through the text, looking
    /// at each character about once (a window further back than the last is scanned directly).</summary>
    private struct CapitalTracker(string text)
    {
        // text[lastFrom..scanned) has been looked at; capital is the first capital there, or -1 (the look stops at it)
        private int scanned = -1;
        private int capital = -1;
        private int lastFrom = -1;

        public bool NoneIn(int from, int to)
        {
            if (from < lastFrom || from > scanned || capital >= 0 && capital < from)
            {
                // nothing is known about text[from..]: look from there
                scanned = from;
                capital = -1;
            }
            lastFrom = from;
            for (; capital < 0 && scanned < to; scanned++)
            {
                if (char.IsUpper(text[scanned]))
                {
                    capital = scanned;
                }
            }
            return capital < 0 || capital >= to;
        }
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        var j = period - 1;
        while (j >= sentenceStart && (char.IsLetter(text[j]) || text[j] == '.'))
        {
            j--;
        }
        var word = text.AsSpan(j + 1, period - j - 1);
        return word.Length > 0 && (AbbreviationLookup.Contains(word) || word.Length == 1 && char.IsUpper(word[0]));
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
