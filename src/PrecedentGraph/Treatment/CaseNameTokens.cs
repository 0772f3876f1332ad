using PrecedentGraph.Model;

namespace PrecedentGraph.Treatment;

/// <summary>Names as words, kept once each: the words of a case key that identify the case (for rules that look for
/// the case named again in a neighbouring sentence), and the names of an opinion's author and joiners (for the
/// own-dissent rule).</summary>
internal sealed class CaseNameTokens
{
    private static readonly HashSet<string> NameStopWords = new(TreatmentCueTable.NameStopWords, StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> nameTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<Opinion, HashSet<string>> opinionNames = new(ReferenceEqualityComparer.Instance);
    private (Opinion Opinion, HashSet<string> Names)? lastNames;

    /// <summary>The author's and joiners' names as words ("O'Connor" is "oconnor"), once per opinion.</summary>
    public HashSet<string> OfOpinion(Opinion opinion)
    {
        if (lastNames is { } known && ReferenceEquals(known.Opinion, opinion))
        {
            return known.Names;
        }
        if (!opinionNames.TryGetValue(opinion, out var names))
        {
            names = new[] { opinion.Author }.Concat(opinion.JoinedBy)
                .Where(n => !string.IsNullOrEmpty(n))
                .Select(n => string.Concat(n!.Where(char.IsLetter)).ToLowerInvariant())
                .ToHashSet(StringComparer.Ordinal);
            opinionNames[opinion] = names;
        }
        lastNames = (opinion, names);
        return names;
    }

    /// <summary>The words of a case key that identify the case, once per case.</summary>
    public HashSet<string> OfCase(string? caseKey)
    {
        if (caseKey is null)
        {
            return [];
        }
        if (!nameTokens.TryGetValue(caseKey, out var names))
        {
            names = caseKey.Split('-', StringSplitOptions.RemoveEmptyEntries)
                .Where(t => t.Length >= 3 && !NameStopWords.Contains(t) && t.All(char.IsLetter))
                .ToHashSet(StringComparer.Ordinal);
            nameTokens[caseKey] = names;
        }
        return names;
    }
}
