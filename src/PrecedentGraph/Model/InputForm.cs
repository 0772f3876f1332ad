namespace PrecedentGraph.Model;

/// <summary>Raw opinion text ("Marbury v. Madison, 5 U.S. 137") or the normalized form of the sample
/// (lowercased; digits, "v." and apostrophes stripped).</summary>
public enum InputForm
{
    Raw,
    Normalized,
}
