using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Tells a citation sentence ("Smith v. Jones, 1 U.S. 2 (1990) (per curiam).") from a sentence of prose
/// that opens with a case name as its subject ("Smith v. Jones, 1 U.S. 2 (1990), pointed out that ...").</summary>
internal static class CitationSentenceReader
{
    private const int ProseReach = 160;
    private const int ProseWords = 3;
    private static readonly HashSet<string> CitationWords = new(
    [
        "at", "n", "nn", "and", "supra", "id", "ibid", "ante", "post", "p", "pp", "cert", "denied", "granted", "dismissed",
        "aff", "affd", "rev", "revd", "vacated", "remanded", "on", "other", "grounds", "sub", "nom", "see", "also", "cf",
        "e", "g", "with", "of", "the", "in", "part", "per", "curiam", "quoting", "citing", "slip", "op", "reh", "den",
        "modified", "mem", "summarily", "aff'd", "rev'd",
    ], StringComparer.Ordinal);

    /// <summary>Whether words of prose follow a citation that opens its sentence, within a short reach: lowercase
    /// words of the raw text outside parentheses other than those of citations ("at", "supra", "cert. denied").
    /// Normalized text has no case to tell by (its citation starts lowercase): its citations count as opening
    /// citation sentences.</summary>
    public static bool ProseFollows(string text, TextSpan citation, int sentenceEnd)
    {
        if (citation.Start >= text.Length || !char.IsUpper(text[citation.Start]))
        {
            return false;
        }
        var from = citation.End;
        var end = Math.Min(sentenceEnd, Math.Min(text.Length, from + ProseReach));
        var depth = 0;
        var prose = 0;
        for (var i = from; i < end; i++)
        {
            var c = text[i];
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsLetter(c) && (i == 0 || !char.IsLetter(text[i - 1]) && text[i - 1] != '\''))
            {
                var k = i;
                while (k < end && (char.IsLetter(text[k]) || text[k] == '\''))
                {
                    k++;
                }
                if (depth == 0 && char.IsLower(c) && !CitationWords.Contains(text[i..k]) && ++prose >= ProseWords)
                {
                    return true;
                }
                i = k - 1;
            }
        }
        return false;
    }
}
