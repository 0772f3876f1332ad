namespace PrecedentGraph.Model;

/// <summary>How a case is cited at one place in the text.</summary>
public enum CitationForm
{
    /// <summary>A full citation: name and reporter ("Marbury v. Madison, 5 U.S. 137"), or in normalized
    /// text a full name in citation position ("marbury madison.").</summary>
    Full,
    /// <summary>"475 U.S., at 341", "lopez, at", "marbury,at".</summary>
    Short,
    /// <summary>"Lopez, supra, at 560".</summary>
    Supra,
    /// <summary>"Id.", "Ibid.", "Id., at 5", a bare "at." in normalized text.</summary>
    Id,
    /// <summary>A bare reference to a case already cited ("In Marbury, we held").</summary>
    Reference,
}
