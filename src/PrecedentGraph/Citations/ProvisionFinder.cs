using System.Buffers;
using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>Finds statutes, rules and constitutional clauses in both text forms: "42 U. S. C. §1983",
/// "the Fourth Amendment" / "the fourth amendment", "Fed. Rule Evid. 403" / "fed.rule evid.",
/// "Cal. Penal Code Ann. § 12025" / "cal.penal code ann.", "the Due Process Clause".</summary>
internal static partial class ProvisionFinder
{
    private static readonly string[] Ordinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
        "twenty-seventh",
    ];

    [GeneratedRegex(@"(?<title>\d{1,2})\s?U\.\s?S\.\s?C\.(?:\s?A\.)?\s{0,2}(?:\u00a7{1,2}\s?)?(?<section>\d{1,5}[a-z]{0,2})")]
    private static partial Regex UnitedStatesCode();

    [GeneratedRegex(@"\b(?<first>First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Twenty-\w{4,7}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)(?:(?:,| and|, and| or) (?<second>First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Thirteenth|Fourteenth|Fifteenth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|thirteenth|fourteenth|fifteenth))? (?:Amendments?|amendments?)\b")]
    private static partial Regex Amendment();

    [GeneratedRegex(@"\b(?:Fed\.|fed\.)\s?(?:Rules?|rules?)\s?(?:of\s)?(?<kind>Civ\.\s?Proc\.|Crim\.\s?Proc\.|Evid\.|App\.\s?Proc\.|civ\.\s?proc\.|crim\.\s?proc\.|evid\.|app\.\s?proc\.)(?:\s?(?<number>\d{1,3}(?:\([a-z0-9]{1,3}\)){0,3}))?")]
    private static partial Regex FederalRule();

    [GeneratedRegex(@"\b(?<state>Cal|Ala|Ariz|Ark|Colo|Conn|Del|Fla|Ga|Haw|Idaho|Ill|Ind|Iowa|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.\s?H|N\.\s?J|N\.\s?M|N\.\s?Y|N\.\s?C|N\.\s?D|Ohio|Okla|Ore|Pa|R\.\s?I|S\.\s?C|S\.\s?D|Tenn|Tex|Utah|Vt|Va|Wash|W\.\s?Va|Wis|Wyo)\.\s?(?<code>[a-z]{3,12}(?:\s[a-z]{3,12})?)\s?code(?:\s?ann\.)?(?:\s{0,2}\u00a7{1,2}\s?(?<section>\d{1,6}(?:\.\d{1,4})?))?", RegexOptions.IgnoreCase)]
    private static partial Regex StateCode();

    [GeneratedRegex(@"\b(?<name>Due Process|Equal Protection|Commerce|Supremacy|Speech or Debate|Establishment|Free Exercise|Takings|Contracts|Confrontation|Compulsory Process|Self-Incrimination|Double Jeopardy|Cruel and Unusual Punishments|Privileges and Immunities|Full Faith and Credit|Necessary and Proper|Appointments|Ex Post Facto|Spending|Excessive Fines|Free Speech|Free Press|due process|equal protection|commerce|supremacy|speech or debate|establishment|free exercise|takings|contracts|confrontation|compulsory process|double jeopardy|privileges and immunities|full faith and credit|necessary and proper|appointments|ex post facto|spending|excessive fines) (?:Clause|clause)")]
    private static partial Regex Clause();

    // The anchor words, searched as string.IndexOf(anchor, OrdinalIgnoreCase) would, but vectorized (that IndexOf is
    // a character-by-character loop under invariant globalization).
    private static readonly SearchValues<string> AmendmentAnchor = Anchor("mendment");
    private static readonly SearchValues<string> FederalAnchor = Anchor("fed.");
    private static readonly SearchValues<string> CodeAnchor = Anchor("code");
    private static readonly SearchValues<string> ClauseAnchor = Anchor("clause");

    private static SearchValues<string> Anchor(string word) => SearchValues.Create([word], StringComparison.OrdinalIgnoreCase);

    /// <summary>Matches of <paramref name="regex"/> in windows around each occurrence of a cheap anchor word, so the
    /// regex never runs over the whole text.</summary>
    private static IEnumerable<Match> Near(string text, int bodyStart, string anchor, SearchValues<string> search, int before, int after, Regex regex)
    {
        var lastEnd = bodyStart;
        var position = bodyStart;
        while (position < text.Length && (position = IndexOf(text, position, search)) >= 0)
        {
            var start = Math.Max(lastEnd, position - before);
            var end = Math.Min(text.Length, position + anchor.Length + after);
            // Match inside the window (Regex.Match with a length keeps the anchors and offsets of the whole text).
            var match = regex.Match(text, start, end - start);
            while (match.Success)
            {
                if (match.Index >= lastEnd)
                {
                    yield return match;
                    lastEnd = match.Index + match.Length;
                }
                match = match.NextMatch();
            }
            position += anchor.Length;
        }
    }

    private static int IndexOf(string text, int from, SearchValues<string> search)
    {
        var found = text.AsSpan(from).IndexOfAny(search);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>The matches <c>UnitedStatesCode().Matches(text, bodyStart)</c> gives, without running the regex from every
    /// digit of the text: each match holds "U." one to three characters after its start, so the regex runs only from just
    /// before each "U." (in a window, then again over the whole text from the start found, so that a window's end never
    /// cuts a match short).</summary>
    private static IEnumerable<Match> CodeMatches(string text, int bodyStart)
    {
        var regex = UnitedStatesCode();
        var lastEnd = bodyStart;
        var position = bodyStart;
        while (position < text.Length && (position = text.IndexOf("U.", position, StringComparison.Ordinal)) >= 0)
        {
            var start = Math.Max(lastEnd, position - CodeLead);
            if (start < position)
            {
                var end = Math.Min(text.Length, position + CodeReach);
                var found = regex.Match(text, start, end - start);
                if (found.Success)
                {
                    var match = regex.Match(text, found.Index);
                    yield return match;
                    lastEnd = match.Index + match.Length;
                }
            }
            position += 2;
        }
    }

    /// <summary>The most characters a match of <see cref="UnitedStatesCode"/> has before its "U." (two digits, a space).</summary>
    private const int CodeLead = 3;

    /// <summary>A window past "U." that holds any match starting before it ("U. S. C. A.", spaces, "§§ ", a section).</summary>
    private const int CodeReach = 40;

    public static void Find(string text, int bodyStart, List<ProvisionMention> provisions)
    {
        foreach (var match in CodeMatches(text, bodyStart))
        {
            var title = match.Groups["title"].Value;
            var section = match.Groups["section"].Value;
            provisions.Add(new ProvisionMention(new TextSpan(match.Index, match.Length), $"usc-{title}-{section}", $"{title} U.S.C. \u00a7 {section}"));
        }
        foreach (var match in Near(text, bodyStart, "mendment", AmendmentAnchor, 45, 12, Amendment()))
        {
            foreach (var group in new[] { match.Groups["first"], match.Groups["second"] })
            {
                if (!group.Success)
                {
                    continue;
                }
                var number = Array.IndexOf(Ordinals, group.Value.ToLowerInvariant()) + 1;
                if (number > 0)
                {
                    var ordinal = char.ToUpperInvariant(group.Value[0]) + group.Value[1..].ToLowerInvariant();
                    provisions.Add(new ProvisionMention(new TextSpan(match.Index, match.Length), $"amendment-{number}", $"{ordinal} Amendment"));
                }
            }
        }
        foreach (var match in Near(text, bodyStart, "fed.", FederalAnchor, 0, 40, FederalRule()))
        {
            var kind = match.Groups["kind"].Value.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
            var (key, label) = kind switch
            {
                "civ.proc." => ("fed-rule-civ-proc", "Fed. Rule Civ. Proc."),
                "crim.proc." => ("fed-rule-crim-proc", "Fed. Rule Crim. Proc."),
                "app.proc." => ("fed-rule-app-proc", "Fed. Rule App. Proc."),
                _ => ("fed-rule-evid", "Fed. Rule Evid."),
            };
            provisions.Add(new ProvisionMention(new TextSpan(match.Index, match.Length), key, label));
        }
        foreach (var match in Near(text, bodyStart, "code", CodeAnchor, 40, 30, StateCode()))
        {
            var state = match.Groups["state"].Value.TrimEnd('.');
            var code = match.Groups["code"].Value.Trim();
            if (code.Length < 3)
            {
                continue;
            }
            var stateLabel = char.ToUpperInvariant(state[0]) + state[1..].ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
            var codeLabel = string.Join(' ', code.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
            var label = $"{stateLabel}. {codeLabel} Code";
            provisions.Add(new ProvisionMention(new TextSpan(match.Index, match.Length), Graph.NodeIds.Slugify(label), label));
        }
        foreach (var match in Near(text, bodyStart, "clause", ClauseAnchor, 40, 8, Clause()))
        {
            var name = match.Groups["name"].Value;
            var label = string.Join(' ', name.Split(' ').Select(w => w is "or" or "and" ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant())) + " Clause";
            provisions.Add(new ProvisionMention(new TextSpan(match.Index, match.Length), "clause-" + Graph.NodeIds.Slugify(name), label));
        }
        var ordered = provisions.OrderBy(p => p.Span.Start).ToList(); // stable: "Fourth and Fourteenth" keep their order
        provisions.Clear();
        provisions.AddRange(ordered);
    }
}
