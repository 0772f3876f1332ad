using System.Text;
using PrecedentGraph.Model;

namespace PrecedentGraph.Tests.Arguments;

/// <summary>A constructed three-opinion decision (the Court, a partial concurrence, a dissent) on two questions,
/// the search for televisions and the seizure of ledgers, into which a test puts one paragraph with a cue;
/// in raw form or in the normalized form of the sample (lowercase, no digits, no space after "." and ",").</summary>
internal static class Excerpts
{
    private const string Template = """
        Syllabus of the case, prepared by the Reporter of Decisions for the convenience of the reader.
        JUSTICE WHITE delivered the opinion of the Court.
        We hold that the search of the garage for stolen televisions was reasonable, because the warrant named the garage and an informant had seen the televisions there.
        We also conclude that the seizure of the ledgers from the desk was lawful, because the ledgers lay in plain view on top of the desk.
        {White}
        The judgment of the Court of Appeals is reversed.
        JUSTICE POWELL, concurring in part and dissenting in part.
        {Powell}
        For these reasons, I would reverse in part and affirm in part.
        JUSTICE STEVENS, dissenting.
        In my view the ledgers were hidden inside a closed drawer of the desk, so nothing about the ledgers was in plain view and their seizure was unlawful.
        {Stevens}
        I would affirm the judgment of the Court of Appeals.
        """;

    /// <summary>The decision with <paramref name="paragraph"/> in the opinion of <paramref name="author"/>.</summary>
    public static string Decision(string author, string paragraph, InputForm form)
    {
        var text = Template;
        foreach (var name in new[] { "White", "Powell", "Stevens" })
        {
            text = text.Replace("{" + name + "}\n", name == author ? paragraph + "\n" : "", StringComparison.Ordinal);
        }
        return form == InputForm.Raw ? text : Normalize(text);
    }

    /// <summary>The sample's normalization: lowercase, digits and apostrophes dropped, no space after "." and ",".</summary>
    public static string Normalize(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw.ToLowerInvariant().Replace("'s ", " ", StringComparison.Ordinal))
        {
            if (char.IsDigit(c) || c is '\'' or '(' or ')')
            {
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString().Replace(". ", ".", StringComparison.Ordinal).Replace(", ", ",", StringComparison.Ordinal)
            .Replace(" ,", ",", StringComparison.Ordinal);
    }
}
