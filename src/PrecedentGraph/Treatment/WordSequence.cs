using System.Text;
using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>A stretch of text as canonical words, so that one cue matches raw text ("See, e. g., Smith v.
/// Jones") and normalized text ("see,smith jones"): letters are lowercased, digits, quotes and other
/// marks separate words, a possessive "'s" is dropped and other apostrophes are skipped ("O'Connor" is
/// "oconnor").</summary>
internal sealed class WordSequence
{
    private WordSequence(IReadOnlyList<Word> words)
    {
        Words = words;
    }

    // Ranges shorter than this are scanned; longer ones look up the positions of the phrase's first word.
    private const int IndexedRange = 8;

    private Dictionary<string, List<int>>? positions;

    public IReadOnlyList<Word> Words { get; }

    public int Count => Words.Count;

    public static WordSequence Of(string text, TextSpan span)
    {
        var words = new List<Word>();
        var builder = new StringBuilder();
        var start = -1;
        var afterBreak = true;
        var end = Math.Min(span.End, text.Length);
        for (var i = Math.Max(0, span.Start); i <= end; i++)
        {
            var c = i < end ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                if (start < 0)
                {
                    start = i;
                }
                builder.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (c is '\'' or '\u2019' && start >= 0 && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                // "court's" -> "court"; "o'connor" -> "oconnor"
                var possessive = (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2]));
                if (possessive)
                {
                    i++;
                }
                continue;
            }
            if (start >= 0)
            {
                words.Add(new Word(builder.ToString(), start, i, afterBreak));
                builder.Clear();
                start = -1;
                afterBreak = false;
            }
            if (c is '.' or ';' or ':' or ',' or '(' or ')' or '[' or ']' or '\n' or '\r' or '"' or '\u201c' or '\u201d')
            {
                afterBreak = true;
            }
        }
        return new WordSequence(words);
    }

    /// <summary>Phrases of a word list of <see cref="TreatmentCueTable"/>, split into words.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Phrases(IEnumerable<string> phrases) =>
        phrases.Select(p => (IReadOnlyList<string>)p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

    /// <summary>Index of the first word starting at or after <paramref name="position"/> (Count if none).</summary>
    public int IndexAt(int position)
    {
        var low = 0;
        var high = Words.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Words[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>Whether <paramref name="phrase"/> stands at word <paramref name="index"/>.</summary>
    public bool MatchesAt(IReadOnlyList<string> phrase, int index)
    {
        if (index < 0 || index + phrase.Count > Words.Count)
        {
            return false;
        }
        for (var k = 0; k < phrase.Count; k++)
        {
            if (!string.Equals(Words[index + k].Text, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The first start index at or after <paramref name="from"/> of <paramref name="phrase"/> lying
    /// wholly within words [from, to), or -1. Long ranges go through an index of each word's positions.</summary>
    public int NextMatch(IReadOnlyList<string> phrase, int from, int to)
    {
        from = Math.Max(0, from);
        var limit = Math.Min(to, Words.Count) - phrase.Count;
        if (phrase.Count == 0 || limit - from < IndexedRange)
        {
            for (var i = from; i <= limit; i++)
            {
                if (MatchesAt(phrase, i))
                {
                    return i;
                }
            }
            return -1;
        }
        positions ??= IndexPositions();
        if (!positions.TryGetValue(phrase[0], out var starts))
        {
            return -1;
        }
        var k = starts.BinarySearch(from);
        for (k = k < 0 ? ~k : k; k < starts.Count && starts[k] <= limit; k++)
        {
            if (MatchesAt(phrase, starts[k]))
            {
                return starts[k];
            }
        }
        return -1;
    }

    private Dictionary<string, List<int>> IndexPositions()
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Words.Count; i++)
        {
            if (!index.TryGetValue(Words[i].Text, out var list))
            {
                list = [];
                index[Words[i].Text] = list;
            }
            list.Add(i);
        }
        return index;
    }

    /// <summary>Start indexes of <paramref name="phrase"/> within words [from, to).</summary>
    public IEnumerable<int> Find(IReadOnlyList<string> phrase, int from, int to)
    {
        for (var i = Math.Max(0, from); i + phrase.Count <= Math.Min(to, Words.Count); i++)
        {
            if (MatchesAt(phrase, i))
            {
                yield return i;
            }
        }
    }
}
