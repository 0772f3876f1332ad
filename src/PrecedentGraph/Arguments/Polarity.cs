namespace PrecedentGraph.Arguments;

/// <summary>How much a passage agrees or disagrees with what it refers to: support cues count +1, attack cues
/// -1; the cue is the first one found of the winning side.</summary>
internal readonly record struct Polarity(int Score, string? Cue)
{
    /// <summary>Disagreement is the marked stance of a separate opinion: after "I agree ... however" it decides.</summary>
    private const int AttackWeight = 2;

    public static Polarity Of(string text)
    {
        if (ArgumentCues.ConcessionGate.MayMatch(text))
        {
            text = ArgumentCues.Concession.Replace(text, " ");
        }
        text = WithoutReported(WithoutQuotations(text));
        var score = 0;
        string? supportCue = null;
        string? attackCue = null;
        // a cue whose gate finds none of its words in the text cannot match it
        for (var i = 0; i < ArgumentCues.Supports.Count; i++)
        {
            if (ArgumentCues.SupportGates[i] is { } gate && !gate.MayMatch(text))
            {
                continue;
            }
            foreach (var match in ArgumentCues.Supports[i].EnumerateMatches(text))
            {
                score++;
                supportCue ??= text.Substring(match.Index, match.Length).ToLowerInvariant();
            }
        }
        for (var i = 0; i < ArgumentCues.Attacks.Count; i++)
        {
            if (ArgumentCues.AttackGates[i] is { } gate && !gate.MayMatch(text))
            {
                continue;
            }
            foreach (var match in ArgumentCues.Attacks[i].EnumerateMatches(text))
            {
                score -= AttackWeight;
                attackCue ??= text.Substring(match.Index, match.Length).ToLowerInvariant();
            }
        }
        return new Polarity(score, score > 0 ? supportCue : score < 0 ? attackCue : supportCue ?? attackCue);
    }

    /// <summary>Drops what the Court is reported to say ("the Court also says that ..."), up to the end of the
    /// sentence: in normalized text its quoted words are no longer marked.</summary>
    private static string WithoutReported(string text)
    {
        if (!ArgumentCues.ReportedByCourtGate.MayMatch(text) || !ArgumentCues.ReportedByCourt.IsMatch(text))
        {
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length);
        var at = 0;
        for (var match = ArgumentCues.ReportedByCourt.Match(text); match.Success; match = match.NextMatch())
        {
            if (match.Index < at)
            {
                continue;
            }
            var end = match.Index + match.Length;
            builder.Append(text, at, end - at);
            var stop = text.IndexOfAny(['.', ';', '?', '!'], end);
            at = stop < 0 ? text.Length : stop;
        }
        builder.Append(text, at, text.Length - at);
        return builder.ToString();
    }

    /// <summary>Drops text inside double quotation marks: words quoted from the Court are not the writer's stance.</summary>
    private static string WithoutQuotations(string text)
    {
        if (text.AsSpan().IndexOfAny('"', '\u201c', '\u201d') < 0)
        {
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length);
        var inside = false;
        foreach (var c in text)
        {
            if (c is '"' or '\u201c' or '\u201d')
            {
                inside = c == '\u201c' || c != '\u201d' && !inside;
                builder.Append(' ');
                continue;
            }
            if (!inside)
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
