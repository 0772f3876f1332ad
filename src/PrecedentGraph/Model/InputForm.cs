namespace PrecedentGraph.Model;

/// <summary>Raw opinion text ("Malley v. Briggs, 475 U.S. 335") or the normalized form of the sample
/// (lowercased; digits, "v." and apostrophes stripped).</summary>
public enum InputForm
{
    Raw,
    Normalized,
}
