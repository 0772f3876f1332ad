using System.Buffers;

namespace PrecedentGraph.Treatment;

/// <summary>Reads the second kind of statement <see cref="NotACaseFinder"/> answers: the present case said to be unlike a
/// class of cases that a clause describes ("This case is quite unlike others in which we have held unconstitutional state
/// laws ... . See, e.g., X; Y; Z.", "The case before us differs from one in which the governmental character of the action
/// ... . See, e.g., X.", "The instant case is not one where the parties have not briefed ... . See ...; Y."). The cases in
/// the citation sentence after it are examples of that class, set apart. The subject must be the present case ("this
/// case", "the present case", "the instant case", "the case before us", "the case at bar") and the class a pronoun or a
/// plural noun followed by a relative clause ("in which", "where", "involving"). Corpus (2,479 FindLaw decisions, future
/// held-out files skipped): 7 such statements followed by a citation sentence; 6 set the cases cited apart (the other:
/// "this case is not one that by its nature falls within the ... exception. See X", X being the source of the exception:
/// "not one that" is left out).</summary>
internal static class UnlikeStatementReader
{
    /// <summary>How many words from the head of the sentence the present case may stand.</summary>
    private const int SubjectReach = 6;

    /// <summary>How many words may stand between the subject and the comparison ("is quite", "is thus").</summary>
    private const int ComparisonReach = 4;

    /// <summary>How many words may stand between the class and its relative clause ("other cases in which").</summary>
    private const int RelativeReach = 3;

    private static readonly IReadOnlyList<IReadOnlyList<string>> Subjects = WordSequence.Phrases(
        ["this case", "the present case", "the instant case", "the case before us", "the case at bar"]);

    private static readonly IReadOnlyList<IReadOnlyList<string>> Comparisons = WordSequence.Phrases(
        ["unlike", "differs from", "different from", "distinguishable from", "not one"]);

    private static readonly HashSet<string> Classes = new(["those", "others", "one", "cases", "situations", "instances", "decisions", "other", "the", "a", "case", "situation"], StringComparer.Ordinal);

    private static readonly IReadOnlyList<IReadOnlyList<string>> Relatives = WordSequence.Phrases(["in which", "where", "involving", "when"]);

    /// <summary>Whether a stretch of text may hold a statement (lowercase in both text forms, but for a sentence's
    /// opening "Unlike").</summary>
    public static bool MayState(ReadOnlySpan<char> text) =>
        text.ContainsAny(StateKeys) && (text.IndexOf("nlike ", StringComparison.Ordinal) >= 0
        || text.IndexOf(" case", StringComparison.Ordinal) >= 0
        && (text.IndexOf("unlike ", StringComparison.Ordinal) >= 0 || text.IndexOf("differ", StringComparison.Ordinal) >= 0
            || text.IndexOf("distinguishable from", StringComparison.Ordinal) >= 0 || text.IndexOf("not one ", StringComparison.Ordinal) >= 0));

    /// <summary>Every form of <see cref="MayState"/> holds one of these: searched for both at once (one vectorized pass
    /// rejects most paragraphs, where the searches one by one read them twice or more).</summary>
    private static readonly SearchValues<string> StateKeys = SearchValues.Create(["nlike ", " case"], StringComparison.Ordinal);

    /// <summary>How many words may stand between an opening "Unlike" and the plural noun naming the cases.</summary>
    private const int OpeningReach = 6;

    private static readonly HashSet<string> CaseNouns = new(["cases", "decisions", "precedents"], StringComparer.Ordinal);

    /// <summary>Words that make the noun part of another phrase ("unlike the other petitioners in these cases").</summary>
    private static readonly HashSet<string> Breaks = new(["in", "to", "for", "by", "with", "from", "on", "at"], StringComparer.Ordinal);

    /// <summary>The comparison of a sentence setting the present case apart from a described class of cases, or null.
    /// Also a sentence opening with "Unlike" and a plural noun for cases ("Unlike some of our earlier retroactivity
    /// decisions, we are not here concerned with ... . X; Y."): the cases in the citation sentence after it are that class.
    /// Corpus (FindLaw, held-out files skipped): 11 sentences open "Unlike ... cases/decisions/precedents"; 2 are followed
    /// by a citation sentence, and both set those cases apart.</summary>
    internal static string? Find(WordSequence words)
    {
        if (words.Count > 1 && words.Words[0].Text == "unlike")
        {
            for (var j = 1; j < Math.Min(words.Count, 1 + OpeningReach); j++)
            {
                if (Breaks.Contains(words.Words[j].Text))
                {
                    return null;
                }
                if (CaseNouns.Contains(words.Words[j].Text))
                {
                    return "unlike " + words.Words[j].Text;
                }
            }
            return null;
        }
        for (var i = 0; i < Math.Min(SubjectReach, words.Count); i++)
        {
            var subject = Subjects.FirstOrDefault(p => words.MatchesAt(p, i));
            if (subject is null)
            {
                continue;
            }
            var from = i + subject.Count;
            for (var j = from; j < Math.Min(words.Count, from + ComparisonReach); j++)
            {
                var comparison = Comparisons.FirstOrDefault(p => words.MatchesAt(p, j));
                if (comparison is null)
                {
                    continue;
                }
                var after = j + comparison.Count;
                if (after >= words.Count || !Classes.Contains(words.Words[after].Text))
                {
                    return null;
                }
                for (var k = after + 1; k < Math.Min(words.Count, after + 1 + RelativeReach); k++)
                {
                    if (Relatives.Any(p => words.MatchesAt(p, k)))
                    {
                        return string.Join(' ', comparison) + " " + words.Words[after].Text;
                    }
                }
                return null;
            }
            return null;
        }
        return null;
    }
}
