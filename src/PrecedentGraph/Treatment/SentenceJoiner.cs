using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Joins sentences that a splitter cut at an abbreviation inside a citation: where a citation span crosses
/// the boundary ("Simon v. Eastern Ky. | Welfare Rights Org."), or where the next piece opens with a number
/// designation ("High School Dist. | No. 203, 796 F.2d 940"), which no sentence of prose does.</summary>
internal static class SentenceJoiner
{
    /// <param name="sentences">The sentences of one block, in order.</param>
    /// <param name="unbroken">Spans (ascending by start) that no boundary may cut.</param>
    public static IReadOnlyList<TextSpan> Join(string text, IReadOnlyList<TextSpan> sentences, TextSpan[] unbroken)
    {
        if (sentences.Count < 2)
        {
            return sentences;
        }
        List<TextSpan>? joined = null;
        var current = sentences[0];
        // the spans starting before the block's end, found from the first one that may reach into it
        var k = FirstEndingAfter(unbroken, current.Start);
        for (var i = 1; i < sentences.Count; i++)
        {
            var next = sentences[i];
            while (k < unbroken.Length && unbroken[k].End <= current.End)
            {
                k++;
            }
            var crossed = false;
            for (var j = k; j < unbroken.Length && unbroken[j].Start < current.End; j++)
            {
                if (unbroken[j].End > next.Start)
                {
                    crossed = true;
                    break;
                }
            }
            if (crossed || OpensWithNumber(text, next) || EndsWithNameAbbreviation(text, current))
            {
                joined ??= [.. sentences.Take(i - 1)];
                current = TextSpan.FromBounds(current.Start, next.End);
                continue;
            }
            joined?.Add(current);
            current = next;
        }
        if (joined is null)
        {
            return sentences;
        }
        joined.Add(current);
        return joined;
    }

    /// <summary>Abbreviations found in case names and citations ("Eastern Ky. Welfare Rights Org.", "High School Dist.
    /// No. 203", "Del. Const. Art. I") that a splitter may take for a sentence end; hardly any ends a sentence of prose.</summary>
    private static readonly HashSet<string> NameAbbreviations = new(
    [
        "dist", "ky", "org", "bd", "ins", "dept", "educ", "hosp", "indus", "natl", "transp", "auth", "admin", "twp",
        "servs", "prods", "intl", "assn", "commn", "sch", "elec", "tel", "mut", "cty",
        // States, as written in case names, reporters and constitutions ("Del. Const.", "Eastern Ky."), where the
        // splitter does not know them; not those that are also words ("Me.", "Miss.", "Ore.", "Wash.", "La.")
        "del", "ky", "neb", "ariz", "conn", "colo", "okla", "tenn", "wyo", "nev", "kan", "ark", "ala", "mont", "vt",
        "ind", "wis", "minn", "mich", "fla", "ga", "va", "md", "ill", "mass", "tex", "cal", "pa",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>The sentence ends with "Dist." or another abbreviation of a case name.</summary>
    private static bool EndsWithNameAbbreviation(string text, TextSpan sentence)
    {
        var end = sentence.End - 1;
        if (end <= sentence.Start || text[end] != '.')
        {
            return false;
        }
        var start = end;
        while (start > sentence.Start && (char.IsLetter(text[start - 1]) || text[start - 1] == '\''))
        {
            start--;
        }
        var word = text.AsSpan(start, end - start).ToString().Replace("'", "", StringComparison.Ordinal);
        return word.Length > 0 && NameAbbreviations.Contains(word);
    }

    /// <summary>"No. 203, ..." at the head of a sentence: the number of a school district, a docket or a local.</summary>
    private static bool OpensWithNumber(string text, TextSpan sentence)
    {
        var s = sentence.Start;
        return sentence.Length > 4 && text[s] == 'N' && text[s + 1] == 'o' && text[s + 2] == '.'
            && (char.IsDigit(text[s + 3]) || text[s + 3] == ' ' && char.IsDigit(text[s + 4]));
    }

    /// <summary>Index of the first span ending after <paramref name="position"/>: spans sorted by start may still
    /// end out of order, so this is only where the look starts (spans before it end at or before it).</summary>
    private static int FirstEndingAfter(TextSpan[] spans, int position)
    {
        var low = 0;
        var high = spans.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (spans[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        // a span starting just before the position may still cross it
        while (low > 0 && spans[low - 1].End > position)
        {
            low--;
        }
        return low;
    }
}
