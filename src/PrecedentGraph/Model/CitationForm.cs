namespace PrecedentGraph.Model;

/// <summary>How a case is cited at one place in the text.</summary>
public enum CitationForm
{
    /// <summary>A full citation: name and reporter ("Malley v. Briggs, 475 U.S. 335"), or in normalized
    /// text a full name in citation position ("malley briggs.").</summary>
    Full,
    /// <summary>"475 U.S., at 341", "leon, at", "malley,at".</summary>
    Short,
    /// <summary>"Leon, supra, at 923".</summary>
    Supra,
    /// <summary>"Id.", "Ibid.", "Id., at 5", a bare "at." in normalized text.</summary>
    Id,
    /// <summary>A bare reference to a case already cited ("In Malley, we held").</summary>
    Reference,
}
