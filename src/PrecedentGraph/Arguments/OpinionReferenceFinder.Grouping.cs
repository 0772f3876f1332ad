using PrecedentGraph.Model;

namespace PrecedentGraph.Arguments;

/// <summary>Turning the mentions found in one sentence into references, one per opinion named.</summary>
internal sealed partial class OpinionReferenceFinder
{
    /// <summary>One reference per opinion the sentence names (in <see cref="foundInSentence"/>), in the order of
    /// their first mentions; each with the cue of its first explicit mention (else its first), and the pages and
    /// notes of all its mentions in order.</summary>
    private void AddReferences(List<OpinionReference> references, int paragraph, TextSpan sentence, TextSpan window)
    {
        var found = foundInSentence;
        var targets = targetsInSentence;
        targets.Clear();
        foreach (var f in found)
        {
            var at = targets.Count - 1;
            while (at >= 0 && targets[at].Target != f.Target)
            {
                at--;
            }
            if (at < 0)
            {
                targets.Add((f.Target, f.Position));
            }
            else if (f.Position < targets[at].First)
            {
                targets[at] = (f.Target, f.Position);
            }
        }
        // by first mention; of two at one position, the opinion found first (a stable sort)
        for (var i = 1; i < targets.Count; i++)
        {
            for (var j = i; j > 0 && targets[j].First < targets[j - 1].First; j--)
            {
                (targets[j], targets[j - 1]) = (targets[j - 1], targets[j]);
            }
        }
        foreach (var (target, _) in targets)
        {
            var best = -1;
            var pages = new List<int>();
            var notes = new List<int>();
            for (var i = 0; i < found.Count; i++)
            {
                var f = found[i];
                if (f.Target != target)
                {
                    continue;
                }
                if (best < 0 || f.Explicit && !found[best].Explicit || f.Explicit == found[best].Explicit && f.Position < found[best].Position)
                {
                    best = i;
                }
                pages.AddRange(f.Pages);
                notes.AddRange(f.Notes);
            }
            references.Add(new OpinionReference(paragraph, sentence, window, target, found[best].Cue, found[best].Explicit,
                Ascending(pages), Ascending(notes)));
        }
    }

    /// <summary>The distinct numbers of <paramref name="numbers"/>, ascending (in the same list).</summary>
    private static List<int> Ascending(List<int> numbers)
    {
        if (numbers.Count > 1)
        {
            numbers.Sort();
            var kept = 1;
            for (var i = 1; i < numbers.Count; i++)
            {
                if (numbers[i] != numbers[kept - 1])
                {
                    numbers[kept++] = numbers[i];
                }
            }
            numbers.RemoveRange(kept, numbers.Count - kept);
        }
        return numbers;
    }

    private readonly List<(int Target, int First)> targetsInSentence = [];
}
