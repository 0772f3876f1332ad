namespace PrecedentGraph.Model;

/// <summary>A statute, rule or constitutional clause ("42 U.S.C. § 1983", "the Fourth Amendment").</summary>
/// <param name="Key">Stable identity ("usc-42-1983", "amendment-4").</param>
/// <param name="Label">Display form ("42 U.S.C. § 1983", "Fourth Amendment").</param>
public sealed record ProvisionMention(TextSpan Span, string Key, string Label);
