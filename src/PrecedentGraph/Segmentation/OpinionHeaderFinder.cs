using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Segmentation;

/// <summary>Recognizes the paragraph that opens an opinion, by its syntax: a title and a name followed by
/// "delivered the opinion of the Court", ", with whom ... joins, dissenting." or ", concurring."; "PER CURIAM.";
/// a bare "Mr. Justice STONE."; or a slip opinion's running head ("Kennedy, J., dissenting"). Both text forms.</summary>
internal static partial class OpinionHeaderFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>A justice's surname as headers and statements write it ("O'Connor", "van Devanter").</summary>
    internal const string Name = @"(?:(?:van|de|[od])\s+)?\p{L}[\p{L}'\u2019\-]*";

    private const string Title = @"(?:(?:mr\.?\s*)?(?:ch(?:ie|ei)f\s+)?justice\s+" + Name + @"|the\s+chief\s+justice)";

    [GeneratedRegex(@"^" + Title + @"(?:\s*,\s*(?:and\s+)?" + Title + @"|\s+and\s+" + Title + ")*", Options)]
    private static partial Regex SubjectPattern();

    private static readonly Regex Subject = SubjectPattern();

    [GeneratedRegex(@"^opinion\s+of\s+the\s+court\s+by\s+(?<subject>" + Title + @"(?:\s*,\s*(?:and\s+)?" + Title + @"|\s+and\s+" + Title + @")*)(?:\s*,?\s*announced\b.*)?$",
        Options)]
    private static partial Regex CourtByPattern();

    private static readonly Regex CourtBy = CourtByPattern();

    [GeneratedRegex(@"\b(?:concluding|concluded|holding|held|reasoning|finding|explaining|agreeing)\b", Options)]
    private static partial Regex SummaryPattern();

    private static readonly Regex Summary = SummaryPattern();

    [GeneratedRegex(@"^\s*,?\s*(?:(?:after|having)\s+[^.]{0,120}?,\s*)?(?<verb>delivered|announced)\b(?<rest>.*)$", Options | RegexOptions.Singleline)]
    private static partial Regex DeliveredPattern();

    private static readonly Regex Delivered = DeliveredPattern();

    // the words a kind phrase is made of: "concurring in part and dissenting in part", "concurring in the judgment"
    private const string KindPhrase =
        @"(?:concurring|dissenting)(?:[\s,]+(?:in|the|judgment|judgments|result|part|parts|and|as|to|from|of|with|respect|concurring|dissenting|no\.?|nos\.?|[ivx]+|\d+))*";

    [GeneratedRegex(@"^\s*(?:(?:,\s*(?:with\s+)?whom\s+|\s+with\s+whom\s+)(?<with>.{1,300}?)(?:\s*,\s*(?<kind>" + KindPhrase + @")|\s*)|,\s*joined\s+by\s+(?<with>.{1,300}?)\s*,\s*(?<kind>" + KindPhrase + @")|,\s*(?<kind>" + KindPhrase + @"))\s*$",
        Options | RegexOptions.Singleline)]
    private static partial Regex SeparatePattern();

    private static readonly Regex Separate = SeparatePattern();

    [GeneratedRegex(@"^\s*,\s*with\s+whom\s+(?<with>(?:(?:the\s+chief\s+justice|justice\s+[\p{L}'\u2019\-]+)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?=join))?)*)(?:joins?\s*)?,\s+(?:(?<kind>" + KindPhrase + @")\s*[.,]\s+)?(?=(?-i:[\p{Lu}""\u201C\[]))(?!(?:concurring|dissenting|justice|the\s+chief|chief\s+justice|mr\.)\b).{40}",
        Options | RegexOptions.Singleline)]
    private static partial Regex FusedPattern();

    private static readonly Regex Fused = FusedPattern();

    [GeneratedRegex(@"^(?<of>opinion\s+of\s+)?(?<name>" + Name + @")\s*(?:,\s*(?<title>c\.\s*j\.?|j\.?))?\s*(?:,\s*\(?(?<kind>(?:concurring|dissenting|concurs|dissents)[\p{L}\s,]{0,80})\.?\)?)?\s*,?$",
        Options)]
    private static partial Regex RunningPattern();

    private static readonly Regex Running = RunningPattern();

    [GeneratedRegex(@"\[\s*\d+\s+U\.\s?S\.[^\]]{0,30}\]", Options)]
    private static partial Regex PageMarkerPattern();

    private static readonly Regex PageMarker = PageMarkerPattern();

    [GeneratedRegex(@"\b(?:join|joins|joined|concur|concurs|concurred|agree|agrees|agreed)\b(?<tail>\s+(?:as\s+to|except\s+as\s+to|except\s+for|except|in)\s+[^,]{1,80}?(?=\s*,|\s+and\b|$))?",
        Options)]
    private static partial Regex JoinVerbPattern();

    private static readonly Regex JoinVerb = JoinVerbPattern();

    [GeneratedRegex(@"^\s*,?\s*(?:and\s*,?\s*)?as\s+to\s+(?<parts>[^,]{1,80}),", Options)]
    private static partial Regex LeadingPartsPattern();

    private static readonly Regex LeadingParts = LeadingPartsPattern();

    private const int MaxLength = 4000;

    // '*' is a footnote call after the header ("MR. JUSTICE DOUGLAS, dissenting. *": 62 headers of the corpus)
    private static readonly char[] TrailingMarks = ['.', ':', ';', ' ', ',', '*'];

    /// <summary>The header this paragraph is, or null. <paramref name="chief"/> names "THE CHIEF JUSTICE" where known.</summary>
    public static OpinionHeader? Parse(string paragraph, string? chief)
    {
        if (paragraph.Length > MaxLength)
        {
            paragraph = paragraph[..MaxLength];
        }
        var marked = PageMarker.Replace(paragraph, " ");
        if (HeaderLineReader.CannotBeHeader(marked))
        {
            return null;
        }
        var text = HeaderLineReader.CollapseWhiteSpace(marked).Trim();
        var line = text.TrimEnd(TrailingMarks);
        if (line.Length == 0)
        {
            return null;
        }
        if (line.Length <= 40 && PerCuriam().IsMatch(line))
        {
            return new OpinionHeader(HeaderStrength.Full, null, false, OpinionKind.PerCuriam, false, [], [], false);
        }
        var byline = CourtBy.Match(line);
        if (byline.Success)
        {
            // "Opinion of the Court by MR. JUSTICE DOUGLAS, announced by MR. JUSTICE BRENNAN."
            var names = JusticeNames.ParseList(byline.Groups["subject"].Value, chief);
            var isChief = ChiefTitle().IsMatch(byline.Groups["subject"].Value);
            var first = isChief ? chief : names.FirstOrDefault();
            return new OpinionHeader(HeaderStrength.Full, first, isChief, OpinionKind.Majority, false,
                Without(names, first), [], names.Count > 1);
        }
        var subject = Subject.Match(line);
        if (subject.Success)
        {
            return ParseTitled(text, line, subject.Value, line[subject.Length..], chief);
        }
        return line.Length <= HeaderLineReader.RunningHeadLength ? ParseRunning(line) : null;
    }

    private static OpinionHeader? ParseTitled(string text, string line, string subjectText, string remainder, string? chief)
    {
        var isChief = OnlyChiefTitle().IsMatch(subjectText);
        var subjects = JusticeNames.ParseList(subjectText, chief);
        var author = subjects.Count > 0 ? subjects[0] : null;
        if (author is null && !isChief)
        {
            return null;
        }
        var delivered = Delivered.Match(remainder);
        if (delivered.Success && subjects.Count <= 1)
        {
            var rest = delivered.Groups["rest"].Value;
            // a long paragraph opens with its header only when the header ends at "the Court." / "the court:"
            if (text.Length > 700 && !OpinionOfTheCourt().IsMatch(rest))
            {
                return null;
            }
            // the syllabus sums up: "Justice Stevens delivered the opinion of the Court in part, concluding that ..."
            var period = rest.IndexOfAny(['.', ':']);
            if (Summary.IsMatch(period >= 0 ? rest[..period] : rest))
            {
                return null;
            }
            var cut = InWhich().Match(rest);
            var kind = OpinionKindClassifier.Classify(delivered.Groups["verb"].Value + (cut.Success ? rest[..cut.Index] : rest), out _);
            if (kind is null)
            {
                return null;
            }
            var joined = new List<string>();
            var partial = new List<PartialJoin>();
            LineupFinder.ParseJoins(rest, chief, joined, partial);
            if (OpinionJoinedBy().Match(rest) is { Success: true } joinedBy && joined.Count + partial.Count == 0)
            {
                // "announced the judgment of the Court in an opinion joined by THE CHIEF JUSTICE, MR. JUSTICE DOUGLAS, and ..."
                joined.AddRange(JusticeNames.ParseList(joinedBy.Groups["names"].Value, chief));
            }
            return new OpinionHeader(HeaderStrength.Full, author, isChief, kind, false, Without(joined, author), partial, joined.Count + partial.Count > 0);
        }
        if (Fused.Match(remainder) is { Success: true } fused && subjects.Count == 1)
        {
            // the later layout's header run into the body, its kind lost: "Justice Stevens , with whom Justice Breyer
            // joins, These cases arose ..." (12 in the corpus). The joiners may be cut too: the line-up's win. The body
            // never opens with a joiner's name: "with whom THE CHIEF JUSTICE, JUSTICE BLACKMUN, and ..." is a whole header.
            var fusedJoiners = new List<string>();
            var fusedPartials = new List<PartialJoin>();
            ParseWithWhom(fused.Groups["with"].Value, chief, fusedJoiners, fusedPartials);
            // or kept: "Justice Kennedy, with whom The Chief Justice, Justice Scalia , and Justice thomas join, dissenting.      The Court has held ..."
            var fusedInJudgment = false;
            var fusedKind = fused.Groups["kind"].Success ? OpinionKindClassifier.Classify(fused.Groups["kind"].Value, out fusedInJudgment) : null;
            return new OpinionHeader(HeaderStrength.Full, author, isChief, fusedKind, fusedInJudgment, Without(fusedJoiners, author), fusedPartials, false);
        }
        if (line.Length > 400)
        {
            return null;
        }
        if (remainder.Trim().Length == 0)
        {
            return subjects.Count <= 1 && line.Length <= 60
                ? new OpinionHeader(HeaderStrength.Bare, author, isChief, null, false, [], [], false)
                : null;
        }
        var separate = Separate.Match(remainder);
        if (!separate.Success)
        {
            return null;
        }
        var kindText = separate.Groups["kind"].Value;
        OpinionKind? separateKind = null;
        var inJudgment = false;
        if (kindText.Length > 0)
        {
            separateKind = OpinionKindClassifier.Classify(kindText, out inJudgment);
        }
        var joiners = new List<string>(subjects.Skip(1));
        var partials = new List<PartialJoin>();
        if (separate.Groups["with"].Success)
        {
            ParseWithWhom(separate.Groups["with"].Value, chief, joiners, partials);
        }
        return new OpinionHeader(HeaderStrength.Full, author, isChief, separateKind, inJudgment, Without(joiners, author), partials,
            joiners.Count + partials.Count > 0 || separate.Groups["with"].Success)
        {
            JoinerChiefUnknown = chief is null && separate.Groups["with"].Success && ChiefMention().IsMatch(separate.Groups["with"].Value),
        };
    }

    private static OpinionHeader? ParseRunning(string line)
    {
        // the old layout's "MATTHEWS, J." once normalized is the bare surname on its own line
        if (line.Length <= 20 && BareName().IsMatch(line) && JusticeNames.IsKnown(line)
            && JusticeNames.Normalize(line) is { } bare)
        {
            return new OpinionHeader(HeaderStrength.Bare, bare, false, null, false, [], [], false);
        }
        var match = Running.Match(line);
        if (!match.Success)
        {
            return null;
        }
        var hasTitle = match.Groups["title"].Success;
        var hasKind = match.Groups["kind"].Success;
        if (!hasTitle && !hasKind && !match.Groups["of"].Success)
        {
            return null;
        }
        var rawName = match.Groups["name"].Value;
        var known = JusticeNames.IsKnown(rawName);
        // without the vocabulary, only a capitalized name followed by "J." counts
        if (!known && !(hasTitle && char.IsUpper(rawName[0])))
        {
            return null;
        }
        var name = JusticeNames.Normalize(rawName);
        if (name is null)
        {
            return null;
        }
        OpinionKind? kind = null;
        var inJudgment = false;
        if (hasKind)
        {
            kind = OpinionKindClassifier.Classify(match.Groups["kind"].Value, out inJudgment);
        }
        var strength = hasKind || match.Groups["of"].Success ? HeaderStrength.Running : HeaderStrength.Bare;
        return new OpinionHeader(strength, name, false, kind, inJudgment, [], [], false);
    }

    /// <summary>"JUSTICE MARSHALL and JUSTICE BLACKMUN join", "THE CHIEF JUSTICE joins, and with whom JUSTICE ALITO
    /// joins as to Part I", "MR. JUSTICE BLACK concurs".</summary>
    private static void ParseWithWhom(string clause, string? chief, List<string> joined, List<PartialJoin> partial)
    {
        // each "... joins" ends a group: "JUSTICE MARSHALL joins and, as to Parts I-B and I-C, JUSTICE BRENNAN joins"
        var from = 0;
        foreach (Match verb in JoinVerb.Matches(clause))
        {
            var names = clause[from..verb.Index];
            from = verb.Index + verb.Length;
            var parts = verb.Groups["tail"].Value.Trim().TrimEnd(',', '.', ' ');
            parts = AsTo().Replace(parts, "");
            var leading = LeadingParts.Match(names);
            if (leading.Success)
            {
                parts = leading.Groups["parts"].Value.Trim();
                names = names[leading.Length..];
            }
            names = LeadingWithWhom().Replace(names, "");
            // "with whom MR. JUSTICE REHNQUIST as to Parts I and II joins": the parts stand between the names and the verb.
            var trailing = TrailingParts().Match(names);
            if (trailing.Success)
            {
                parts = trailing.Groups["parts"].Value.Trim();
                names = names[..trailing.Index];
            }
            var isPartial = PartWord().IsMatch(parts);
            foreach (var name in JusticeNames.ParseList(names, chief))
            {
                if (isPartial)
                {
                    partial.Add(new PartialJoin(name, parts));
                }
                else if (!joined.Contains(name))
                {
                    joined.Add(name);
                }
            }
        }
        if (from == 0)
        {
            joined.AddRange(JusticeNames.ParseList(clause, chief).Where(n => !joined.Contains(n)));
        }
    }

    private static List<string> Without(List<string> names, string? author) =>
        author is null ? names : names.Where(n => JusticeNames.Letters(n) != JusticeNames.Letters(author)).ToList();

    [GeneratedRegex(@"^per\s+curiam\b", Options)]
    private static partial Regex PerCuriam();

    [GeneratedRegex(@"^the\s+chief\s+justice\b", Options)]
    private static partial Regex ChiefTitle();

    [GeneratedRegex(@"^the\s+chief\s+justice\s*$", Options)]
    private static partial Regex OnlyChiefTitle();

    [GeneratedRegex(@"\bchief\s+justice\b", Options)]
    private static partial Regex ChiefMention();

    [GeneratedRegex(@"^\s*the\s+opinion\s+of\s+the\s+court\s*[.:,]", Options)]
    private static partial Regex OpinionOfTheCourt();

    [GeneratedRegex(@",?\s*\b(?:in\s+which|joined\s+by)\b", Options)]
    private static partial Regex InWhich();

    [GeneratedRegex(@"\bopinion\s*,?\s*joined\s+by\s+(?<names>.{1,300})$", Options | RegexOptions.Singleline)]
    private static partial Regex OpinionJoinedBy();

    [GeneratedRegex(@"^[a-z]+(?:\s[a-z]+)?$")]
    private static partial Regex BareName();

    [GeneratedRegex(@"^as\s+to\s+", Options)]
    private static partial Regex AsTo();

    [GeneratedRegex(@"^\s*,?\s*(?:and\s*,?\s*)?(?:with\s+)?(?:whom\s+)?", Options)]
    private static partial Regex LeadingWithWhom();

    [GeneratedRegex(@"\b(?:parts?|sections?|footnote)\b", Options)]
    private static partial Regex PartWord();

    [GeneratedRegex(@"\s+as\s+to\s+(?<parts>(?:parts?|sections?|footnote)\b[^,]{0,80})\s*$", Options)]
    private static partial Regex TrailingParts();
}
