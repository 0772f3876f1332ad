using System.Text.RegularExpressions;
using PrecedentGraph.Model;

namespace PrecedentGraph.Citations;

/// <summary>Finds pointers to other opinions of the same decision: "ante, at 341", "post, at 3 (SOTOMAYOR, J.,
/// dissenting)", "post, p. 346", and their normalized forms "ante,at", "post,at sotomayor,dissenting".</summary>
internal static partial class InternalReferenceFinder
{
    [GeneratedRegex(@"\b(?<direction>[Aa]nte|[Pp]ost),\s?(?:at\b|p\.|pp\.)(?:\s?\d{1,5}(?:\s?[-\u2013]\s?\d{1,5})?)?(?:,?\s{0,3}\((?<justice>[A-Z][A-Za-z']{1,20}),(?:\s?C\.)?\s?J\.,\s?(?:dissenting|concurring)[^()]{0,60}\))?")]
    private static partial Regex Raw();

    [GeneratedRegex(@"\b(?<direction>ante|post),at\b(?: (?<justice>[a-z']{2,20}),(?:concurring|dissenting)\b)?")]
    private static partial Regex Normalized();

    public static void Find(string text, InputForm form, int bodyStart, List<InternalReference> references)
    {
        var regex = form == InputForm.Raw ? Raw() : Normalized();
        foreach (Match match in regex.Matches(text, bodyStart))
        {
            var justice = match.Groups["justice"].Success ? match.Groups["justice"].Value : null;
            if (justice is not null)
            {
                justice = char.ToUpperInvariant(justice[0]) + justice[1..].ToLowerInvariant();
            }
            references.Add(new InternalReference(new TextSpan(match.Index, match.Length), match.Groups["direction"].Value.ToLowerInvariant(), justice));
        }
    }
}
