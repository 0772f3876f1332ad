using System.Buffers;
using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Telling which opinion a reference names: today's Court or another, a justice by name, the opinion
/// before or after, and the sentence window a reference is read in.</summary>
internal sealed partial class OpinionReferenceFinder
{
    /// <summary>"the Court" means today's Court: not the agent of a passive ("stated by the Court"), not told in
    /// the past ("the Court stated"), not in a sentence that cites a case by name without saying "today".</summary>
    private bool IsToday(string sentence, Match match)
    {
        var before = sentence.AsSpan(0, match.Index).TrimEnd();
        if (ArgumentCues.CourtAsAgent.IsMatch(AgentTail(before)) || ArgumentCues.CaseIntroduction.IsMatch(before.TrimStart()))
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

    /// <summary>The end of the words before "the Court" that <see cref="ArgumentCues.CourtAsAgent"/> reads: its matches
    /// end at the end of the text and are at most 14 characters long (a non-word character and "announced for"), so
    /// the last 16 characters hold every match, and the start of so long a tail is no start a match can use.</summary>
    private static ReadOnlySpan<char> AgentTail(ReadOnlySpan<char> before) => before.Length > 16 ? before[^16..] : before;

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
        for (var match = ArgumentCues.NamedJustice.Match(text); match.Success; match = match.NextMatch())
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
        for (var match = ArgumentCues.Justice.Match(sentence); match.Success; match = match.NextMatch())
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
