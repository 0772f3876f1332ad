namespace PrecedentGraph.Segmentation;

/// <summary>How an opinion header was recognized.</summary>
internal enum HeaderStrength
{
    /// <summary>"JUSTICE X, with whom ..., dissenting.", "X delivered the opinion of the Court.", "PER CURIAM."</summary>
    Full,

    /// <summary>A title and a name alone: "Mr. Justice STONE.", "BRADLEY, J."</summary>
    Bare,

    /// <summary>A running head of a slip opinion: "Kennedy, J., dissenting", "opinion of kagan," "breyer,concurring".</summary>
    Running,
}
