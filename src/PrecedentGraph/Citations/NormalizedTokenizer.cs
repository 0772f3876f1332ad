using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>Splits normalized text ("...have known.mapp ohio,quoting marbury madison,") into words and
/// clauses in one pass. A period after a name abbreviation ("fed.narcotics") and a corporate suffix after a
/// comma (",inc.sierra") stay inside the clause.</summary>
internal sealed class NormalizedTokenizer
{
    /// <summary>Abbreviations inside case and agency names ("fed.", "assn.", "comm.").</summary>
    public static readonly WordSet NameAbbreviations = new([
        "fed", "nat", "natl", "assn", "dept", "comm", "mfg", "bros", "int", "ins", "sav", "univ", "sch", "dist", "auth",
        "bd", "educ", "cty", "admin", "serv", "elec", "gen", "hosp", "mut", "ry", "mt", "ft", "tel", "transp", "pub",
        "dev", "envtl", "indus", "prods", "sys", "cent", "corp", "co", "inc", "ltd", "mem", "med", "org", "cmty", "st", "rel",
    ]);

    public NormalizedTokenizer(string text, int start = 0)
    {
        Text = text;
        var clauseStart = 0;
        var before = ClauseBreak.Line;
        var line = 0;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c) || c == '\'')
            {
                var wordStart = i;
                while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\''))
                {
                    i++;
                }
                Words.Add(TextSpan.FromBounds(wordStart, i));
                continue;
            }
            ClauseBreak? separator = c switch
            {
                ',' or ';' or ':' => ClauseBreak.Comma,
                '.' or '?' or '!' => ClauseBreak.Period,
                '\n' => ClauseBreak.Line,
                _ => null,
            };
            if (separator is { } kind)
            {
                var keep = kind == ClauseBreak.Period && Words.Count > clauseStart && i + 1 < text.Length && char.IsLetter(text[i + 1])
                    && NameAbbreviations.Contains(text.AsSpan(Words[^1].Start, Words[^1].Length))
                    && !CitationVocabulary.CorporateSuffixes.Contains(text.AsSpan(Words[^1].Start, Words[^1].Length))
                    && !StartsShortForm(text, i + 1)
                    || kind == ClauseBreak.Period && Words.Count > clauseStart && text.AsSpan(Words[^1].Start, Words[^1].Length) is var last
                        && (last.SequenceEqual("bros") || last.SequenceEqual("co")) && IsSuffixAfterComma(text, i + 1)
                    || kind == ClauseBreak.Comma && Words.Count > clauseStart && IsSuffixAfterComma(text, i + 1)
                    || kind == ClauseBreak.Period && Words.Count - clauseStart >= 2 && IsBodyNumber(text, Words[^2], Words[^1], i + 1);
                if (!keep)
                {
                    if (Words.Count > clauseStart)
                    {
                        Clauses.Add(new NormalizedClause(clauseStart, Words.Count - clauseStart, before, kind, line));
                        clauseStart = Words.Count;
                        before = kind;
                    }
                    else if (kind > before)
                    {
                        before = kind;
                    }
                }
                if (kind == ClauseBreak.Line)
                {
                    line++;
                    before = ClauseBreak.Line;
                }
            }
            i++;
        }
        if (Words.Count > clauseStart)
        {
            Clauses.Add(new NormalizedClause(clauseStart, Words.Count - clauseStart, before, ClauseBreak.Line, line));
        }
    }

    public string Text { get; }

    public List<TextSpan> Words { get; } = [];

    public List<NormalizedClause> Clauses { get; } = [];

    public ReadOnlySpan<char> Word(int index) => Text.AsSpan(Words[index].Start, Words[index].Length);

    public string WordString(int index) => Text.Substring(Words[index].Start, Words[index].Length);

    /// <summary>Words after which an abbreviation's period ends the name ("post office dept.at"): a pin or short form.</summary>
    private static readonly WordSet ShortFormWords = new(["at", "supra", "ante", "post", "infra", "quoting", "citing", "cert"]);

    /// <summary>The word after an abbreviation's period opens a pin or short form (",dept.at") or prose (",ins.and reflect"):
    /// the period ends the name. A name's own connectors ("dept.of") keep it inside.</summary>
    private static bool StartsShortForm(string text, int position)
    {
        var end = position;
        while (end < text.Length && char.IsLetter(text[end]) && end - position < 12)
        {
            end++;
        }
        if (end < text.Length && char.IsLetter(text[end]))
        {
            return false;
        }
        var word = text.AsSpan(position, end - position);
        return ShortFormWords.Contains(word) || CitationVocabulary.StopWords.Contains(word) && !CitationVocabulary.NameConnectors.Contains(word);
    }

    /// <summary>Bodies that carry a number in their name ("Moose Lodge No. 107", "School District No. 1", "Local Union
    /// No. 37", "Council No. 4434"): normalization drops the number and leaves "lodge no.".</summary>
    public static readonly WordSet NumberedBodies = new(["lodge", "local", "district", "dist", "union", "council"]);

    /// <summary>"moose lodge no.irvis": the period of "No." after a numbered body is the number's, not a sentence end,
    /// unless a pin, a short form, prose or a reporter follows ("district no.at", "district no.and", "district no.supp").</summary>
    private static bool IsBodyNumber(string text, TextSpan body, TextSpan number, int position)
    {
        if (!text.AsSpan(number.Start, number.Length).SequenceEqual("no") || !NumberedBodies.Contains(text.AsSpan(body.Start, body.Length))
            || position >= text.Length || !char.IsLetter(text[position]) || StartsShortForm(text, position))
        {
            return false;
        }
        var end = position;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        var word = text.AsSpan(position, end - position);
        return !CitationVocabulary.ReporterRemnants.Contains(word) && !CitationVocabulary.StopWords.Contains(word) && !word.SequenceEqual("no");
    }

    private static bool IsSuffixAfterComma(string text, int position)
    {
        var end = position;
        while (end < text.Length && char.IsLetter(text[end]) && end - position < 6)
        {
            end++;
        }
        return end > position && end < text.Length && text[end] == '.'
            && CitationVocabulary.CorporateSuffixes.Contains(text.AsSpan(position, end - position));
    }
}
