namespace PrecedentGraph.Arguments;

/// <summary>How much a passage agrees or disagrees with what it refers to: support cues count +1, attack cues
/// -1; the cue is the first one found of the winning side.</summary>
internal readonly record struct Polarity(int Score, string? Cue)
{
    public static Polarity Of(string text)
    {
        var score = 0;
        string? supportCue = null;
        string? attackCue = null;
        foreach (var pattern in ArgumentCues.Supports)
        {
            foreach (System.Text.RegularExpressions.Match match in pattern.Matches(text))
            {
                score++;
                supportCue ??= match.Value.ToLowerInvariant();
            }
        }
        foreach (var pattern in ArgumentCues.Attacks)
        {
            foreach (System.Text.RegularExpressions.Match match in pattern.Matches(text))
            {
                score--;
                attackCue ??= match.Value.ToLowerInvariant();
            }
        }
        return new Polarity(score, score > 0 ? supportCue : score < 0 ? attackCue : supportCue ?? attackCue);
    }
}
