using System.Buffers;
using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Reads one sentence that cites no case for a cue of <see cref="SetApartCueTable"/>: a statement, a turn after
/// a contrasting opener, or a subject naming the reasoning of a line of cases (with the words of its topic). Used by
/// <see cref="SetApartFinder"/>.</summary>
internal static class SetApartSentenceReader
{
    /// <summary>How many words from the head of the sentence the subject naming the line's reasoning may stand.</summary>
    private const int SubjectReach = 3;

    private const int OpenerReach = 3;

    /// <summary>How many words after the opener the reference to the cases' reasoning may stand ("But this inherently
    /// self-interested concern ...").</summary>
    private const int ReferenceReach = 4;

    private const int TopicPrefix = 6;
    private const int TopicLength = 5;
    private const int HeadLength = 48;

    private static readonly IReadOnlyList<IReadOnlyList<string>> Statements = WordSequence.Phrases(SetApartCueTable.Statements);
    private static readonly IReadOnlyList<IReadOnlyList<string>> Turns = WordSequence.Phrases(SetApartCueTable.Turns);
    private static readonly IReadOnlyList<IReadOnlyList<string>> Contrasts = WordSequence.Phrases(SetApartCueTable.Contrasts);
    private static readonly PhraseSet StatementSet = new(Statements);
    private static readonly PhraseSet TurnSet = new(Turns);
    private static readonly PhraseSet ContrastSet = new(Contrasts);
    private static readonly HashSet<string> Openers = new(SetApartCueTable.Openers, StringComparer.Ordinal);
    private static readonly HashSet<string> References = new(SetApartCueTable.ReferenceWords, StringComparer.Ordinal);
    private static readonly HashSet<string> Conditions = new(SetApartCueTable.ConditionWords, StringComparer.Ordinal);
    private static readonly HashSet<string> Subjects = new(SetApartCueTable.TopicSubjects, StringComparer.Ordinal);
    private static readonly HashSet<string> StopWords = new(SetApartCueTable.TopicStopWords, StringComparer.Ordinal);

    /// <summary>A cue found: its phrase, and for a line of cases, the stems of its topic words.</summary>
    public sealed record Trigger(string Phrase, bool Topic, HashSet<string> TopicWords);

    /// <summary>The set-apart cue of a sentence, if any.</summary>
    public static Trigger? Find(WordSequence words)
    {
        var statement = words.Hits(StatementSet);
        if (statement.Count > 0 && !Denied(words, statement.StartsAt(0)[0]))
        {
            return new Trigger(string.Join(' ', Statements[statement.PhraseAt(0)]), false, []);
        }
        var turns = Undenied(words, words.Hits(TurnSet));
        var opener = OpenerAt(words);
        if (opener >= 0 && !(opener + 1 < words.Count && Conditions.Contains(words.Words[opener + 1].Text)))
        {
            foreach (var (k, at) in turns)
            {
                if (Enumerable.Range(opener + 1, Math.Max(0, Math.Min(at, opener + 1 + ReferenceReach) - opener - 1)).Any(i => References.Contains(words.Words[i].Text)))
                {
                    return new Trigger($"{words.Words[opener].Text} ... {string.Join(' ', Turns[k])}", false, []);
                }
            }
            var contrast = Undenied(words, words.Hits(ContrastSet));
            if (contrast.Count > 0)
            {
                return new Trigger($"{words.Words[opener].Text} ... {string.Join(' ', Contrasts[contrast[0].Phrase])}", false, []);
            }
        }
        foreach (var (k, at) in turns)
        {
            var subject = Enumerable.Range(0, Math.Min(SubjectReach + 1, at)).FirstOrDefault(i => Subjects.Contains(words.Words[i].Text), -1);
            if (subject >= 0)
            {
                var topic = Enumerable.Range(subject + 1, Math.Max(0, at - subject - 1))
                    .Select(i => words.Words[i].Text)
                    .Where(IsTopicWord)
                    .Select(Stem)
                    .ToHashSet(StringComparer.Ordinal);
                if (topic.Count > 0)
                {
                    return new Trigger($"{words.Words[subject].Text} ... {string.Join(' ', Turns[k])}", true, topic);
                }
            }
        }
        return null;
    }

    private const int DenialReach = 4;
    private static readonly HashSet<string> DenialWords = new(["not", "cannot", "cant", "never", "no", "why", "how", "whether", "if", "nor"], StringComparer.Ordinal);

    /// <summary>"I cannot see why this case is different": a word of denial or doubt just before the cue undoes it.</summary>
    private static bool Denied(WordSequence words, int at)
    {
        for (var i = Math.Max(0, at - DenialReach); i < at; i++)
        {
            if (DenialWords.Contains(words.Words[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The phrases found (index in their set, first start), those denied left out.</summary>
    private static List<(int Phrase, int At)> Undenied(WordSequence words, PhraseHits hits)
    {
        var found = new List<(int Phrase, int At)>();
        for (var k = 0; k < hits.Count; k++)
        {
            var at = hits.StartsAt(k)[0];
            if (!Denied(words, at))
            {
                found.Add((hits.PhraseAt(k), at));
            }
        }
        return found;
    }

    private static readonly IReadOnlyList<IReadOnlyList<string>> Reversals = WordSequence.Phrases(SetApartCueTable.Reversals);

    /// <summary>The reversal opening the sentence ("It is otherwise where ...", "But the situation here is different"),
    /// or null.</summary>
    public static string? ReversalAt(WordSequence words)
    {
        var from = words.Count > 0 && Openers.Contains(words.Words[0].Text) ? 1 : 0;
        foreach (var phrase in Reversals)
        {
            if (words.MatchesAt(phrase, from))
            {
                return string.Join(' ', phrase);
            }
        }
        return null;
    }

    /// <summary>Index of a contrasting word among the first words of the sentence ("But", "This, however, ..."), or -1.</summary>
    private static int OpenerAt(WordSequence words)
    {
        for (var i = 0; i < Math.Min(words.Count, OpenerReach); i++)
        {
            if (Openers.Contains(words.Words[i].Text) && (i == 0 || words.Words[i].Text == "however"))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>A cheap look at the characters before the words are read: a statement's key word anywhere, or a
    /// contrasting opener or a subject among the first characters. The keys are searched all at once, ignoring case as
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> does (a vectorized search: one key at a time, culture-style
    /// ignore-case search under invariant globalization went character by character).</summary>
    public static bool MayTrigger(string text, TextSpan sentence)
    {
        var body = text.AsSpan(sentence.Start, Math.Min(sentence.Length, text.Length - sentence.Start));
        return body.ContainsAny(StatementKeySearch) || body[..Math.Min(body.Length, HeadLength)].ContainsAny(HeadKeySearch);
    }

    internal static readonly string[] StatementKeys =
    [
        "not the case", "not so here", "not true", "not such a case", "not that case", "present here", "absent here",
        "no such concern", "no application", "not this case", "different", "otherwise",
    ];
    internal static readonly string[] HeadKeys = [.. SetApartCueTable.Openers, .. SetApartCueTable.TopicSubjects];
    private static readonly SearchValues<string> StatementKeySearch = SearchValues.Create(StatementKeys, StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> HeadKeySearch = SearchValues.Create(HeadKeys, StringComparison.OrdinalIgnoreCase);

    public static bool IsTopicWord(string word) => word.Length >= TopicLength && !StopWords.Contains(word);

    public static string Stem(string word) => word.Length > TopicPrefix ? word[..TopicPrefix] : word;
}
