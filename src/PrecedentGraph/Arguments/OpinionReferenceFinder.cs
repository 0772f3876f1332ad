using System.Buffers;
using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Finds where an opinion points at another opinion of the same decision: "ante, at", "post, at
/// (opinion of X)", "JUSTICE X", "the dissent", and in a separate opinion "the Court" or "the majority".</summary>
internal sealed class OpinionReferenceFinder(SourceDocument document, IReadOnlyList<Opinion> opinions, PageMap pageMap, SentenceCache sentenceMap)
{
    private const int NameLookahead = 90;

    /// <summary>Every pattern of a reference holds one of these words: a sentence with none is skipped.</summary>
    private static readonly SearchValues<string> Gate = SearchValues.Create(
        ["justice", "ante", "post", "dissent", "concurr", "court", "majority", "plurality", "prevailing", "agree", "accept", "join"], StringComparison.OrdinalIgnoreCase);

    private Opinion? chief;
    private bool chiefRead;

    /// <summary>The opinion the Chief Justice wrote, told by its heading ("MR. CHIEF JUSTICE BURGER delivered the
    /// opinion of the Court", "CHIEF JUSTICE REHNQUIST, with whom ..., dissenting"), not by a joiner list.</summary>
    private Opinion? Chief()
    {
        if (!chiefRead)
        {
            chiefRead = true;
            chief = opinions.FirstOrDefault(o => o.Kind != OpinionKind.Syllabus
                && ArgumentCues.ChiefHeading.IsMatch(document.Text.AsSpan(o.Span.Start, Math.Min(80, o.Span.Length)).TrimStart().ToString()));
        }
        return chief;
    }

    /// <summary>The opinions that have named the lead opinion so far ("the Court holds ... I disagree"): from then on
    /// a dissent's paragraphs argue against it.</summary>
    private readonly HashSet<int> answering = [];

    /// <summary>The separate opinion last named by its author ("JUSTICE X states"), with the paragraph naming it.</summary>
    private (int Paragraph, int Opinion)? lastNamed;

    private readonly ContinuedArgumentFinder continuation = new(sentenceMap);

    private readonly Opinion? lead = opinions.FirstOrDefault(o => o.Kind is OpinionKind.Majority or OpinionKind.Plurality or OpinionKind.PerCuriam);

    public IReadOnlyList<OpinionReference> Find(Opinion source, Paragraph paragraph, IReadOnlyList<TextSpan> sentences)
    {
        var references = new List<OpinionReference>();
        var otherCourtBefore = false;
        var outsiderBefore = false;
        var otherOpinionBefore = false;
        var pointedElsewhere = false;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (!MayRefer(sentenceMap.Chars(sentence)))
            {
                // no pattern below can match: only the state carried to the next sentence changes
                otherCourtBefore = outsiderBefore && IsCitationOnly(sentenceMap.Text(sentence));
                outsiderBefore = false;
                continue;
            }
            var text = sentenceMap.Text(sentence);

            // A justice who wrote none of these opinions ("JUSTICE X's dissent in Y today") speaks of another
            // decision: neither the sentence nor the bare citation after it refers to an opinion here.
            if (NamesOutsider(text) || outsiderBefore && IsCitationOnly(text))
            {
                pointedElsewhere = true;
                outsiderBefore = NamesOutsider(text);
                otherCourtBefore = true;
                continue;
            }
            outsiderBefore = false;

            // a separate opinion of another court or case ("One member of the panel filed a dissent."): the
            // sentence and "the dissent" after it in the paragraph speak of that opinion
            var otherOpinion = ArgumentCues.OtherSeparateOpinionGate.MayMatch(text) && ArgumentCues.OtherSeparateOpinion.IsMatch(text);
            otherOpinionBefore |= otherOpinion;

            var found = new List<(int Target, string Cue, bool Explicit, int Position, IReadOnlyList<int> Pages, IReadOnlyList<int> Notes)>();
            var claimed = new List<(int Start, int End)>();
            var otherCourt = false;
            foreach (Match match in ArgumentCues.AntePost.Matches(text))
            {
                var ante = match.Groups["direction"].Value.Equals("ante", StringComparison.OrdinalIgnoreCase);
                var named = NamedAfter(sentence, match);
                claimed.Add((match.Index, Math.Min(text.Length, match.Index + match.Length + NameLookahead)));
                var afterStart = sentence.Start + match.Index + match.Length;
                var after = document.Text[afterStart..Math.Min(document.Text.Length, afterStart + 60)];
                var (pages, notes) = PageMap.Pinpoint(after, !match.Value.EndsWith("at", StringComparison.OrdinalIgnoreCase));
                if (pageMap.Outside(pages))
                {
                    // "ante, at 64" before this decision's first page: another case of the volume
                    otherCourt = true;
                    continue;
                }
                var target = named ?? (ante ? Earlier(source) : Later(source));
                if (target is not null && target.Index != source.Index)
                {
                    found.Add((target.Index, match.Value.ToLowerInvariant(), true, match.Index, pages, notes));
                }
            }
            foreach (Match match in ArgumentCues.Justice.Matches(text))
            {
                if (otherOpinion || claimed.Any(c => match.Index >= c.Start && match.Index < c.End))
                {
                    continue;
                }
                var target = ByAuthor(match.Groups["name"].Value);
                if (target is not null && target.Index != source.Index)
                {
                    found.Add((target.Index, match.Value.ToLowerInvariant(), true, match.Index, [], []));
                }
            }
            if (Chief() is { } chief && chief.Index != source.Index && !otherOpinion)
            {
                foreach (Match match in ArgumentCues.ChiefJustice.Matches(text))
                {
                    if (NameAfter(text, match.Index + match.Length) is { } next && ByAuthor(next) is not null)
                    {
                        // "the Chief Justice Burger": named, found above
                        continue;
                    }
                    // "I fully join THE CHIEF JUSTICE's opinion", "as well as those given by THE CHIEF JUSTICE"
                    found.Add((chief.Index, match.Value.ToLowerInvariant(), true, match.Index, [], []));
                }
            }
            foreach (Match match in ArgumentCues.Dissent.Matches(otherOpinionBefore ? "" : text))
            {
                if (ArgumentCues.InOtherCase.IsMatch(text.AsSpan(match.Index + match.Length)))
                {
                    // "I was in the dissent in Whitley": another case's dissent
                    continue;
                }
                var target = Named(text) ?? opinions.FirstOrDefault(o => o.Kind == OpinionKind.Dissent && o.Index != source.Index)
                    ?? opinions.FirstOrDefault(o => o.Kind == OpinionKind.ConcurrenceDissent && o.Index != source.Index);
                if (target is not null && target.Index != source.Index && target.Kind is OpinionKind.Dissent or OpinionKind.ConcurrenceDissent)
                {
                    found.Add((target.Index, match.Value.ToLowerInvariant(), false, match.Index, [], []));
                }
            }
            foreach (Match match in ArgumentCues.Concurrence.Matches(text))
            {
                var target = opinions.FirstOrDefault(o => o.Kind == OpinionKind.Concurrence && o.Index != source.Index);
                if (target is not null)
                {
                    found.Add((target.Index, match.Value.ToLowerInvariant(), false, match.Index, [], []));
                }
            }
            if (lead is not null && source.Index != lead.Index)
            {
                foreach (Match match in ArgumentCues.Majority.Matches(text))
                {
                    // In raw text "the Court" is this Court; "the court" is a lower court.
                    var word = match.Groups["word"].Value;
                    if (document.Form == InputForm.Raw && word == "court")
                    {
                        continue;
                    }
                    if (match.Groups["article"].Value.Equals("this", StringComparison.OrdinalIgnoreCase) && !ArgumentCues.TodayOrNow.IsMatch(text))
                    {
                        continue;
                    }
                    if (document.Form != InputForm.Raw && LowerCourtBefore(sentences, s, text, match))
                    {
                        continue;
                    }
                    if (!IsToday(text, match))
                    {
                        otherCourt = true;
                        continue;
                    }
                    found.Add((lead.Index, match.Value.ToLowerInvariant(), false, match.Index, [], []));
                }
            }

            // "I agree" with no opinion named answers the Court, unless the sentence or the one before spoke of
            // the Court in another case ("The Court today decides in X ... I agree fully that").
            if (found.Count == 0 && !otherCourt && !otherCourtBefore && !otherOpinion && lead is not null && source.Index != lead.Index
                && ArgumentCues.FirstPersonStance.Match(text) is { Success: true } stance)
            {
                // ... unless a separate opinion was just named: "JUSTICE X, in his concurring opinion, states: ...
                // I cannot agree" answers that opinion
                var answered = lastNamed is { } named && (named.Paragraph == paragraph.Index || named.Paragraph == ContinuedArgumentFinder.Previous(source, paragraph))
                    ? named.Opinion : lead.Index;
                found.Add((answered, stance.Value.ToLowerInvariant(), false, stance.Index, [], []));
            }
            if (found.Where(f => f.Explicit && f.Target != lead?.Index && f.Pages.Count == 0).Select(f => (int?)f.Target).LastOrDefault() is { } justNamed)
            {
                lastNamed = (paragraph.Index, justNamed);
            }
            otherCourtBefore = otherCourt && found.Count == 0;
            pointedElsewhere |= otherCourt || otherOpinion;

            if (found.Count == 0)
            {
                continue;
            }
            var window = Window(sentences, s);
            foreach (var group in found.GroupBy(f => f.Target).OrderBy(g => g.Min(f => f.Position)))
            {
                var best = group.OrderByDescending(f => f.Explicit).ThenBy(f => f.Position).First();
                references.Add(new OpinionReference(paragraph.Index, sentence, window, group.Key, best.Cue, best.Explicit,
                    group.SelectMany(f => f.Pages).Distinct().Order().ToList(), group.SelectMany(f => f.Notes).Distinct().Order().ToList()));
            }
        }
        if (references.Count == 0 && !pointedElsewhere && answering.Contains(source.Index) && lead is not null && continuation.Find(source, paragraph, sentences) is { } claim)
        {
            references.Add(new OpinionReference(paragraph.Index, claim, claim, lead!.Index, ArgumentLinkFinder.Implicit, false, [], []));
        }
        if (lead is not null && references.Any(r => r.Target == lead.Index && r.Cue != ArgumentLinkFinder.Implicit))
        {
            answering.Add(source.Index);
        }
        return references;
    }

    /// <summary>"the Court" means today's Court: not the agent of a passive ("stated by the Court"), not told in
    /// the past ("the Court stated"), not in a sentence that cites a case by name without saying "today".</summary>
    private bool IsToday(string sentence, Match match)
    {
        var before = sentence.AsSpan(0, match.Index).TrimEnd();
        if (ArgumentCues.CourtAsAgent.IsMatch(before) || ArgumentCues.CaseIntroduction.IsMatch(before.TrimStart()))
        {
            return false;
        }
        var after = sentence.AsSpan(match.Index + match.Length);
        // raw text capitalizes the case name: "the Court in Smith", not "the Court in two respects"
        foreach (var other in ArgumentCues.CourtInOtherCase.EnumerateMatches(after))
        {
            if (document.Form != InputForm.Raw || char.IsUpper(after[other.Index + other.Length - 1]))
            {
                return false;
            }
            // only the first match counts
            break;
        }
        if (ArgumentCues.PastCourt.IsMatch(after) && !sentence.Contains("today", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        // a case cited by name speaks of its Court, unless the sentence says today's ("the Court's decision today
        // departs from X v. Y") or takes the writer's stance on it ("I do not join the Court's extension of X v. Y")
        return !sentence.Contains(" v. ", StringComparison.Ordinal) || ArgumentCues.TodayOrNow.IsMatch(sentence)
            || ArgumentCues.FirstPersonStance.IsMatch(sentence);
    }

    /// <summary>The sentence, with the claim before a bare citation sentence and a short verdict after it.</summary>
    private TextSpan Window(IReadOnlyList<TextSpan> sentences, int index)
    {
        var start = sentences[index].Start;
        var end = sentences[index].End;
        if (index > 0 && IsCitationOnly(sentenceMap.Text(sentences[index])))
        {
            start = sentences[index - 1].Start;
        }
        if (index + 1 < sentences.Count && WordCount(sentenceMap.Chars(sentences[index + 1]), 7) <= 6)
        {
            end = sentences[index + 1].End;
        }
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Whether the sentence holds a word some reference needs (a court, a justice, an opinion, a stance).</summary>
    internal static bool MayRefer(ReadOnlySpan<char> sentence) => sentence.IndexOfAny(Gate) >= 0;

    internal static bool IsCitationOnly(string sentence) =>
        ArgumentCues.CitationSentence.IsMatch(sentence.TrimStart())
        || ArgumentCues.AntePost.Match(sentence) is { Success: true } m && m.Index <= 3;

    /// <summary>The number of words (runs of letters and digits), counted no further than <paramref name="limit"/>:
    /// callers compare with a threshold, and a paragraph need not be read to its end to pass it.</summary>
    internal static int WordCount(ReadOnlySpan<char> text, int limit = int.MaxValue)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++count >= limit)
            {
                return count;
            }
            inWord = letter;
        }
        return count;
    }

    private Opinion? NamedAfter(TextSpan sentence, Match match)
    {
        var from = sentence.Start + match.Index + match.Length;
        var to = Math.Min(document.Text.Length, from + NameLookahead);
        var after = document.Text[from..to];
        var next = ArgumentCues.AntePost.Match(after);
        if (next.Success)
        {
            after = after[..next.Index];
        }
        var newline = after.IndexOfAny(['\n', '\r']);
        if (newline >= 0)
        {
            after = after[..newline];
        }
        return Named(after);
    }

    private Opinion? Named(string text)
    {
        foreach (Match match in ArgumentCues.NamedJustice.Matches(text))
        {
            var opinion = ByAuthor(match.Groups["name"].Value);
            if (opinion is not null)
            {
                return opinion;
            }
        }
        return null;
    }

    /// <summary>Normalized text writes every court "the court": one that follows a lower court named in the same
    /// sentence or the one before, with nothing marking today's Court ("today", "ante"), is that lower court.</summary>
    private bool LowerCourtBefore(IReadOnlyList<TextSpan> sentences, int index, string text, Match match)
    {
        if (ArgumentCues.TodayOrNow.IsMatch(text) || ArgumentCues.AntePost.IsMatch(text) || !match.Groups["word"].Value.Equals("court", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var before = text[..match.Index];
        return ArgumentCues.LowerCourt.IsMatch(before) || index > 0 && ArgumentCues.LowerCourt.IsMatch(sentenceMap.Text(sentences[index - 1]));
    }

    private static string? NameAfter(string text, int at)
    {
        var match = ArgumentCues.NextWord.Match(text, at);
        return match.Success ? match.Groups["word"].Value : null;
    }

    private bool NamesOutsider(string sentence)
    {
        foreach (Match match in ArgumentCues.Justice.Matches(sentence))
        {
            if (Chief() is not null && match.Index >= 6 && sentence.AsSpan(match.Index - 6, 6).Equals("chief ", StringComparison.OrdinalIgnoreCase))
            {
                // "THE CHIEF JUSTICE's opinion" (normalized: "the chief justice opinion"): the title, not an outsider
                continue;
            }
            if (ByAuthor(match.Groups["name"].Value) is null && !ArgumentCues.NotAName.IsMatch(match.Groups["name"].Value))
            {
                return true;
            }
        }
        return false;
    }

    private Opinion? ByAuthor(string name)
    {
        var clean = name.Replace("'", "", StringComparison.Ordinal);
        return opinions.FirstOrDefault(o => o.Author is not null
            && string.Equals(o.Author.Replace("'", "", StringComparison.Ordinal), clean, StringComparison.OrdinalIgnoreCase));
    }

    private Opinion? Earlier(Opinion source) =>
        lead is not null && lead.Index < source.Index ? lead : opinions.LastOrDefault(o => o.Index < source.Index);

    private Opinion? Later(Opinion source) =>
        opinions.FirstOrDefault(o => o.Index > source.Index && o.Kind is OpinionKind.Dissent or OpinionKind.ConcurrenceDissent)
        ?? opinions.FirstOrDefault(o => o.Index > source.Index);
}
