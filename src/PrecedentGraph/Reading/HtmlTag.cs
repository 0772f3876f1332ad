namespace PrecedentGraph.Reading;

/// <summary>One tag as the HTML reader met it: name (empty for comments and declarations), length in the input.</summary>
internal readonly record struct HtmlTag(string Name, int Length, bool Closing, bool SelfClosing, bool IsCData);
