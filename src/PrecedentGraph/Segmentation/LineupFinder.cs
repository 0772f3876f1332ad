using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Segmentation;

/// <summary>Reads the line-up paragraph of the syllabus, raw ("ROBERTS, C. J., delivered the opinion of the Court, in
/// which SCALIA, ... JJ., joined. BREYER, J., filed a concurring opinion.") or normalized ("roberts,delivered the
/// opinion of the court,in which scalia,...,and alito,joined.breyer,filed a concurring opinion.").</summary>
internal static partial class LineupFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\[\s*\d+\s+U\.\s?S\.[^\]]{0,30}\]", Options)]
    private static partial Regex PageMarkerPattern();

    private static readonly Regex PageMarker = PageMarkerPattern();

    // ", post, p. 846" / ", ante, at 12" (raw) and ",post," (normalized, where it is all that separates sentences)
    [GeneratedRegex(@",?\s*\b(?:post|ante)\b\s*,?\s*(?:(?:pp?\.|at)\s*[\d\-\u2013, ]+)?", Options)]
    private static partial Regex PostReferencePattern();

    private static readonly Regex PostReference = PostReferencePattern();

    [GeneratedRegex(@"^(?<subject>.{0,240}?)\s*,?\s*\b(?<verb>delivered|announced|filed|took\s+no\s+part|joined|concurred|dissented)\b(?<rest>.*)$",
        Options | RegexOptions.Singleline)]
    private static partial Regex StatementPattern();

    private static readonly Regex Statement = StatementPattern();

    [GeneratedRegex(@"\bin\s+which\s+(?<names>.{1,300}?)\s*,?\s*\b(?:join|joins|joined|concur|concurs|concurred)\b(?<tail>\s+(?:as\s+to|except\s+as\s+to|except\s+for|except|in)\s+(?:all\s+but\s+)?(?:parts?|sections?|footnote)\b[^;]{0,80}?(?=,\s*(?:and\s+)?in\b|$|;))?",
        Options | RegexOptions.Singleline)]
    private static partial Regex InWhichPattern();

    private static readonly Regex InWhich = InWhichPattern();

    [GeneratedRegex(@"\bin\s+(?<parts>(?:all\s+but\s+)?(?:parts?|sections?)\b[^;]{0,60}?)\s+of\s+which\s+(?<names>.{1,300}?)\s*,?\s*\b(?:join|joins|joined)\b",
        Options | RegexOptions.Singleline)]
    private static partial Regex OfWhichPattern();

    private static readonly Regex OfWhich = OfWhichPattern();

    [GeneratedRegex(@"\bexcept\s+(?<names>.{1,80}?)\s*,?\s*who\s+took\s+no\s+part", Options | RegexOptions.Singleline)]
    private static partial Regex ExceptNoPartPattern();

    private static readonly Regex ExceptNoPart = ExceptNoPartPattern();

    [GeneratedRegex(@"\b(?:delivered\s+the\s+opinion|announced\s+the\s+judgment|delivered\s+an\s+opinion|filed\s+(?:a|an)\b|filed\s+opinions|took\s+no\s+part)", Options)]
    private static partial Regex CandidatePattern();

    private static readonly Regex Candidate = CandidatePattern();

    /// <summary>True when the paragraph reads like a line-up: its first statement names justices and what they filed.</summary>
    public static bool IsLineup(string paragraph)
    {
        if (paragraph.Length > 4000 || !Candidate.IsMatch(paragraph))
        {
            return false;
        }
        var first = Sentences(Clean(paragraph)).FirstOrDefault();
        if (first is null)
        {
            return false;
        }
        var match = Statement.Match(first);
        // the syllabus sums up opinions too ("Justice Stevens delivered the opinion of the Court in part, concluding
        // that ..."), but the line-up names justices as "STEVENS, J." (raw) or bare surnames (normalized)
        return match.Success
            && !JusticeWord().IsMatch(match.Groups["subject"].Value)
            && !SummaryWord().IsMatch(first) && match.Groups["verb"].Value.ToLowerInvariant() is "delivered" or "announced" or "filed" or "took no part"
            && JusticeNames.ParseList(match.Groups["subject"].Value, null).Count > 0
            && match.Groups["subject"].Value.Length < 160;
    }

    public static Lineup Read(string paragraph, string? chief)
    {
        var entries = new List<LineupEntry>();
        var absent = new List<string>();
        foreach (var sentence in Sentences(Clean(paragraph)))
        {
            foreach (Match except in ExceptNoPart.Matches(sentence))
            {
                absent.AddRange(JusticeNames.ParseList(except.Groups["names"].Value, chief));
            }
            if (entries.Count > 0 && ContinuedStatement().IsMatch(sentence))
            {
                // "...joined; in Parts I and II of which BRENNAN, J., joined; and in which ..." continues the last opinion
                var last = entries[^1];
                var more = new List<string>(last.JoinedBy);
                var parts = new List<PartialJoin>(last.PartialJoins);
                ParseJoins(sentence, chief, more, parts);
                entries[^1] = last with { JoinedBy = more, PartialJoins = parts };
                continue;
            }
            var match = Statement.Match(sentence);
            if (!match.Success)
            {
                continue;
            }
            var subjects = JusticeNames.ParseList(match.Groups["subject"].Value, chief);
            if (subjects.Count == 0)
            {
                continue;
            }
            var verb = WhiteSpaceRun().Replace(match.Groups["verb"].Value.ToLowerInvariant(), " ");
            var rest = match.Groups["rest"].Value;
            switch (verb)
            {
                case "took no part":
                    absent.AddRange(subjects);
                    continue;
                case "joined":
                    AddJoinerToMain(entries, subjects, rest);
                    continue;
                case "concurred" or "dissented":
                    continue; // no opinion filed
            }
            var kindPhrase = verb + " " + CutAtJoinClause(rest);
            var classified = OpinionKindClassifier.Classify(kindPhrase, out var inJudgment);
            if (classified is null && !OpinionWord().IsMatch(kindPhrase))
            {
                // "Louis Frost filed a brief for petitioner", "Respondent filed a suit": no opinion (634 such
                // entries in the corpus's line-up paragraphs, none of them a justice's)
                continue;
            }
            var kind = classified ?? OpinionKind.Concurrence;
            var joined = new List<string>();
            var partial = new List<PartialJoin>();
            ParseJoins(rest, chief, joined, partial);
            var separate = verb == "filed" && SeparateOpinions().IsMatch(rest);
            if (separate)
            {
                // "BRENNAN, J., and STEVENS, J., filed dissenting opinions, in which MARSHALL and BLACKMUN, JJ., joined":
                // each opinion has those joiners
                foreach (var author in subjects)
                {
                    entries.Add(new LineupEntry(author, kind, inJudgment, joined.Where(j => j != author).ToList(),
                        partial.Where(p => p.Justice != author).ToList()));
                }
                continue;
            }
            joined.InsertRange(0, subjects.Skip(1).Where(s => !joined.Contains(s)));
            joined.Remove(subjects[0]);
            entries.Add(new LineupEntry(subjects[0], kind, inJudgment, joined, partial));
        }
        return new Lineup(entries, absent.Distinct().ToList());
    }

    /// <summary>Reads "in which A and B, JJ., joined", "in which C, J., joined as to Parts I and II" and
    /// "in all but Part III of which D joined" clauses into full and partial joiners.</summary>
    public static void ParseJoins(string text, string? chief, List<string> joined, List<PartialJoin> partial)
    {
        foreach (Match match in OfWhich.Matches(text))
        {
            var parts = match.Groups["parts"].Value.Trim();
            foreach (var name in JusticeNames.ParseList(match.Groups["names"].Value, chief))
            {
                partial.Add(new PartialJoin(name, parts));
            }
        }
        foreach (Match match in InWhich.Matches(text))
        {
            var tail = match.Groups["tail"].Value.Trim().TrimEnd(',', '.', ' ');
            tail = AsTo().Replace(tail, "");
            foreach (var name in JusticeNames.ParseList(match.Groups["names"].Value, chief))
            {
                if (tail.Length > 0)
                {
                    partial.Add(new PartialJoin(name, tail));
                }
                else if (!joined.Contains(name))
                {
                    joined.Add(name);
                }
            }
        }
    }

    private static void AddJoinerToMain(List<LineupEntry> entries, List<string> subjects, string rest)
    {
        // "ROBERTS, C. J., and THOMAS, J., joined the opinion in full, and SCALIA, J., joined except for Part II."
        var next = AndJoined().Match(rest);
        if (next.Success)
        {
            rest = rest[..next.Index];
            AddJoinerToMain(entries, subjects, rest);
            var others = JusticeNames.ParseList(next.Groups["subject"].Value, null);
            if (others.Count > 0)
            {
                AddJoinerToMain(entries, others, next.Groups["rest"].Value);
            }
            return;
        }
        var index = entries.FindIndex(e => e.Kind is OpinionKind.Majority or OpinionKind.Plurality);
        if (index < 0)
        {
            return;
        }
        var main = entries[index];
        var partMatch = PartsPhrase().Match(rest);
        if (partMatch.Success)
        {
            entries[index] = main with { PartialJoins = [.. main.PartialJoins, .. subjects.Select(s => new PartialJoin(s, partMatch.Value.Trim()))] };
        }
        else
        {
            entries[index] = main with { JoinedBy = [.. main.JoinedBy, .. subjects.Where(s => !main.JoinedBy.Contains(s))] };
        }
    }

    private static string CutAtJoinClause(string rest)
    {
        var cut = InWhichCut().Match(rest);
        return cut.Success ? rest[..cut.Index] : rest;
    }

    private static string Clean(string paragraph)
    {
        var text = PageMarker.Replace(paragraph, " ");
        // normalized text has nothing but ",post," between two statements; not so inside a list of authors
        // ("scalia,post,and kennedy,post,filed opinions concurring in the judgment")
        text = NormalizedPostInList().Replace(text, ",");
        text = NormalizedPost().Replace(text, ".");
        text = PostReference.Replace(text, "");
        return WhiteSpaceRun().Replace(text, " ").Trim();
    }

    /// <summary>Splits at periods that end a statement, not at "C. J.", "JJ.," or "Mr.".</summary>
    internal static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ';')
            {
                yield return text[start..(i + 1)].Trim();
                start = i + 1;
                continue;
            }
            if (text[i] != '.')
            {
                continue;
            }
            var j = i + 1;
            while (j < text.Length && text[j] == ' ')
            {
                j++;
            }
            if (j < text.Length && !char.IsLetter(text[j]) && text[j] != '[')
            {
                continue;
            }
            var k = i - 1;
            while (k >= start && char.IsLetter(text[k]))
            {
                k--;
            }
            var word = text.Substring(k + 1, i - k - 1).ToLowerInvariant();
            if (word.Length == 1 && !(k >= 0 && text[k] == '-') && !EndsPartList(text, k + 1) || word is "jj" or "mr" or "mrs" or "pp" or "no" or "nos" or "al" or "ct")
            {
                continue;
            }
            yield return text[start..(i + 1)].Trim();
            start = i + 1;
        }
        if (start < text.Length && text[start..].Trim().Length > 0)
        {
            yield return text[start..].Trim();
        }
    }

    // "joined as to Part I. MARSHALL, J., filed ...": a Roman numeral after "Part" ends the statement; "C. J." does not
    private static bool EndsPartList(string text, int wordStart)
    {
        var from = Math.Max(0, wordStart - 60);
        return text[wordStart] is 'I' or 'V' or 'X' or 'i' or 'v' or 'x'
            && TrailingParts().IsMatch(text[from..wordStart]);
    }

    [GeneratedRegex(@"\b(?:opinions?|statements?|memorandum)\b", Options)]
    private static partial Regex OpinionWord();

    [GeneratedRegex(@"\bjustice\b", Options)]
    private static partial Regex JusticeWord();

    [GeneratedRegex(@"\b(?:concluding|concluded|holding|reasoning)\b", Options)]
    private static partial Regex SummaryWord();

    [GeneratedRegex(@"^(?:and\s+)?in\s+(?:which|all\s+but|parts?|sections?)\b", Options)]
    private static partial Regex ContinuedStatement();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRun();

    [GeneratedRegex(@"^\s*(?:separate\s+)?(?:\w+\s+){0,2}(?:opinions|statements)\b", Options)]
    private static partial Regex SeparateOpinions();

    [GeneratedRegex(@"^as\s+to\s+", Options)]
    private static partial Regex AsTo();

    [GeneratedRegex(@",\s*and\s+(?<subject>[^,;]{2,40}(?:,\s*(?:C\.\s*)?J\.,?)?)\s*,?\s*joined\b(?<rest>.*)$", Options | RegexOptions.Singleline)]
    private static partial Regex AndJoined();

    [GeneratedRegex(@"\b(?:(?:all\s+but|except(?:\s+(?:for|as\s+to))?)\s+)?parts?\s+[^,;.]{1,60}(?:\.[^\s,;.][^,;.]{0,20})*", Options)]
    private static partial Regex PartsPhrase();

    [GeneratedRegex(@",?\s*\bin\s+(?:which\b|all\s+but\b|parts?\s+[ivx\d][^,;]{0,40}?\s+of\s+which\b)", Options)]
    private static partial Regex InWhichCut();

    [GeneratedRegex(@"(?:,|\s)\s*post\s*,(?!\s*(?:pp?\.|at)\s*\d)", Options)]
    private static partial Regex NormalizedPost();

    [GeneratedRegex(@",\s*post\s*,(?=\s*(?:and|filed|joined)\b)", Options)]
    private static partial Regex NormalizedPostInList();

    [GeneratedRegex(@"\bparts?\s+(?:[ivx\d\-]+[a-z]?\s*(?:,|and|\s)\s*)*$", Options)]
    private static partial Regex TrailingParts();
}
