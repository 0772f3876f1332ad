using System.Buffers;
using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Finds where an opinion points at another opinion of the same decision: "ante, at", "post, at
/// (opinion of X)", "JUSTICE X", "the dissent", and in a separate opinion "the Court" or "the majority".</summary>
internal sealed partial class OpinionReferenceFinder(SourceDocument document, IReadOnlyList<Opinion> opinions, PageMap pageMap, SentenceCache sentenceMap)
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

    private readonly ContinuedArgumentFinder continuation = new(sentenceMap, document.Form);

    /// <summary>The references found in the sentence being read, and the stretches its "ante"/"post" pinpoints claim.</summary>
    private readonly List<(int Target, string Cue, bool Explicit, int Position, IReadOnlyList<int> Pages, IReadOnlyList<int> Notes)> foundInSentence = [];
    private readonly List<(int Start, int End)> claimedInSentence = [];

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

            // the lists are the finder's own, emptied for each sentence: most sentences find nothing
            var found = foundInSentence;
            found.Clear();
            var claimed = claimedInSentence;
            claimed.Clear();
            var otherCourt = false;
            for (var match = ArgumentCues.AntePost.Match(text); match.Success; match = match.NextMatch())
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
            for (var match = ArgumentCues.Justice.Match(text); match.Success; match = match.NextMatch())
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
                for (var match = ArgumentCues.ChiefJustice.Match(text); match.Success; match = match.NextMatch())
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
            // the justice the sentence names, read once for all its mentions of a dissent
            var namedRead = false;
            Opinion? namedInSentence = null;
            for (var match = ArgumentCues.Dissent.Match(otherOpinionBefore ? "" : text); match.Success; match = match.NextMatch())
            {
                if (ArgumentCues.InOtherCase.IsMatch(text.AsSpan(match.Index + match.Length)))
                {
                    // "I was in the dissent in Whitley": another case's dissent
                    continue;
                }
                if (!namedRead)
                {
                    namedRead = true;
                    namedInSentence = Named(text);
                }
                var target = namedInSentence ?? opinions.FirstOrDefault(o => o.Kind == OpinionKind.Dissent && o.Index != source.Index)
                    ?? opinions.FirstOrDefault(o => o.Kind == OpinionKind.ConcurrenceDissent && o.Index != source.Index);
                if (target is not null && target.Index != source.Index && target.Kind is OpinionKind.Dissent or OpinionKind.ConcurrenceDissent)
                {
                    found.Add((target.Index, match.Value.ToLowerInvariant(), false, match.Index, [], []));
                }
            }
            for (var match = ArgumentCues.Concurrence.Match(text); match.Success; match = match.NextMatch())
            {
                var target = opinions.FirstOrDefault(o => o.Kind == OpinionKind.Concurrence && o.Index != source.Index);
                if (target is not null)
                {
                    found.Add((target.Index, match.Value.ToLowerInvariant(), false, match.Index, [], []));
                }
            }
            if (lead is not null && source.Index != lead.Index)
            {
                for (var match = ArgumentCues.Majority.Match(text); match.Success; match = match.NextMatch())
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
            for (var f = found.Count - 1; f >= 0; f--)
            {
                if (found[f].Explicit && found[f].Target != lead?.Index && found[f].Pages.Count == 0)
                {
                    lastNamed = (paragraph.Index, found[f].Target);
                    break;
                }
            }
            otherCourtBefore = otherCourt && found.Count == 0;
            pointedElsewhere |= otherCourt || otherOpinion;

            if (found.Count == 0)
            {
                continue;
            }
            AddReferences(references, paragraph.Index, sentence, Window(sentences, s));
        }
        if (references.Count == 0 && !pointedElsewhere && answering.Contains(source.Index) && lead is not null && continuation.Find(source, paragraph, sentences) is { } claim)
        {
            references.Add(new OpinionReference(paragraph.Index, claim, claim, lead!.Index, ArgumentLinkFinder.Implicit, false, [], []));
        }
        if (lead is not null && references.Any(r => r.Target == lead.Index && r.Cue != ArgumentLinkFinder.Implicit))
        {
            answering.Add(source.Index);
        }
        if (lead is not null && references.Any(r => r.Target == lead.Index))
        {
            continuation.Answers(paragraph.Index);
        }
        return references;
    }
}
