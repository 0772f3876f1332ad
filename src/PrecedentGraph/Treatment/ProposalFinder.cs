namespace PrecedentGraph.Treatment;

/// <summary>Finds whose a negative cue is: someone's argument ("petitioner contends that X is distinguishable"),
/// someone's proposal ("asks us to overrule X"), a proposal the writer takes up ("I would accept the invitation to
/// overrule X"), or the Court's own act ("we therefore overrule X").</summary>
internal static class ProposalFinder
{
    private const int ProposalReach = 1;
    private const int AcceptReach = 6;
    private const int CourtReach = 4;
    private static readonly HashSet<string> AcceptWords = new(TreatmentCueTable.AcceptWords, StringComparer.Ordinal);
    private static readonly IReadOnlyList<IReadOnlyList<string>> Proposals = WordSequence.Phrases(TreatmentCueTable.ProposalWords);
    private static readonly IReadOnlyList<IReadOnlyList<string>> Arguments = WordSequence.Phrases(TreatmentCueTable.ArgumentWords);

    private static readonly IReadOnlyList<IReadOnlyList<string>> Counterfactuals = WordSequence.Phrases(TreatmentCueTable.CounterfactualWords);

    /// <summary>"Under today's analysis, X was wrongly decided": the fault follows from the other side's reasoning,
    /// anywhere before the cue.</summary>
    public static string? CounterfactualBefore(WordSequence words, int cueStart)
    {
        foreach (var phrase in Counterfactuals)
        {
            if (words.NextMatch(phrase, 0, cueStart) >= 0)
            {
                return string.Join(' ', phrase);
            }
        }
        return null;
    }

    /// <summary>"Petitioner contends that X is distinguishable": an argument verb anywhere before the cue.</summary>
    public static string? ArgumentBefore(WordSequence words, int cueStart)
    {
        foreach (var argument in Arguments)
        {
            if (words.NextMatch(argument, 0, cueStart) >= 0)
            {
                return string.Join(' ', argument);
            }
        }
        return null;
    }

    /// <summary>"it proposes to cut back upon X", "asks us to overrule X": someone else's proposal, which the
    /// opinion reports in order to resist it.</summary>
    public static (string? Proposal, int Start) ProposalBefore(WordSequence words, int cueStart)
    {
        foreach (var proposal in Proposals)
        {
            var n = proposal.Count;
            var s = words.NextMatch(proposal, cueStart - ProposalReach - n, cueStart);
            while (s >= 0 && s + n < cueStart - ProposalReach)
            {
                s = words.NextMatch(proposal, s + 1, cueStart);
            }
            if (s >= 0)
            {
                return (string.Join(' ', proposal), s);
            }
        }
        return (null, -1);
    }

    /// <summary>"We therefore overrule X", "the Court today must overrule X": the writer's court is the subject.</summary>
    public static bool CourtActsBefore(WordSequence words, int cueStart)
    {
        for (var i = Math.Max(0, cueStart - CourtReach); i < cueStart; i++)
        {
            if (words.Words[i].Text is "we" or "i" or "court")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"I would accept the State's invitation to overrule X": the writer takes up the proposal.</summary>
    public static bool AcceptsBefore(WordSequence words, int proposalStart)
    {
        for (var i = Math.Max(0, proposalStart - AcceptReach); i < proposalStart; i++)
        {
            if (AcceptWords.Contains(words.Words[i].Text))
            {
                return true;
            }
        }
        return false;
    }
}
