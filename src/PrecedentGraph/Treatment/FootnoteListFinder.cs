using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Finds footnotes that are nothing but a list of other courts' decisions ("[ Footnote 2 ] United States v.
/// A, 561 F.2d 875 (CA8 1977); State v. B, 23 Ariz. App. 510 (1975); ..."). Such a list shows which courts have
/// held what (the text beside the footnote mark says it: a split, a trend, a count of jurisdictions); it is not
/// authority the opinion relies on, so its citations are cited. A list of this Court's own decisions is left alone:
/// it is the usual way of backing a proposition.</summary>
internal static class FootnoteListFinder
{
    /// <summary>Most letter-words that may stand between two citations of a list (subsequent history: "rev'd on
    /// other grounds", "aff'd on jurisdictional grounds only", "cert. dismissed").</summary>
    private const int MaxGapWords = 10;

    private static readonly HashSet<string> LabelWords = new(["footnote", "n", "fn"], StringComparer.Ordinal);

    /// <summary>Words that end a bare list: a signal ("See also X") or prose.</summary>
    private static readonly HashSet<string> BreakWords = new(
    [
        "see", "cf", "compare", "accord", "contra", "but", "also", "generally", "with", "citing", "quoting", "the", "that",
        "this", "we", "which", "a", "an", "is", "was", "held", "holding",
    ], StringComparer.Ordinal);

    /// <summary>Reporters of this Court's decisions, written compactly.</summary>
    private static readonly HashSet<string> OwnReporters = new(
        ["U.S.", "S.Ct.", "L.Ed.", "L.Ed.2d", "Wall.", "How.", "Wheat.", "Pet.", "Dall.", "Cranch", "Black", "Otto"], StringComparer.Ordinal);

    /// <summary>Parties that name a state court's case: the prosecutor of a state ("State v. B", "People v. C",
    /// "D v. Commonwealth"). This Court captions such cases by the State's name.</summary>
    private static readonly HashSet<string> StateParties = new(["state", "people", "commonwealth"], StringComparer.Ordinal);

    /// <summary>The span starts of the citations standing in such lists.</summary>
    /// <param name="citations">All citations of the document, in text order.</param>
    public static HashSet<int> Find(string text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<ResolvedCitation> citations)
    {
        var found = new HashSet<int>();
        var footnotes = paragraphs.Where(p => p.IsFootnote).OrderBy(p => p.Span.Start).ToList();
        var c = 0;
        foreach (var footnote in footnotes)
        {
            var span = footnote.Span;
            while (c < citations.Count && citations[c].Mention.Span.Start < span.Start)
            {
                c++;
            }
            var run = new List<ResolvedCitation>();
            var end = span.Start;
            for (var k = c; k < citations.Count && citations[k].Mention.Span.Start < span.End; k++)
            {
                var mention = citations[k].Mention.Span;
                if (mention.Start < end)
                {
                    continue;
                }
                if (run.Count == 0 ? !IsLabel(text, end, mention.Start) : !IsListGap(text, end, mention.Start))
                {
                    break;
                }
                run.Add(citations[k]);
                end = mention.End;
            }
            if (run.Count >= 2 && IsOtherCourtsList(run))
            {
                foreach (var citation in run)
                {
                    found.Add(citation.Mention.Span.Start);
                }
            }
        }
        return found;
    }

    private static bool IsOtherCourtsList(List<ResolvedCitation> run)
    {
        var keyed = run.Where(r => r.CaseKey is not null).ToList();
        if (keyed.Select(r => r.CaseKey).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return false;
        }
        var others = keyed.Count(r => IsOtherCourt(r.Mention, r.CaseKey!));
        return others * 2 >= keyed.Count;
    }

    /// <summary>A decision of another court: a court named in its parenthetical ("(CA8 1971)", "(Tex. Crim. App.
    /// 1973)"), reporters none of which is this Court's, or a State as prosecutor among its parties.</summary>
    public static bool IsOtherCourt(CaseMention mention, string caseKey)
    {
        if (!string.IsNullOrWhiteSpace(mention.Court))
        {
            return true;
        }
        if (mention.Reporters.Count > 0 && !mention.Reporters.Any(r => OwnReporters.Contains(string.Concat(r.Reporter.Where(ch => !char.IsWhiteSpace(ch))))))
        {
            return true;
        }
        var parties = caseKey.Split("-v-", StringSplitOptions.RemoveEmptyEntries);
        return parties.Length == 2 && (StateParties.Contains(parties[0]) || StateParties.Contains(parties[1]));
    }

    /// <summary>Only the footnote's label before the first citation ("[ Footnote 2 ]", "footnote").</summary>
    private static bool IsLabel(string text, int from, int to) => Words(text, from, to).All(LabelWords.Contains);

    /// <summary>Between two citations of a list: separators and a few words of subsequent history, no signal, no prose.</summary>
    private static bool IsListGap(string text, int from, int to)
    {
        var words = Words(text, from, to).ToList();
        return words.Count <= MaxGapWords && !words.Any(BreakWords.Contains);
    }

    private static IEnumerable<string> Words(string text, int from, int to)
    {
        var words = WordSequence.Of(text, TextSpan.FromBounds(from, Math.Max(from, Math.Min(to, text.Length))));
        return words.Words.Select(w => w.Text);
    }
}
