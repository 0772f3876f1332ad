using PrecedentGraph.Model;

namespace PrecedentGraph.Segmentation;

/// <summary>Turns a header and the paragraphs under it into an <see cref="Opinion"/>: fills what the header leaves
/// out (joiners, the kind of a bare "Mr. Justice STONE.", the name of "THE CHIEF JUSTICE") from the line-up, and flags
/// the footnotes. Holds which line-up entries are taken; one instance per document.</summary>
internal sealed partial class OpinionBuilder(Lineup lineup, string? chief, IReadOnlyList<string> texts, IReadOnlyList<TextSpan> spans)
{
    private readonly bool[] used = new bool[lineup.Entries.Count];
    private bool hasMain;

    public Opinion Syllabus(int first, int last)
    {
        var paragraphs = new List<Paragraph>();
        for (var i = first; i <= last; i++)
        {
            paragraphs.Add(new Paragraph(i, spans[i], FootnoteFinder.IsMarker(texts[i])));
        }
        return new Opinion(0, OpinionKind.Syllabus, null, [], [], TextSpan.FromBounds(spans[first].Start, spans[last].End), paragraphs);
    }

    public Opinion Build(int index, int first, int last, OpinionHeader header, List<Diagnostic> diagnostics)
    {
        var author = header.Author;
        if (author is null && header.AuthorIsChief)
        {
            author = chief;
        }
        var entry = header.AuthorLost ? NextInOrder() : Match(author, header.Kind, header.AuthorIsChief || author is not null);
        if (header.AuthorLost)
        {
            author = entry?.Author;
        }
        if (author is null && header.AuthorIsChief)
        {
            author = entry?.Author;
        }
        var kind = header.Kind ?? entry?.Kind ?? Guess(first, last);
        var inJudgment = header.Kind is not null ? header.InJudgment : entry?.InJudgment ?? false;
        IReadOnlyList<string> joinedBy = header.JoinedBy;
        IReadOnlyList<PartialJoin> partialJoins = header.PartialJoins;
        if (!header.StatesJoiners && entry is not null)
        {
            joinedBy = entry.JoinedBy;
            partialJoins = entry.PartialJoins;
        }
        else if (entry is not null && header.JoinerChiefUnknown)
        {
            // "with whom the chief justice joins" where nothing says who the chief is: the line-up's list for this
            // opinion names him.
            joinedBy = [.. header.JoinedBy, .. entry.JoinedBy.Where(j => !header.JoinedBy.Contains(j))];
        }
        if (kind is OpinionKind.Majority or OpinionKind.Plurality or OpinionKind.PerCuriam)
        {
            hasMain = true;
        }
        if (author is null && kind != OpinionKind.PerCuriam)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "segmentation.no-author",
                $"no author found for the opinion at paragraph {first}", spans[first]));
        }
        var flags = FootnoteFinder.Flag(texts, first, last);
        var paragraphs = new List<Paragraph>(last - first + 1);
        for (var i = first; i <= last; i++)
        {
            paragraphs.Add(new Paragraph(i, spans[i], flags[i - first]));
        }
        var span = TextSpan.FromBounds(spans[first].Start, spans[last].End);
        return new Opinion(index, kind, author, joinedBy.Where(j => author is null || JusticeNames.Letters(j) != JusticeNames.Letters(author)).ToList(),
            partialJoins, span, paragraphs, inJudgment && kind == OpinionKind.Concurrence);
    }

    /// <summary>The first unused line-up entry of this author (of this kind if possible); for an unnamed chief, the first
    /// unused entry of this kind.</summary>
    private LineupEntry? Match(string? author, OpinionKind? kind, bool byAuthor)
    {
        var best = -1;
        for (var i = 0; i < used.Length; i++)
        {
            var entry = lineup.Entries[i];
            if (used[i])
            {
                continue;
            }
            var sameAuthor = author is not null && entry.Author is not null && JusticeNames.Letters(entry.Author) == JusticeNames.Letters(author);
            var sameKind = kind is null || Compatible(entry.Kind, kind.Value);
            if (sameAuthor && sameKind || author is null && byAuthor && kind is not null && entry.Kind == kind)
            {
                best = i;
                break;
            }
            if (sameAuthor && best < 0)
            {
                best = i;
            }
        }
        if (best < 0)
        {
            return null;
        }
        used[best] = true;
        return lineup.Entries[best];
    }

    /// <summary>For a header the crawl lost: the first unused line-up entry after the last one taken (entries are
    /// announced in the order the opinions follow).</summary>
    private LineupEntry? NextInOrder()
    {
        var last = Array.LastIndexOf(used, true);
        for (var i = last + 1; i < used.Length; i++)
        {
            if (!used[i])
            {
                used[i] = true;
                return lineup.Entries[i];
            }
        }
        return null;
    }

    private static bool Compatible(OpinionKind a, OpinionKind b) =>
        a == b || a is OpinionKind.Majority or OpinionKind.Plurality && b is OpinionKind.Majority or OpinionKind.Plurality;

    /// <summary>The kind of an opinion whose header gives none: the first is the Court's; later ones say in their
    /// opening words whether they concur or dissent.</summary>
    private OpinionKind Guess(int first, int last)
    {
        if (!hasMain)
        {
            return OpinionKind.Majority;
        }
        var next = first + 1 <= last ? texts[first + 1] : "";
        var opening = next.Length > 400 ? next[..400] : next;
        var kind = OpinionKindClassifier.Classify(opening, out _);
        if (kind is OpinionKind.Concurrence or OpinionKind.ConcurrenceDissent or OpinionKind.Dissent)
        {
            return kind.Value;
        }
        // "While I have joined MR. JUSTICE BRENNAN'S opinion, I add a word": a bare "MR. JUSTICE DOUGLAS." that opens by
        // joining an opinion concurs (5 bare headers in the corpus: 4 read as dissents
        // before, all concurrences; one "I join the Court's opinion in all respects but one" concurs in part)
        var period = opening.IndexOf('.', Math.Min(opening.Length, 20));
        while (period >= 2 && opening.AsSpan(period - 2, 2).Equals("mr", StringComparison.OrdinalIgnoreCase))
        {
            period = opening.IndexOf('.', period + 1);
        }
        var sentence = period < 0 ? opening : opening[..period];
        return JoinOpening().IsMatch(sentence) && !sentence.Contains("dissent", StringComparison.OrdinalIgnoreCase)
            ? OpinionKind.Concurrence
            : OpinionKind.Dissent;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bi\s+(?:have\s+)?join(?:ed)?\b(?:mr\.|[^.]){0,120}?\bopinion\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex JoinOpening();
}
