using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Who relies on a case cited in a sentence opened by a participle of reliance: the subject after the case
/// (part of the actor rule of <see cref="ReportedRelianceFinder"/>).</summary>
internal static class HeadParticipleFinder
{
    /// <summary>How many words "relying ... on" may span before the case ("Relying at least in part on this Court's decision in X").</summary>
    private const int HeadObjectReach = 12;

    /// <summary>How many words after the case the subject of the sentence may stand (other citations of the run between).</summary>
    private const int SubjectReach = 30;

    /// <summary>Finds "Relying on our decision in X, 510 U.S. 471 (1994), the District Court reasoned ...": a sentence opened by a
    /// participle of reliance whose subject comes after the case. The subject relies on the case; the writer reports it
    /// (on a corpus sample of 224 such sentences the subject was the writer, "we", twice). Words that carry on the run of
    /// citations ("and", "see", "supra") are passed over.</summary>
    public static CueMatch? Find(WordSequence words, int first, int last)
    {
        if (words.Count == 0 || words.Words[0].Text != "relying" || first <= 0 || first > HeadObjectReach || first > words.Count)
        {
            return null;
        }
        var on = -1;
        for (var i = 1; i < first; i++)
        {
            if (words.Words[i].AfterBreak)
            {
                // "Relying on race to impose a sanction, ..., X": the case is not the participle's object
                return null;
            }
            if (words.Words[i].Text is "on" or "upon")
            {
                on = i;
                break;
            }
        }
        if (on < 0)
        {
            return null;
        }
        for (var i = Math.Max(last, first + 1); i < Math.Min(words.Count, last + SubjectReach); i++)
        {
            var word = words.Words[i];
            if (!word.AfterBreak || RunWords.Contains(word.Text))
            {
                continue;
            }
            if (word.Text is "we" or "i" or "us")
            {
                return null;
            }
            var subject = word.Text;
            if (word.Text is "the" or "this" or "its" or "their" && i + 1 < words.Count)
            {
                subject += " " + words.Words[i + 1].Text;
            }
            return ReportedRelianceFinder.Reported(subject, ["relying"], words);
        }
        return null;
    }

    private static readonly HashSet<string> RunWords = new(
        ["and", "or", "see", "also", "supra", "at", "id", "n", "nn", "cert", "denied", "quoting", "citing", "cf", "e", "g", "ante", "post", "infra", "ibid"],
        StringComparer.Ordinal);
}
